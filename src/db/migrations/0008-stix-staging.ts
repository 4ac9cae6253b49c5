import type { Kysely, Migration } from 'kysely';

/**
 * Working space of a STIX import: the observables of a bundle and the ids its reports refer to, kept here
 * between the import's two passes rather than in memory, so that a bundle of any size imports in flat memory.
 * Rows live only while their import runs.
 */
export function stixStaging(t: { withoutRowid: boolean }): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('stix_staging')
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('stix_id', 'text', (c) => c.notNull())
        // The raw indicator the object stands for, as JSON.
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('stix_staging_pk', ['run_id', 'stix_id'])
        .execute();
      await db.schema
        .createTable('stix_staging_ref')
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('stix_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('stix_staging_ref_pk', ['run_id', 'stix_id'])
        .execute();
      void t;
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      await db.schema.dropTable('stix_staging_ref').execute();
      await db.schema.dropTable('stix_staging').execute();
    },
  };
}
