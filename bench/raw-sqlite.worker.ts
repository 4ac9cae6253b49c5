// The raw ceiling for the SQLite import: the rows Jala stored, copied into an empty database of the same
// schema with prepared statements in large transactions — no parsing, no validation, no canonicalisation.
import SqliteDatabase from 'better-sqlite3';

const [sourceFile, targetFile] = process.argv.slice(2);
const source = new SqliteDatabase(sourceFile!, { readonly: true });
const target = new SqliteDatabase(targetFile!);
target.pragma('journal_mode = WAL');
target.pragma('synchronous = NORMAL');
target.pragma('cache_size = -65536');
for (const { sql } of source
  .prepare(
    "select sql from sqlite_master where sql is not null and name not like 'sqlite_%' and name not like 'kysely_%' order by case type when 'table' then 0 when 'index' then 1 else 2 end",
  )
  .all() as { sql: string }[]) {
  target.exec(sql);
}
const TABLES = ['organisation', 'report', 'reporter', 'indicator', 'sighting'];
// Load every row first so that only inserting is timed.
const rows = new Map<string, unknown[][]>();
for (const table of TABLES)
  rows.set(table, source.prepare(`select * from ${table}`).raw().all() as unknown[][]);
const reports = rows.get('report')!.length;
const started = performance.now();
for (const table of TABLES) {
  const data = rows.get(table)!;
  if (data.length === 0) continue;
  const insert = target.prepare(`insert into ${table} values (${data[0]!.map(() => '?').join(',')})`);
  const insertMany = target.transaction((chunk: unknown[][]) => {
    for (const row of chunk) insert.run(row);
  });
  for (let i = 0; i < data.length; i += 50_000) insertMany(data.slice(i, i + 50_000));
}
const elapsedMs = performance.now() - started;
target.close();
process.stdout.write(`${JSON.stringify({ elapsedMs, reports })}\n`);
