import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/dialect.js';
import { migrateTo, migrateToLatest } from '../src/db/migrate.js';

describe('migrations on a database that holds data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jala-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('0009 drops the sighting id index and keeps every sighting, on SQLite where it rebuilds the table', async () => {
    const handle = openDatabase({ dataDir: dir });
    try {
      await migrateTo(handle, '0008-stix-staging');
      const now = '2026-03-02T10:00:00.000Z';
      const common = { origin_org_id: 'org', tlp: 'amber', created_at: now, modified_at: now };
      await sql`insert into organisation values ('org', 'org', 'green', ${now}, ${now}, 'ID IASC', 'ID', 'police')`.execute(
        handle.db,
      );
      for (let r = 0; r < 3; r++) {
        await handle.db
          .insertInto('report')
          .values({
            ...common,
            id: `r${r}`,
            source_ref: `R-${r}`,
            reported_at: now,
            country: 'ID',
            source: 'victim',
            scam_type: 'job',
            loss_amount: null,
            loss_currency: null,
            narrative: null,
            content_hash: 'h',
            cluster_id: null,
          })
          .execute();
      }
      for (let i = 0; i < 4; i++) {
        await handle.db
          .insertInto('indicator')
          .values({
            ...common,
            id: `i${i}`,
            kind: 'phone',
            value: `+62812000000${i}`,
            details: null,
            link_status: 'linked',
          })
          .execute();
      }
      for (let r = 0; r < 3; r++)
        for (let i = 0; i <= r; i++)
          await handle.db
            .insertInto('sighting')
            .values({
              ...common,
              id: `s${r}${i}`,
              indicator_id: `i${i}`,
              report_id: `r${r}`,
              country: 'ID',
              seen_at: now,
              origin: 'reported',
              scam_type: 'job',
              loss_amount: 1000,
              loss_currency: 'IDR',
            })
            .execute();

      expect(await migrateToLatest(handle)).toContain('0009-sighting-key');
      const rows = await handle.db.selectFrom('sighting').selectAll().orderBy('id').execute();
      expect(rows.map((s) => `${s.id} ${s.report_id} ${s.indicator_id} ${s.loss_amount}`)).toEqual([
        's00 r0 i0 1000',
        's10 r1 i0 1000',
        's11 r1 i1 1000',
        's20 r2 i0 1000',
        's21 r2 i1 1000',
        's22 r2 i2 1000',
      ]);
      const indexes = await sql<{ name: string; columns: string }>`
        select il.name, group_concat(ii.name) as columns
        from pragma_index_list('sighting') il, pragma_index_info(il.name) ii group by il.name`.execute(
        handle.db,
      );
      expect(indexes.rows.map((i) => i.columns).sort()).toEqual([
        'indicator_id,tlp,country,scam_type,loss_currency,loss_amount,seen_at',
        'report_id,indicator_id',
      ]);
      // A report's sightings still go with it, and the pair stays unique.
      await sql`pragma foreign_keys = on`.execute(handle.db);
      await handle.db.deleteFrom('report').where('id', '=', 'r2').execute();
      expect(await handle.db.selectFrom('sighting').select('id').execute()).toHaveLength(3);
      await expect(
        handle.db
          .insertInto('sighting')
          .values({ ...rows[0]!, id: 'other' })
          .execute(),
      ).rejects.toThrow(/UNIQUE/);
    } finally {
      await handle.close();
    }
  });
});
