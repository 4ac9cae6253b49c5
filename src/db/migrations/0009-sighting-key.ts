import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Sightings lose the index on their id. Nothing reads a sighting by id (they are read by indicator and by
 * report), the id is a UUIDv5 of the (report, indicator) pair that is unique already, and that index was the
 * largest random-keyed B-tree an import wrote (155 MB at a million reports). The id column stays, as every
 * record's does. PostgreSQL drops the constraint; SQLite, which cannot, rebuilds the table (a one-off copy).
 */
export function sightingKey(t: {
  timestamp: 'text' | 'timestamptz';
  canDropConstraints: boolean;
}): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on the current schema types
    async up(db: Kysely<any>) {
      if (t.canDropConstraints) {
        await sql`alter table sighting drop constraint sighting_pkey`.execute(db);
        return;
      }
      await db.schema
        .createTable('sighting_rebuilt')
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('origin_org_id', 'text', (c) => c.notNull().references('organisation.id'))
        .addColumn('tlp', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('modified_at', t.timestamp, (c) => c.notNull())
        .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
        .addColumn('report_id', 'text', (c) => c.notNull().references('report.id').onDelete('cascade'))
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('seen_at', t.timestamp, (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('scam_type', 'text', (c) => c.notNull())
        .addColumn('loss_amount', 'double precision')
        .addColumn('loss_currency', 'text')
        .addUniqueConstraint('sighting_report_indicator_unique', ['report_id', 'indicator_id'])
        .execute();
      await sql`insert into sighting_rebuilt (id, origin_org_id, tlp, created_at, modified_at, indicator_id,
          report_id, country, seen_at, origin, scam_type, loss_amount, loss_currency)
        select id, origin_org_id, tlp, created_at, modified_at, indicator_id, report_id, country, seen_at, origin,
          scam_type, loss_amount, loss_currency
        from sighting order by rowid`.execute(db);
      await db.schema.dropTable('sighting').execute();
      await sql`alter table sighting_rebuilt rename to sighting`.execute(db);
      await db.schema
        .createIndex('sighting_indicator_idx')
        .on('sighting')
        .columns(['indicator_id', 'tlp', 'country', 'scam_type', 'loss_currency', 'loss_amount', 'seen_at'])
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      if (t.canDropConstraints) {
        await sql`alter table sighting add constraint sighting_pkey primary key (id)`.execute(db);
        return;
      }
      throw new Error('0009-sighting-key cannot be undone on SQLite');
    },
  };
}
