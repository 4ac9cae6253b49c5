import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { BULK_PAGE_CACHE_MB, createApp } from '../src/main/app.js';

describe('SQLite settings of the server and of bulk commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jala-settings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cacheKb = async (bulk: boolean) => {
    const app = await createApp(loadConfig({ JALA_DATA_DIR: dir, LOG_LEVEL: 'silent' }), { bulk });
    try {
      const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(app.database.db);
      const { rows: journal } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(
        app.database.db,
      );
      return { kb: -rows[0]!.cache_size, journal: journal[0]!.journal_mode };
    } finally {
      await app.close();
    }
  };

  it('gives the server a 64 MB page cache and an import a smaller one, both in WAL mode', async () => {
    expect(await cacheKb(false)).toEqual({ kb: 64 * 1024, journal: 'wal' });
    expect(await cacheKb(true)).toEqual({ kb: BULK_PAGE_CACHE_MB * 1024, journal: 'wal' });
    expect(BULK_PAGE_CACHE_MB).toBeLessThan(64);
  });
});
