import type { Actor } from '../../domain/access/roles.js';
import { ChainVerifier } from '../../domain/audit/chain.js';
import { JalaError } from '../../domain/errors.js';
import type { AuditFilter, AuditRepository, AuditRow } from './audit.repository.js';

/** Who did it, as the log records it. Sign-in attempts and public submissions have no account behind them. */
export type AuditActor = Pick<Actor, 'userId' | 'orgId' | 'label' | 'ip'> & {
  kind: Actor['kind'] | 'public';
};

export interface AuditTarget {
  type: string;
  id: string;
}

export interface AuditView {
  seq: number;
  at: string;
  actor: { kind: string; user_id: string | null; org_id: string; label: string; ip: string | null };
  action: string;
  target: AuditTarget | null;
  detail: unknown;
  hash: string;
}

const MAX_PAGE = 500;

/**
 * The node's audit log: every change and every read of personal data, who, what, when and from where,
 * hash-chained (domain/audit/chain.ts). Nothing here updates or deletes an entry.
 */
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async record(
    actor: AuditActor,
    action: string,
    target?: AuditTarget,
    detail?: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.append({
      at: this.clock().toISOString(),
      actor_kind: actor.kind,
      actor_user_id: actor.userId ?? null,
      actor_org_id: actor.orgId,
      actor_label: actor.label,
      ip: actor.ip ?? null,
      action,
      target_type: target?.type ?? null,
      target_id: target?.id ?? null,
      detail: detail === undefined ? null : JSON.stringify(detail),
    });
  }

  async list(
    filter: Omit<AuditFilter, 'limit'> & { limit?: number | undefined },
  ): Promise<{ entries: AuditView[]; next: number | null }> {
    const limit = Math.min(Math.max(1, filter.limit ?? 100), MAX_PAGE);
    const rows = await this.audit.list({ ...filter, limit });
    return {
      entries: rows.map(view),
      next: rows.length === limit ? rows[rows.length - 1]!.seq : null,
    };
  }

  /** Walks the whole chain; `head` is a `SEQ:HASH` noted earlier, which must still be in it. */
  async verify(head?: string) {
    let expected: { seq: number; hash: string } | undefined;
    if (head !== undefined) {
      const match = /^(\d+):([0-9a-f]{64})$/.exec(head.trim());
      if (!match)
        throw new JalaError('invalid_input', 'head must be SEQ:HASH, as printed by an earlier verification', [
          { field: 'head', reason: 'expected a sequence number, a colon and a 64-digit hex hash' },
        ]);
      expected = { seq: Number(match[1]), hash: match[2]! };
    }
    const verifier = new ChainVerifier(expected);
    for await (const row of this.audit.inOrder()) if (!verifier.add(row)) break;
    return verifier.finish();
  }
}

function view(row: AuditRow): AuditView {
  return {
    seq: row.seq,
    at: row.at,
    actor: {
      kind: row.actor_kind,
      user_id: row.actor_user_id,
      org_id: row.actor_org_id,
      label: row.actor_label,
      ip: row.ip,
    },
    action: row.action,
    target: row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
    detail: row.detail === null ? null : JSON.parse(row.detail),
    hash: row.hash,
  };
}
