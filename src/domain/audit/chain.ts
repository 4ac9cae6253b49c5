import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The audit log is a hash chain: each entry's hash covers its own content and the previous entry's hash,
 * so editing, removing or reordering any entry breaks every hash after it. Removing entries from the end
 * leaves a shorter valid chain: that is caught by comparing with a head noted earlier (`jala audit verify
 * --head SEQ:HASH`), which operators keep outside the database.
 */
export interface AuditContent {
  seq: number;
  at: string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_org_id: string;
  actor_label: string;
  ip: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** JSON text, as stored. */
  detail: string | null;
}

export interface AuditEntry extends AuditContent {
  prev_hash: string;
  hash: string;
}

/** The hash before the first entry. */
export const GENESIS = '0'.repeat(64);

/** Fields in a fixed order, as a JSON array: no ambiguity between fields, whatever they contain. */
export function entryHash(prevHash: string, content: AuditContent): string {
  const canonical = JSON.stringify([
    prevHash,
    content.seq,
    content.at,
    content.actor_kind,
    content.actor_user_id,
    content.actor_org_id,
    content.actor_label,
    content.ip,
    content.action,
    content.target_type,
    content.target_id,
    content.detail,
  ]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

export type ChainProblem =
  | { seq: number; problem: 'edited'; detail: string }
  | { seq: number; problem: 'broken_link'; detail: string }
  | { seq: number; problem: 'gap'; detail: string }
  | { seq: number; problem: 'head_missing'; detail: string };

/**
 * Walks entries in sequence order and reports the first thing wrong, if any. Streams: keeps only the
 * previous entry, so a log of any length verifies in constant memory.
 */
export class ChainVerifier {
  private previousHash = GENESIS;
  private previousSeq = 0;
  private count = 0;
  private headSeen = false;
  problem: ChainProblem | undefined;

  constructor(private readonly expectedHead?: { seq: number; hash: string }) {}

  add(entry: AuditEntry): boolean {
    if (this.problem) return false;
    this.count += 1;
    if (entry.seq !== this.previousSeq + 1) {
      this.problem = {
        seq: entry.seq,
        problem: 'gap',
        detail: `entry ${entry.seq} follows entry ${this.previousSeq}: entries ${this.previousSeq + 1}–${entry.seq - 1} are missing`,
      };
      return false;
    }
    if (entry.prev_hash !== this.previousHash) {
      this.problem = {
        seq: entry.seq,
        problem: 'broken_link',
        detail: `entry ${entry.seq} does not point at the hash of entry ${this.previousSeq}: an entry was removed, reordered or rewritten`,
      };
      return false;
    }
    if (entryHash(entry.prev_hash, entry) !== entry.hash) {
      this.problem = {
        seq: entry.seq,
        problem: 'edited',
        detail: `entry ${entry.seq} does not match its hash: its content was changed after it was written`,
      };
      return false;
    }
    if (this.expectedHead && entry.seq === this.expectedHead.seq) {
      if (entry.hash !== this.expectedHead.hash) {
        this.problem = {
          seq: entry.seq,
          problem: 'edited',
          detail: `entry ${entry.seq} has hash ${entry.hash}, not the ${this.expectedHead.hash} noted earlier`,
        };
        return false;
      }
      this.headSeen = true;
    }
    this.previousHash = entry.hash;
    this.previousSeq = entry.seq;
    return true;
  }

  /** The verdict once every entry has been added. */
  finish(): { ok: boolean; entries: number; head: { seq: number; hash: string }; problem?: ChainProblem } {
    if (!this.problem && this.expectedHead && !this.headSeen) {
      this.problem = {
        seq: this.expectedHead.seq,
        problem: 'head_missing',
        detail: `the log ends at entry ${this.previousSeq}, before entry ${this.expectedHead.seq} noted earlier: entries were removed from its end`,
      };
    }
    const head = { seq: this.previousSeq, hash: this.previousHash };
    return this.problem
      ? { ok: false, entries: this.count, head, problem: this.problem }
      : { ok: true, entries: this.count, head };
  }
}
