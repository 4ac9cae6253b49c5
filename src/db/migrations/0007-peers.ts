import type { Kysely, Migration } from 'kysely';

/**
 * Peer nodes this node pulls from over TAXII 2.1, and where each pull stopped, per collection: a sync cut
 * off at any moment resumes from there.
 */
export function peers(t: { timestamp: 'text' | 'timestamptz' }): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('peer')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text', (c) => c.notNull())
        // The API token this node presents to the peer (the peer stores only its hash).
        .addColumn('token', 'text', (c) => c.notNull())
        .addColumn('push', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('last_sync_at', t.timestamp)
        .addColumn('last_error', 'text')
        .execute();
      await db.schema
        .createTable('peer_cursor')
        .addColumn('peer_id', 'text', (c) => c.notNull().references('peer.id').onDelete('cascade'))
        .addColumn('collection_id', 'text', (c) => c.notNull())
        // The date added of the last object imported from this collection.
        .addColumn('added_after', 'text', (c) => c.notNull())
        .addColumn('objects', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('peer_cursor_pk', ['peer_id', 'collection_id'])
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      await db.schema.dropTable('peer_cursor').execute();
      await db.schema.dropTable('peer').execute();
    },
  };
}
