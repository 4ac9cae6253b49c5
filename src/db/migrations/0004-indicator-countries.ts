import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The countries each indicator has been seen in (outside TLP:RED): what a cross-border hit is raised on,
 * read for a batch's values without scanning every sighting of much-reported ones.
 */
export function indicatorCountries(t: { withoutRowid: boolean }): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('indicator_country')
        .addColumn('indicator_id', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('indicator_country_pk', ['indicator_id', 'country'])
        .$call((table) => (t.withoutRowid ? table.modifyEnd(sql`without rowid`) : table))
        .execute();
      await sql`insert into indicator_country (indicator_id, country)
        select distinct indicator_id, country from sighting where tlp <> 'red'`.execute(db);
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      await db.schema.dropTable('indicator_country').execute();
    },
  };
}
