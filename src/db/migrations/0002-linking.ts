import type { Kysely, Migration } from 'kysely';

/**
 * Linking: clusters of reports joined by shared indicators, the events that changed them (merges, splits),
 * the evidence of the degree guard (bridges), and cross-border hits. Storage grows with sightings, never with
 * pairs: a report and an indicator each carry the id of their cluster; nothing stores who-links-to-whom.
 */
export function linking(t: { timestamp: 'text' | 'timestamptz'; json: 'text' | 'jsonb' }): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema.alterTable('report').addColumn('cluster_id', 'text').execute();
      await db.schema.createIndex('report_cluster_idx').on('report').column('cluster_id').execute();

      // linked | released (an analyst let it link again) | warninglisted | suspected_shared | confirmed_shared
      await db.schema
        .alterTable('indicator')
        .addColumn('link_status', 'text', (c) => c.notNull().defaultTo('linked'))
        .execute();
      await db.schema.alterTable('indicator').addColumn('link_reason', 'text').execute();
      await db.schema.alterTable('indicator').addColumn('cluster_id', 'text').execute();
      await db.schema.createIndex('indicator_cluster_idx').on('indicator').column('cluster_id').execute();
      await db.schema
        .createIndex('indicator_link_status_idx')
        .on('indicator')
        .column('link_status')
        .execute();

      await db.schema
        .createTable('cluster')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('modified_at', t.timestamp, (c) => c.notNull())
        // Set when the cluster was merged into another: its id still resolves (bookmarks survive).
        .addColumn('merged_into', 'text')
        .addColumn('report_count', 'integer', (c) => c.notNull())
        .addColumn('indicator_count', 'integer', (c) => c.notNull())
        .addColumn('first_seen', t.timestamp)
        .addColumn('last_seen', t.timestamp)
        // `,ID,MY,`: the countries its reports come from, for filtering without a join.
        .addColumn('countries', 'text', (c) => c.notNull())
        .addColumn('country_count', 'integer', (c) => c.notNull())
        // Indicative total in US dollars, only to rank clusters by loss (answers give totals per currency).
        .addColumn('loss_usd', 'double precision', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('cluster_reports_idx')
        .on('cluster')
        .columns(['merged_into', 'report_count'])
        .execute();

      await db.schema
        .createTable('cluster_event')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', t.timestamp, (c) => c.notNull())
        // merge: `other` was merged into `cluster_id` because of `report_id`;
        // split: `other` was split off `cluster_id` because `indicator_id` stopped linking or a report changed.
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('other_id', 'text', (c) => c.notNull())
        .addColumn('report_id', 'text')
        .addColumn('indicator_id', 'text')
        .addColumn('reports_moved', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('cluster_event_cluster_idx')
        .on('cluster_event')
        .columns(['cluster_id', 'at'])
        .execute();

      // Degree guard evidence: one row each time a report joined an indicator's cluster to other, otherwise
      // unrelated ones. Written only on merges, so it stays far smaller than the sighting table.
      await db.schema
        .createTable('indicator_bridge')
        .addColumn('indicator_id', 'text', (c) => c.notNull())
        .addColumn('seen_at', t.timestamp, (c) => c.notNull())
        .addColumn('report_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('indicator_bridge_pk', ['indicator_id', 'seen_at', 'report_id'])
        .execute();

      await db.schema
        .createTable('hit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('modified_at', t.timestamp, (c) => c.notNull())
        .addColumn('indicator_id', 'text', (c) => c.notNull())
        .addColumn('country_a', 'text', (c) => c.notNull())
        .addColumn('country_b', 'text', (c) => c.notNull())
        .addColumn('first_seen', t.timestamp, (c) => c.notNull())
        .addColumn('last_seen', t.timestamp, (c) => c.notNull())
        .addColumn('updates', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hit_modified_idx').on('hit').column('modified_at').execute();

      // The organisations on either side of a hit, with their latest report: who should hear of it.
      await db.schema
        .createTable('hit_party')
        .addColumn('hit_id', 'text', (c) => c.notNull())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('report_count', 'integer', (c) => c.notNull())
        .addColumn('last_report_id', 'text', (c) => c.notNull())
        .addColumn('last_seen', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('hit_party_pk', ['hit_id', 'organisation_id', 'country'])
        .execute();
      await db.schema
        .createIndex('hit_party_org_idx')
        .on('hit_party')
        .columns(['organisation_id', 'hit_id'])
        .execute();

      await db.schema
        .createTable('setting')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      for (const table of ['setting', 'hit_party', 'hit', 'indicator_bridge', 'cluster_event', 'cluster'])
        await db.schema.dropTable(table).execute();
      for (const index of ['indicator_link_status_idx', 'indicator_cluster_idx', 'report_cluster_idx'])
        await db.schema.dropIndex(index).execute();
      for (const column of ['cluster_id', 'link_reason', 'link_status'])
        await db.schema.alterTable('indicator').dropColumn(column).execute();
      await db.schema.alterTable('report').dropColumn('cluster_id').execute();
    },
  };
}
