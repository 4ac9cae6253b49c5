import type { Kysely, Migration, RawBuilder } from 'kysely';

/**
 * People and machines that use a node, and the audit log of what they do. The audit log is append-only
 * at the database too (triggers refuse UPDATE and DELETE); its hash chain catches what gets past that.
 * Its detail is JSON kept as text on both databases: the hash covers the exact text written.
 */
export function accounts(t: {
  timestamp: 'text' | 'timestamptz';
  appendOnly(table: string): RawBuilder<unknown>[];
}): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('user_account')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisation.id'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('totp_secret', 'text')
        .addColumn('totp_enabled_at', t.timestamp)
        // The last time step a code was accepted for: a code works once.
        .addColumn('totp_last_step', 'bigint')
        .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', t.timestamp)
        .addColumn('disabled_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('modified_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('user_account_org_idx').on('user_account').column('org_id').execute();

      await db.schema
        .createTable('user_session')
        // SHA-256 of the cookie's secret: a copy of the database does not give working sessions.
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('user_session_user_idx').on('user_session').column('user_id').execute();

      await db.schema
        .createTable('api_token')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        // SHA-256 of the token: it is shown once, when created, and never stored.
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        // The token's first characters, so that people can tell their tokens apart.
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('last_used_at', t.timestamp)
        .addColumn('expires_at', t.timestamp)
        .addColumn('revoked_at', t.timestamp)
        .execute();
      await db.schema.createIndex('api_token_user_idx').on('api_token').column('user_id').execute();

      await db.schema
        .createTable('audit_event')
        .addColumn('seq', 'bigint', (c) => c.primaryKey())
        .addColumn('at', t.timestamp, (c) => c.notNull())
        .addColumn('actor_kind', 'text', (c) => c.notNull())
        .addColumn('actor_user_id', 'text')
        .addColumn('actor_org_id', 'text', (c) => c.notNull())
        .addColumn('actor_label', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('detail', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_event_at_idx').on('audit_event').column('at').execute();
      await db.schema
        .createIndex('audit_event_target_idx')
        .on('audit_event')
        .columns(['target_type', 'target_id'])
        .execute();
      await db.schema
        .createIndex('audit_event_actor_idx')
        .on('audit_event')
        .columns(['actor_user_id', 'seq'])
        .execute();
      for (const statement of t.appendOnly('audit_event')) await statement.execute(db);
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      for (const table of ['audit_event', 'api_token', 'user_session', 'user_account'])
        await db.schema.dropTable(table).execute();
    },
  };
}
