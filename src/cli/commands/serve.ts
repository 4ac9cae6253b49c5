import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { buildServer } from '../../http/server.js';
import { createApp } from '../../main/app.js';
import { scheduleSync } from '../../main/scheduler.js';
import { type DemoAccount, seedDemo, seedDemoAccounts } from '../../main/seed-demo.js';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('run the node: HTTP API, look-up page and docs (migrates the database first)')
    .option('--demo', 'seed generated demo reports into an empty database (JALA_DEMO_REPORTS, default 3000)')
    .option('--port <port>', 'port to listen on (default: PORT or 8080)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action(async (options: { demo?: boolean; port?: string; host?: string }) => {
      const config = loadConfig({
        ...process.env,
        ...(options.port ? { PORT: options.port } : {}),
        ...(options.host ? { HOST: options.host } : {}),
      });
      const app = await createApp(config);
      let demoAccounts: DemoAccount[] = [];
      if (options.demo) {
        demoAccounts = await seedDemoAccounts(app);
        const started = Date.now();
        const seeded = await seedDemo(app, { reports: config.demoReports });
        if (seeded > 0) {
          process.stderr.write(
            `demo: seeded ${seeded} generated reports in ${((Date.now() - started) / 1000).toFixed(1)}s\n`,
          );
        }
        const examples = await app.indicators.examples();
        if (examples.length > 0) {
          process.stderr.write(
            `demo: much-reported values to try in the look-up (any spelling works):\n${examples
              .map((e) => `  ${e.kind.padEnd(12)} ${e.value}  (${e.reports} reports)`)
              .join('\n')}\n`,
          );
        }
      }
      const server = await buildServer(app);
      // Scheduled sync with every peer (none configured: nothing to do).
      const stopSync = scheduleSync(app, server.log);
      const stop = async () => {
        stopSync();
        await server.close();
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const address = await server.listen({ port: config.port, host: config.host });
      const accounts = await app.users.count();
      process.stderr.write(
        `Jala node (${app.database.dialect}: ${app.database.location}) on ${address}\n` +
          `  console: ${address}/console/   public look-up: ${address}/   API docs: ${address}/api/docs\n` +
          (demoAccounts.length > 0
            ? `  demo accounts (password ${demoAccounts[0]!.password}): ${demoAccounts.map((a) => a.email).join(', ')}\n`
            : '') +
          (accounts === 0
            ? '  no accounts yet: create the first admin with\n' +
              `    npx jala users add --email YOU@EXAMPLE.ORG --org "${app.nodeOrganisation.name}" --role admin\n`
            : ''),
      );
    });
}
