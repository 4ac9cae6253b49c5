import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/dialect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { BULK_COMMIT_EVERY, DEFAULT_BATCH_SIZE } from '../../features/imports/import.service.js';
import { createApp } from '../../main/app.js';
import { boundHeapGrowth } from '../../main/heap.js';
import { operator } from '../operator.js';
import { progressView, summaryLine } from '../progress.js';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      const config = loadConfig();
      const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const applied = await migrateToLatest(handle);
        process.stdout.write(
          applied.length > 0
            ? `applied: ${applied.join(', ')}\n`
            : `up to date (${handle.dialect}: ${handle.location})\n`,
        );
      } finally {
        await handle.close();
      }
    });
}

export function importCommand(program: Command): void {
  program
    .command('import')
    .description(
      'import reports from JSON Lines (.jsonl) or CSV (.csv) files; rejects go to FILE.rejects.jsonl',
    )
    .argument('<files...>', 'files to import')
    .option('--org <name>', 'the organisation the reports come from (default: this node’s organisation)')
    .option('--batch <n>', 'records prepared at a time', String(DEFAULT_BATCH_SIZE))
    .option('--commit-every <n>', 'records per transaction', String(BULK_COMMIT_EVERY))
    .option('--threads <n>', 'preparation threads beside the writing one (default: cores - 1)')
    .action(
      async (
        files: string[],
        options: { org?: string; batch: string; commitEvery: string; threads?: string },
      ) => {
        boundHeapGrowth();
        const app = await createApp(loadConfig(), { bulk: true });
        let readableFiles = 0;
        try {
          const org = options.org ? await app.organisations.resolve(options.org) : app.nodeOrganisation;
          for (const file of files) {
            const view = progressView();
            try {
              const summary = await app.imports.importFile(file, {
                originOrgId: org.id,
                actor: operator(app),
                batchSize: Math.max(1, Number(options.batch) || DEFAULT_BATCH_SIZE),
                commitEvery: Math.max(1, Number(options.commitEvery) || BULK_COMMIT_EVERY),
                ...(options.threads !== undefined
                  ? { threads: Math.max(0, Number(options.threads) || 0) }
                  : {}),
                onProgress: (p) => view.update(p),
              });
              view.stop();
              process.stdout.write(`${summaryLine(summary)}\n`);
              if (summary.readable) readableFiles += 1;
            } catch (error) {
              view.stop();
              process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
            }
          }
        } finally {
          await app.close();
        }
        // Non-zero only when nothing at all could be read: bad records are in the rejects files, not failures.
        if (readableFiles === 0) process.exitCode = 1;
      },
    );
}

export function organisationsCommand(program: Command): void {
  const orgs = program.command('orgs').description('organisations known to this node');
  orgs
    .command('list')
    .description('list organisations')
    .action(async () => {
      const app = await createApp(loadConfig());
      try {
        for (const o of await app.organisations.list())
          process.stdout.write(`${o.id}  ${o.country}  ${o.sector.padEnd(8)}  ${o.name}\n`);
      } finally {
        await app.close();
      }
    });
  orgs
    .command('add')
    .description('register an organisation (reports can then be imported with --org NAME)')
    .argument('<name>')
    .requiredOption('--country <cc>', 'ISO 3166-1 alpha-2')
    .option('--sector <sector>', 'police, fiu, bank, telco, platform, consular, social, other', 'police')
    .action(async (name: string, options: { country: string; sector: string }) => {
      const app = await createApp(loadConfig());
      try {
        const org = await app.organisations.register(
          { name, country: options.country, sector: options.sector },
          operator(app),
        );
        process.stdout.write(`${org.id}  ${org.country}  ${org.sector}  ${org.name}\n`);
      } finally {
        await app.close();
      }
    });
}
