// Import throughput and memory against the raw ceiling measured in the same run (see BENCHMARKS.md).
// This is the foundation's measure: reports, indicators and sightings, with linking off (what linking adds
// is measured by linking.bench.ts).
//   BENCH_SIZES=100000,1000000  reports per SQLite run (default both)
//   BENCH_PG_SIZE=100000        reports for the PostgreSQL run (0 skips it); needs JALA_TEST_POSTGRES_URL or
//                               postgres://postgres@127.0.0.1:5432/test
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { demoFile, machine, runWorker, saveResult } from './support.js';

type ImportRun = {
  elapsedMs: number;
  maxRssMb: number;
  summary: { read: number; imported: number; rejected: number };
};
type RawRun = { elapsedMs: number; reports: number };

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const pgSize = Number(process.env.BENCH_PG_SIZE ?? '100000');
const pgUrl = process.env.JALA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const results: Record<string, unknown>[] = [];
const rate = (n: number, ms: number) => Math.round((n * 1000) / ms);

async function sqliteRun(n: number) {
  const file = await demoFile(n);
  const dir = mkdtempSync(join(tmpdir(), 'jala-bench-'));
  process.stderr.write(`SQLite import of ${n} reports…\n`);
  const ours = await runWorker<ImportRun>('./import.worker.ts', [file, dir], { JALA_LINKING: 'off' });
  process.stderr.write(`raw better-sqlite3 insert of the same rows…\n`);
  const raw = await runWorker<RawRun>('./raw-sqlite.worker.ts', [
    join(dir, 'jala.sqlite'),
    join(dir, 'raw.sqlite'),
  ]);
  const stored = ours.summary.imported;
  const row = {
    database: 'sqlite',
    reports: n,
    stored,
    jala_reports_per_s: rate(stored, ours.elapsedMs),
    raw_reports_per_s: rate(raw.reports, raw.elapsedMs),
    ratio: Number((rate(stored, ours.elapsedMs) / rate(raw.reports, raw.elapsedMs)).toFixed(3)),
    peak_rss_mb: Math.round(ours.maxRssMb),
    jala_seconds: Number((ours.elapsedMs / 1000).toFixed(1)),
    raw_seconds: Number((raw.elapsedMs / 1000).toFixed(1)),
  };
  rmSync(dir, { recursive: true, force: true });
  return row;
}

async function freshPgDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function postgresRun(n: number) {
  const file = await demoFile(n);
  const dir = mkdtempSync(join(tmpdir(), 'jala-bench-'));
  process.stderr.write(`PostgreSQL import of ${n} reports…\n`);
  const ours = await runWorker<ImportRun>(
    './import.worker.ts',
    [file, dir, await freshPgDatabase('jala_bench_import')],
    { JALA_LINKING: 'off' },
  );
  // The raw run needs the same rows: import the file into SQLite once more to read them from there.
  await runWorker<ImportRun>('./import.worker.ts', [file, dir], { JALA_LINKING: 'off' });
  const rawUrl = await freshPgDatabase('jala_bench_raw');
  await runWorker('./migrate.worker.ts', [rawUrl]);
  process.stderr.write(`raw pg batch insert of the same rows…\n`);
  const raw = await runWorker<RawRun>('./raw-postgres.worker.ts', [join(dir, 'jala.sqlite'), rawUrl]);
  rmSync(dir, { recursive: true, force: true });
  const stored = ours.summary.imported;
  return {
    database: 'postgres',
    reports: n,
    stored,
    jala_reports_per_s: rate(stored, ours.elapsedMs),
    raw_reports_per_s: rate(raw.reports, raw.elapsedMs),
    ratio: Number((rate(stored, ours.elapsedMs) / rate(raw.reports, raw.elapsedMs)).toFixed(3)),
    peak_rss_mb: Math.round(ours.maxRssMb),
    jala_seconds: Number((ours.elapsedMs / 1000).toFixed(1)),
    raw_seconds: Number((raw.elapsedMs / 1000).toFixed(1)),
  };
}

for (const n of sizes) results.push(await sqliteRun(n));
if (pgSize > 0) results.push(await postgresRun(pgSize));

const sqliteRows = results.filter((r) => r.database === 'sqlite') as {
  reports: number;
  jala_reports_per_s: number;
}[];
const small = sqliteRows.find((r) => r.reports === Math.min(...sizes));
const large = sqliteRows.find((r) => r.reports === Math.max(...sizes));
const scaling =
  small && large && small !== large
    ? Number((large.jala_reports_per_s / small.jala_reports_per_s).toFixed(3))
    : null;

console.log(`\nImport benchmark — ${machine()} — ${new Date().toISOString()}\n`);
console.log('| database | reports | Jala reports/s | raw reports/s | ratio | peak RSS MB | Jala s | raw s |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results as Record<string, unknown>[]) {
  console.log(
    `| ${r.database} | ${r.reports} | ${r.jala_reports_per_s} | ${r.raw_reports_per_s} | ${r.ratio} | ${r.peak_rss_mb} | ${r.jala_seconds} | ${r.raw_seconds} |`,
  );
}
if (scaling !== null)
  console.log(`\nthroughput at ${large!.reports} / throughput at ${small!.reports}: ${scaling}`);
saveResult('import', { results, scaling });
