import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Cluster statistics as small additive rows (see domain/linking/stats.ts): a cluster's countries,
 * organisations, scam types, losses, monthly timeline, indicator kinds and held-back values, kept up as
 * reports arrive so that neither ingest nor a question about a large cluster has to read all its reports.
 */
export function clusterStats(t: { timestamp: 'text' | 'timestamptz'; withoutRowid: boolean }): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('cluster_stat')
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('dimension', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('first_seen', t.timestamp)
        .addColumn('last_seen', t.timestamp)
        .addColumn('amount', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('cluster_stat_pk', ['cluster_id', 'dimension', 'key'])
        .$call((table) => (t.withoutRowid ? table.modifyEnd(sql`without rowid`) : table))
        .execute();
      // A cluster's reports in time order: a month of them can be recounted without reading the rest.
      await db.schema.dropIndex('report_cluster_idx').execute();
      await db.schema
        .createIndex('report_cluster_time_idx')
        .on('report')
        .columns(['cluster_id', 'reported_at'])
        .execute();
      // The guard's evidence, checkable later: did the report join clusters, and which were its other values.
      await db.schema
        .alterTable('indicator_bridge')
        .addColumn('joined', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('indicator_bridge')
        .addColumn('others', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      // An index over every indicator's status led planners to walk all linking indicators instead of one
      // report's sightings; held-back values are few, and only they are indexed now.
      await db.schema.dropIndex('indicator_link_status_idx').execute();
      await db.schema
        .createIndex('indicator_held_idx')
        .on('indicator')
        .column('link_status')
        .where(sql.ref('link_status'), '<>', 'linked')
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      await db.schema.alterTable('indicator_bridge').dropColumn('others').execute();
      await db.schema.alterTable('indicator_bridge').dropColumn('joined').execute();
      await db.schema.dropIndex('indicator_held_idx').execute();
      await db.schema.dropIndex('report_cluster_time_idx').execute();
      await db.schema.createIndex('report_cluster_idx').on('report').column('cluster_id').execute();
      await db.schema
        .createIndex('indicator_link_status_idx')
        .on('indicator')
        .column('link_status')
        .execute();
      await db.schema.dropTable('cluster_stat').execute();
    },
  };
}
