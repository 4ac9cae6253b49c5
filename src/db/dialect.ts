import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  type Insertable,
  Kysely,
  type OnConflictBuilder,
  PostgresDialect,
  type RawBuilder,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/**
 * The one module that knows which SQL dialect is live. Everything that differs between SQLite and
 * PostgreSQL (column types, how values come back, connection tuning) is decided here.
 */
export type DialectName = 'sqlite' | 'postgres';

export interface ColumnTypes {
  timestamp: 'text' | 'timestamptz';
  json: 'text' | 'jsonb';
  /** Largest number of bound parameters one statement may carry. */
  maxParameters: number;
  /**
   * SQLite can store a table in its primary key's B-tree (`WITHOUT ROWID`): one tree to write instead of
   * two for tables keyed by text. PostgreSQL has no such option (nor the need).
   */
  withoutRowid: boolean;
  /** PostgreSQL alters a table's constraints in place; SQLite has to rebuild the table. */
  canDropConstraints: boolean;
  /** Statements that make a table append-only: any UPDATE, DELETE (or TRUNCATE) of its rows fails. */
  appendOnly(table: string): RawBuilder<unknown>[];
}

export const COLUMN_TYPES: Record<DialectName, ColumnTypes> = {
  // SQLite ≥ 3.32 allows 32766 parameters; timestamps are ISO 8601 text, which sorts in time order.
  sqlite: {
    timestamp: 'text',
    json: 'text',
    maxParameters: 32_000,
    withoutRowid: true,
    canDropConstraints: false,
    appendOnly: (table) =>
      ['update', 'delete'].map(
        (event) =>
          sql`create trigger ${sql.id(`${table}_no_${event}`)} before ${sql.raw(event)} on ${sql.table(table)}
            begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`,
      ),
  },
  // PostgreSQL's wire protocol counts parameters in an int16.
  postgres: {
    timestamp: 'timestamptz',
    json: 'jsonb',
    maxParameters: 65_000,
    withoutRowid: false,
    canDropConstraints: true,
    appendOnly: (table) => [
      sql`create or replace function jala_append_only() returns trigger language plpgsql as $$
        begin raise exception '% is append-only', tg_table_name; end $$`,
      sql`create trigger ${sql.id(`${table}_no_change`)} before update or delete on ${sql.table(table)}
        for each row execute function jala_append_only()`,
      sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
        for each statement execute function jala_append_only()`,
    ],
  },
};

/**
 * Inserts many rows of one table inside the caller's transaction, the fastest way the dialect allows;
 * with `ignoreConflictOn`, rows clashing with an existing one on those columns are skipped.
 * Every row must have the same columns.
 */
export type InsertMany = <T extends keyof Database & string>(
  trx: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  options?: {
    ignoreConflictOn?: readonly (keyof Database[T] & string)[];
    /**
     * What to do on a conflict, as Kysely's `onConflict` callback, for upserts; `name` keys the prepared
     * statement, so one name is one callback. Its SQL may refer to `excluded` and the table, never to values.
     */
    onConflict?: { name: string; build: (oc: OnConflictBuilder<Database, T>) => unknown };
  },
) => Promise<void>;

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  columnTypes: ColumnTypes;
  insertMany: InsertMany;
  /**
   * Serialises one kind of work (linking, appending to the audit chain): taken inside a transaction, held
   * until it ends. SQLite writes one transaction at a time anyway; PostgreSQL, with many processes over one
   * database, takes a transaction-scoped advisory lock.
   */
  lock(trx: Kysely<Database>, resource: LockedResource): Promise<void>;
  /**
   * Refreshes the query planner's statistics after a bulk change. PostgreSQL plans a freshly imported
   * million reports with the statistics of an empty database until autovacuum gets round to it (measured:
   * an explain question at 2.8 s instead of 27 ms at the 99th percentile); SQLite needs only its routine.
   */
  analyze(): Promise<void>;
  /** `YYYY-MM` of a timestamp column, in UTC, for grouping by month. */
  month(column: string): RawBuilder<string>;
  /** Cheapest round trip to the database, for readiness checks. */
  ping(): Promise<void>;
  /** Where the data lives, for people: a file path or a connection string without its password. */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Overrides the SQLite file name (tests use throw-away files). */
  sqliteFile?: string | undefined;
  /**
   * SQLite's page cache, in MB (default 64). One-shot bulk commands use less: their writes go to pages
   * touched once, and the operating system's cache serves the reads that miss.
   */
  pageCacheMb?: number | undefined;
}

export type LockedResource = 'linking' | 'audit';
/** Keys of PostgreSQL's advisory locks ("JALA" and "JAUD" in ASCII). */
const LOCK_KEYS: Record<LockedResource, number> = { linking: 0x4a414c41, audit: 0x4a415544 };

const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;
const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_JSON = 114;
const PG_JSONB = 3802;

/** Makes PostgreSQL return what SQLite returns: ISO strings for times, numbers for counts, text for JSON. */
function pgTypeParser(oid: number, format?: string): (value: string) => unknown {
  switch (oid) {
    case PG_TIMESTAMPTZ:
    case PG_TIMESTAMP:
      return (value) =>
        new Date(value.includes('+') || value.endsWith('Z') ? value : `${value}Z`).toISOString();
    case PG_INT8:
    case PG_NUMERIC:
      return (value) => Number(value);
    case PG_JSON:
    case PG_JSONB:
      return (value) => value;
    default:
      return pg.types.getTypeParser(oid, format as 'text');
  }
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      types: { getTypeParser: pgTypeParser } as pg.CustomTypesConfig,
    });
    // An idle connection can be cut by the server (restart, fail-over, a dropped database): the pool replaces
    // it on next use. Without a listener that event would end the process.
    pool.on('error', (error) => {
      process.stderr.write(`jala: an idle PostgreSQL connection was closed: ${error.message}\n`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect: 'postgres',
      columnTypes: COLUMN_TYPES.postgres,
      insertMany: multiRowInsert(COLUMN_TYPES.postgres.maxParameters),
      analyze: async () => {
        await sql`analyze`.execute(db);
      },
      lock: async (trx, resource) => {
        await sql`select pg_advisory_xact_lock(${LOCK_KEYS[resource]})`.execute(trx);
      },
      month: (column) => sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM')`,
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      location: options.databaseUrl.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@'),
      close: () => db.destroy(),
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = options.sqliteFile ?? join(options.dataDir, 'jala.sqlite');
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  // WAL with synchronous=NORMAL survives a process crash without loss; only a power cut may lose the last commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`cache_size = -${Math.round((options.pageCacheMb ?? 64) * 1024)}`);
  sqlite.pragma('temp_store = MEMORY');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    columnTypes: COLUMN_TYPES.sqlite,
    insertMany: preparedRowInsert(sqlite),
    analyze: async () => {
      await sql`pragma optimize`.execute(db);
    },
    lock: async () => {},
    // ISO 8601 text: the month is its first seven characters.
    month: (column) => sql<string>`substr(${sql.ref(column)}, 1, 7)`,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    location: file,
    close: () => db.destroy(),
  };
}

/** PostgreSQL: multi-row INSERTs, as many rows per statement as the parameter limit allows. */
function multiRowInsert(maxParameters: number): InsertMany {
  return async (trx, table, rows, options) => {
    if (rows.length === 0) return;
    const perStatement = Math.max(1, Math.floor(maxParameters / Object.keys(rows[0]!).length));
    for (let i = 0; i < rows.length; i += perStatement) {
      let query = trx.insertInto(table).values(rows.slice(i, i + perStatement) as never);
      const conflict = options?.ignoreConflictOn;
      if (conflict) query = query.onConflict((oc) => oc.columns(conflict as never).doNothing());
      const upsert = options?.onConflict;
      if (upsert) query = query.onConflict(upsert.build as never);
      await query.execute();
    }
  };
}

/**
 * SQLite: one prepared single-row statement per table, run for each row. In-process SQLite has no round
 * trips to save, so this is its fastest bulk path; the SQL is still Kysely's, compiled once.
 * Runs on the connection the caller's Kysely transaction holds (the SQLite dialect has exactly one).
 */
function preparedRowInsert(sqlite: SqliteDatabase.Database): InsertMany {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return async (trx, table, rows, options) => {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    const conflict = options?.ignoreConflictOn;
    const upsert = options?.onConflict;
    const key = `${table}|${columns.join(',')}|${conflict?.join(',') ?? ''}|${upsert?.name ?? ''}`;
    let statement = statements.get(key);
    if (!statement) {
      let query = trx.insertInto(table).values(Object.fromEntries(columns.map((c) => [c, null])) as never);
      if (conflict) query = query.onConflict((oc) => oc.columns(conflict as never).doNothing());
      if (upsert) query = query.onConflict(upsert.build as never);
      statement = sqlite.prepare(query.compile().sql);
      statements.set(key, statement);
    }
    for (const row of rows) {
      const values = row as Record<string, unknown>;
      statement.run(columns.map((c) => values[c] ?? null));
    }
  };
}
