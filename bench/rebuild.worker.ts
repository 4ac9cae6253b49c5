// `jala clusters rebuild` in a process of its own: prints {elapsedMs, result}.
import { loadConfig } from '../dist/config.js';
import { systemActor } from '../dist/domain/access/roles.js';
import { createApp } from '../dist/main/app.js';

const [dataDir, databaseUrl] = process.argv.slice(2);
const app = await createApp(
  loadConfig({
    JALA_DATA_DIR: dataDir!,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    LOG_LEVEL: 'silent',
  }),
);
const started = performance.now();
const result = await app.clusters.rebuild(systemActor(app.nodeOrganisation.id));
const elapsedMs = performance.now() - started;
await app.close();
process.stdout.write(
  `${JSON.stringify({ elapsedMs, result, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
