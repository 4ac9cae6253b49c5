// One import in a process of its own, so that its peak memory is its own: prints {elapsedMs, maxRssMb, summary}.
// The compiled build, as `jala import` runs it (preparation threads need compiled code): `npm run build` first.
// Linking follows JALA_LINKING (on unless set to off), so that one run can measure what it adds.
import { loadConfig } from '../dist/config.js';
import { BULK_COMMIT_EVERY } from '../dist/features/imports/import.service.js';
import { createApp } from '../dist/main/app.js';
import { boundHeapGrowth } from '../dist/main/heap.js';

const [file, dataDir, databaseUrl] = process.argv.slice(2);
boundHeapGrowth(); // as `jala import` does
const app = await createApp(
  loadConfig({
    JALA_DATA_DIR: dataDir!,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    LOG_LEVEL: 'silent',
    JALA_LINKING: process.env.JALA_LINKING ?? 'on',
  }),
  { bulk: true }, // as `jala import` opens the node
);
const started = performance.now();
let lastLog = started;
const summary = await app.imports.importFile(file!, {
  originOrgId: app.nodeOrganisation.id,
  // The importer's own batch size and commits (as `jala import` runs it) unless BENCH_BATCH / BENCH_COMMIT_EVERY say otherwise.
  ...(process.env.BENCH_BATCH ? { batchSize: Number(process.env.BENCH_BATCH) } : {}),
  commitEvery: Number(process.env.BENCH_COMMIT_EVERY ?? BULK_COMMIT_EVERY),
  onProgress: (p) => {
    const now = performance.now();
    if (now - lastLog > 15_000) {
      lastLog = now;
      process.stderr.write(
        `  … ${p.read} records, ${Math.round((p.read * 1000) / p.elapsedMs)}/s, rss ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB\n`,
      );
    }
  },
});
const elapsedMs = performance.now() - started;
await app.close();
process.stdout.write(
  `${JSON.stringify({ elapsedMs, maxRssMb: process.resourceUsage().maxRSS / 1024, summary })}\n`,
);
