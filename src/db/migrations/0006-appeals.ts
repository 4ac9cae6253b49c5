import type { Kysely, Migration } from 'kysely';

/**
 * Appeals: the owner of a listed number or account asks for a review, with a reference number; analysts of
 * the organisation that owns the listing uphold or clear it. The appellant's name and contact are
 * personal data: only reviewers read them, and every read is audited.
 */
export function appeals(t: { timestamp: 'text' | 'timestamptz' }): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('appeal')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
        .addColumn('owner_org_id', 'text', (c) => c.notNull().references('organisation.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('appellant_name', 'text', (c) => c.notNull())
        .addColumn('appellant_contact', 'text', (c) => c.notNull())
        .addColumn('statement', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('decided_at', t.timestamp)
        .addColumn('decided_by', 'text')
        .addColumn('decision_reason', 'text')
        .execute();
      await db.schema
        .createIndex('appeal_owner_idx')
        .on('appeal')
        .columns(['owner_org_id', 'status', 'created_at'])
        .execute();
      await db.schema.createIndex('appeal_indicator_idx').on('appeal').column('indicator_id').execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      await db.schema.dropTable('appeal').execute();
    },
  };
}
