import type { Kysely, Migration } from 'kysely';

/**
 * Foundation tables. Frozen: later changes go in new migrations. Column types that differ between
 * SQLite and PostgreSQL come in as `t` (decided by db/dialect.ts), never from application code.
 */
export function foundation(t: { timestamp: 'text' | 'timestamptz'; json: 'text' | 'jsonb' }): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('organisation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('origin_org_id', 'text', (c) => c.notNull())
        .addColumn('tlp', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('modified_at', t.timestamp, (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('sector', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('report')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('origin_org_id', 'text', (c) => c.notNull().references('organisation.id'))
        .addColumn('tlp', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('modified_at', t.timestamp, (c) => c.notNull())
        .addColumn('source_ref', 'text', (c) => c.notNull())
        .addColumn('reported_at', t.timestamp, (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('scam_type', 'text', (c) => c.notNull())
        .addColumn('loss_amount', 'double precision')
        .addColumn('loss_currency', 'text')
        .addColumn('narrative', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addUniqueConstraint('report_source_ref_unique', ['origin_org_id', 'source_ref'])
        .execute();
      await db.schema.createIndex('report_reported_at_idx').on('report').column('reported_at').execute();

      await db.schema
        .createTable('reporter')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('origin_org_id', 'text', (c) => c.notNull().references('organisation.id'))
        .addColumn('tlp', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('modified_at', t.timestamp, (c) => c.notNull())
        .addColumn('report_id', 'text', (c) =>
          c.notNull().unique().references('report.id').onDelete('cascade'),
        )
        .addColumn('name', 'text')
        .addColumn('contact', 'text')
        .execute();

      await db.schema
        .createTable('indicator')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('origin_org_id', 'text', (c) => c.notNull().references('organisation.id'))
        .addColumn('tlp', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('modified_at', t.timestamp, (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('details', t.json)
        .addUniqueConstraint('indicator_kind_value_unique', ['kind', 'value'])
        .execute();

      await db.schema
        .createTable('sighting')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('origin_org_id', 'text', (c) => c.notNull().references('organisation.id'))
        .addColumn('tlp', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('modified_at', t.timestamp, (c) => c.notNull())
        .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
        .addColumn('report_id', 'text', (c) => c.notNull().references('report.id').onDelete('cascade'))
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('seen_at', t.timestamp, (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        // Copied from the report (sightings are rewritten whenever their report changes), so that a look-up
        // reads one index range instead of joining every report of a much-reported indicator.
        .addColumn('scam_type', 'text', (c) => c.notNull())
        .addColumn('loss_amount', 'double precision')
        .addColumn('loss_currency', 'text')
        .addUniqueConstraint('sighting_report_indicator_unique', ['report_id', 'indicator_id'])
        .execute();
      await db.schema
        .createIndex('sighting_indicator_idx')
        .on('sighting')
        .columns(['indicator_id', 'tlp', 'country', 'scam_type', 'loss_currency', 'loss_amount', 'seen_at'])
        .execute();

      await db.schema
        .createTable('import_run')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('origin_org_id', 'text', (c) => c.notNull())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('started_at', t.timestamp, (c) => c.notNull())
        .addColumn('finished_at', t.timestamp)
        .addColumn('counts', t.json)
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      for (const table of ['import_run', 'sighting', 'indicator', 'reporter', 'report', 'organisation']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
