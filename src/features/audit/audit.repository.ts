import type { Kysely, Selectable } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { AuditEventTable, Database } from '../../db/schema.js';
import { type AuditContent, type AuditEntry, entryHash, GENESIS } from '../../domain/audit/chain.js';

export type AuditRow = Selectable<AuditEventTable>;

export interface AuditFilter {
  actorUserId?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  /** Entries before this sequence number (paging backwards from the newest). */
  beforeSeq?: number | undefined;
  limit: number;
}

export class AuditRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  /** Appends one entry at the head of the chain: one writer at a time, whatever the number of processes. */
  append(content: Omit<AuditContent, 'seq'>): Promise<AuditEntry> {
    return this.handle.db.transaction().execute(async (trx) => {
      await this.handle.lock(trx, 'audit');
      const head = await this.head(trx);
      const entry = { ...content, seq: (head?.seq ?? 0) + 1 };
      const prev_hash = head?.hash ?? GENESIS;
      const row: AuditEntry = { ...entry, prev_hash, hash: entryHash(prev_hash, entry) };
      await trx.insertInto('audit_event').values(row).execute();
      return row;
    });
  }

  head(db: Kysely<Database> = this.handle.db): Promise<{ seq: number; hash: string } | undefined> {
    return db
      .selectFrom('audit_event')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** Newest first. */
  list(filter: AuditFilter): Promise<AuditRow[]> {
    let query = this.handle.db.selectFrom('audit_event').selectAll();
    if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.targetType) query = query.where('target_type', '=', filter.targetType);
    if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
    if (filter.since) query = query.where('at', '>=', filter.since);
    if (filter.until) query = query.where('at', '<', filter.until);
    if (filter.beforeSeq !== undefined) query = query.where('seq', '<', filter.beforeSeq);
    return query.orderBy('seq', 'desc').limit(filter.limit).execute();
  }

  /** Every entry in chain order, a page at a time. */
  async *inOrder(pageSize = 5000): AsyncGenerator<AuditRow> {
    let after = 0;
    for (;;) {
      const page = await this.handle.db
        .selectFrom('audit_event')
        .selectAll()
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      yield* page;
      if (page.length < pageSize) return;
      after = page[page.length - 1]!.seq;
    }
  }
}
