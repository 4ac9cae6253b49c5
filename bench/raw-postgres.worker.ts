// The raw ceiling for the PostgreSQL import: the rows Jala stored (read from the SQLite database of the same
// import) inserted into an empty PostgreSQL database with batched `INSERT … SELECT FROM unnest(…)` statements.
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

const [sourceFile, databaseUrl] = process.argv.slice(2);
const source = new SqliteDatabase(sourceFile!, { readonly: true });
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const TABLES = ['organisation', 'report', 'reporter', 'indicator', 'sighting'];
const columnTypes = new Map<string, { name: string; type: string }[]>();
for (const table of TABLES) {
  const { rows } = await client.query(
    `select column_name as name, data_type as type from information_schema.columns where table_name = $1 order by ordinal_position`,
    [table],
  );
  columnTypes.set(table, rows);
}
const rows = new Map<string, Record<string, unknown>[]>();
for (const table of TABLES)
  rows.set(table, source.prepare(`select * from ${table}`).all() as Record<string, unknown>[]);
const reports = rows.get('report')!.length;
const pgType = (t: string) =>
  t === 'timestamp with time zone' ? 'timestamptz' : t === 'double precision' ? 'float8' : t;
const started = performance.now();
await client.query('begin');
for (const table of TABLES) {
  const columns = columnTypes.get(table)!;
  const data = rows.get(table)!;
  const sql = `insert into ${table} (${columns.map((c) => c.name).join(',')}) select * from unnest(${columns
    .map((c, i) => `$${i + 1}::${pgType(c.type)}[]`)
    .join(',')})`;
  for (let i = 0; i < data.length; i += 20_000) {
    const chunk = data.slice(i, i + 20_000);
    await client.query(
      sql,
      columns.map((c) => chunk.map((r) => r[c.name] ?? null)),
    );
  }
}
await client.query('commit');
const elapsedMs = performance.now() - started;
await client.end();
process.stdout.write(`${JSON.stringify({ elapsedMs, reports })}\n`);
