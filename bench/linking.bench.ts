// What linking costs and how fast the graph answers (see BENCHMARKS.md), each against a baseline of the same run:
//   import with linking on against the same import with linking off (target: at most 25 % more time);
//   `clusters rebuild` against the linked import (target: at most half its time);
//   cluster and explain questions at the largest size, on SQLite and PostgreSQL (target: p99 ≤ 50 ms);
//   rows written by linking per sighting (linear: no table of pairs).
//   BENCH_LINK_SIZES=100000,1000000  reports per SQLite run      BENCH_LINK_PG_SIZE=1000000 (0 skips PostgreSQL)
//   BENCH_QUERY_SAMPLES=300          indicators sampled for the question latencies
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { demoFile, machine, runWorker, saveResult } from './support.js';

type ImportRun = { elapsedMs: number; maxRssMb: number; summary: { imported: number } };
type Latency = { n: number; p50: number; p99: number; max: number };
type Queries = {
  cluster: Latency;
  explain: Latency & { longest_path: number };
  largest: Latency & { reports: number };
  list: Latency;
  rows: Record<string, number>;
};

const sizes = (process.env.BENCH_LINK_SIZES ?? '100000,1000000').split(',').map(Number);
const pgSize = Number(process.env.BENCH_LINK_PG_SIZE ?? '1000000');
const samples = process.env.BENCH_QUERY_SAMPLES ?? '300';
const pgUrl = process.env.JALA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const seconds = (ms: number) => Number((ms / 1000).toFixed(1));

function perSighting(rows: Record<string, number>) {
  const linking = ['cluster', 'cluster_stat', 'cluster_event', 'indicator_bridge', 'hit', 'hit_party'];
  const total = linking.reduce((sum, t) => sum + (rows[t] ?? 0), 0);
  return Number((total / (rows.sighting ?? 1)).toFixed(3));
}

async function sqliteRun(n: number) {
  const file = await demoFile(n);
  const off = mkdtempSync(join(tmpdir(), 'jala-link-off-'));
  const on = mkdtempSync(join(tmpdir(), 'jala-link-on-'));
  process.stderr.write(`SQLite import of ${n} reports, linking off…\n`);
  const without = await runWorker<ImportRun>('./import.worker.ts', [file, off], { JALA_LINKING: 'off' });
  rmSync(off, { recursive: true, force: true });
  process.stderr.write(`… and linking on…\n`);
  const withLinking = await runWorker<ImportRun>('./import.worker.ts', [file, on], { JALA_LINKING: 'on' });
  process.stderr.write(`clusters rebuild…\n`);
  const rebuild = await runWorker<{ elapsedMs: number; result: { reportsMoved: number; clusters: number } }>(
    './rebuild.worker.ts',
    [on],
  );
  process.stderr.write(`questions…\n`);
  const queries = await runWorker<Queries>('./queries.worker.ts', [on, '', samples]);
  rmSync(on, { recursive: true, force: true });
  return {
    database: 'sqlite',
    reports: n,
    import_off_s: seconds(without.elapsedMs),
    import_on_s: seconds(withLinking.elapsedMs),
    linking_adds: Number((withLinking.elapsedMs / without.elapsedMs - 1).toFixed(3)),
    peak_rss_on_mb: Math.round(withLinking.maxRssMb),
    rebuild_s: seconds(rebuild.elapsedMs),
    rebuild_over_import: Number((rebuild.elapsedMs / withLinking.elapsedMs).toFixed(3)),
    rebuild_moved: rebuild.result.reportsMoved,
    clusters: rebuild.result.clusters,
    rows_per_sighting: perSighting(queries.rows),
    queries,
  };
}

async function postgresRun(n: number) {
  const file = await demoFile(n);
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query('drop database if exists jala_bench_link with (force)');
  await admin.query('create database jala_bench_link');
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = '/jala_bench_link';
  const dir = mkdtempSync(join(tmpdir(), 'jala-link-pg-'));
  process.stderr.write(`PostgreSQL import of ${n} reports, linking on…\n`);
  const imported = await runWorker<ImportRun>('./import.worker.ts', [file, dir, url.toString()], {
    JALA_LINKING: 'on',
  });
  process.stderr.write(`questions…\n`);
  const queries = await runWorker<Queries>('./queries.worker.ts', [dir, url.toString(), samples]);
  rmSync(dir, { recursive: true, force: true });
  return {
    database: 'postgres',
    reports: n,
    import_on_s: seconds(imported.elapsedMs),
    rows_per_sighting: perSighting(queries.rows),
    queries,
  };
}

const results: Record<string, unknown>[] = [];
for (const n of sizes) results.push(await sqliteRun(n));
if (pgSize > 0) results.push(await postgresRun(pgSize));

console.log(`\nLinking benchmark — ${machine()} — ${new Date().toISOString()}\n`);
for (const r of results) console.log(JSON.stringify(r, null, 2));
saveResult('linking', { results });
