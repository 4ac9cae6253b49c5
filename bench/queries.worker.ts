// Latency of the graph questions on a linked database: an indicator's cluster (the whole cluster view) and
// explain between two indicators of one cluster, for randomly sampled linking indicators. Prints
// {cluster: {p50, p99, max}, explain: {...}, largest: {...}, rows: {...}}.
import { sql } from 'kysely';
import { loadConfig } from '../dist/config.js';
import { createApp } from '../dist/main/app.js';

const [dataDir, databaseUrl, samplesText] = process.argv.slice(2);
const samples = Number(samplesText ?? 300);
const app = await createApp(
  loadConfig({
    JALA_DATA_DIR: dataDir!,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    LOG_LEVEL: 'silent',
  }),
);
const db = app.database.db;

const picked = await sql<{ id: string; cluster_id: string }>`
  select id, cluster_id from indicator where cluster_id is not null order by random() limit ${samples}`.execute(
  db,
);
const pairs: [string, string][] = [];
for (const row of picked.rows) {
  const other = await sql<{ id: string }>`
    select id from indicator where cluster_id = ${row.cluster_id} and id <> ${row.id} order by random() limit 1`.execute(
    db,
  );
  if (other.rows[0]) pairs.push([row.id, other.rows[0].id]);
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

// Warm up the caches and the JIT on a few questions first, untimed.
for (const row of picked.rows.slice(0, 20)) await app.clusters.ofIndicator(row.id);
const cluster: number[] = [];
for (const row of picked.rows) cluster.push(await time(() => app.clusters.ofIndicator(row.id)));
const explain: number[] = [];
const paths: number[] = [];
for (const [from, to] of pairs)
  explain.push(
    await time(async () => {
      const answer = await app.clusters.explain(from, to);
      paths.push(answer.path.length);
    }),
  );
const largest = await db
  .selectFrom('cluster')
  .select(['id', 'report_count'])
  .where('merged_into', 'is', null)
  .orderBy('report_count', 'desc')
  .limit(1)
  .executeTakeFirstOrThrow();
const largestTimes: number[] = [];
for (let i = 0; i < 20; i++) largestTimes.push(await time(() => app.clusters.get(largest.id)));
const list: number[] = [];
for (const sort of ['reports', 'loss', 'recent'] as const)
  for (let i = 0; i < 10; i++)
    list.push(
      await time(() =>
        app.clusters.list({
          minReports: 2,
          sort,
          limit: 50,
          offset: i * 50,
          crossBorder: i % 2 === 0 ? true : undefined,
        }),
      ),
    );

const count = async (table: string) =>
  Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);
const rows: Record<string, number> = {};
for (const table of [
  'report',
  'indicator',
  'sighting',
  'cluster',
  'cluster_stat',
  'cluster_event',
  'indicator_bridge',
  'hit',
  'hit_party',
])
  rows[table] = await count(table);
await app.close();
process.stdout.write(
  `${JSON.stringify({
    cluster: summary(cluster),
    explain: { ...summary(explain), longest_path: Math.max(0, ...paths) },
    largest: { reports: Number(largest.report_count), ...summary(largestTimes) },
    list: summary(list),
    rows,
  })}\n`,
);
