import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { writeDemoFiles } from '../../features/demo/index.js';
import { createApp } from '../../main/app.js';
import { seedDemo } from '../../main/seed-demo.js';

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('generate a synthetic ASEAN scam dataset (JSON Lines) with its ground truth')
    .option('--reports <n>', 'number of reports', '5000')
    .option('--seed <s>', 'random seed: the same seed gives the same data', '1')
    .option('--out <path>', 'writes PATH.jsonl and PATH.truth.jsonl', 'demo')
    .option('--load', 'instead of writing files, load the reports into an empty database')
    .action(async (options: { reports: string; seed: string; out: string; load?: boolean }) => {
      const reports = Number(options.reports);
      const seed = Number(options.seed);
      if (!Number.isInteger(reports) || reports < 0) throw new Error('--reports must be a whole number');
      if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
      if (options.load) {
        const app = await createApp(loadConfig());
        try {
          const seeded = await seedDemo(app, { reports, seed });
          process.stdout.write(
            seeded > 0
              ? `loaded ${seeded} reports\n`
              : 'the database already holds reports; nothing loaded\n',
          );
        } finally {
          await app.close();
        }
        return;
      }
      const result = await writeDemoFiles({ reports, seed, out: options.out });
      process.stdout.write(`${JSON.stringify(result)}\n`);
    });
}
