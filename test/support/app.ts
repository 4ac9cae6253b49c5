import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { type App, createApp } from '../../src/main/app.js';

export const POSTGRES_URL = process.env.JALA_TEST_POSTGRES_URL;

/** Every storage test runs on each of these: SQLite always, PostgreSQL when JALA_TEST_POSTGRES_URL is set. */
export const DIALECTS: ('sqlite' | 'postgres')[] = POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface TestApp {
  app: App;
  dataDir: string;
  databaseUrl: string | undefined;
  close(): Promise<void>;
}

/** A node on a fresh, empty database of the given dialect (a new PostgreSQL database per call). */
export async function openTestApp(
  dialect: 'sqlite' | 'postgres',
  env: Record<string, string> = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jala-test-'));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (dialect === 'postgres') {
    if (!POSTGRES_URL) throw new Error('JALA_TEST_POSTGRES_URL is not set');
    const name = `jala_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const config = loadConfig({
    JALA_DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    JALA_API_TOKEN: TEST_TOKEN,
    JALA_NODE_COUNTRY: 'ID',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApp(config);
  return {
    app,
    dataDir,
    databaseUrl,
    async close() {
      await app.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
