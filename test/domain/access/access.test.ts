import { describe, expect, it } from 'vitest';
import { lockedUntil } from '../../../src/domain/access/lockout.js';
import { type Actor, can, ROLES } from '../../../src/domain/access/roles.js';
import { canSee } from '../../../src/domain/access/visibility.js';
import { type AuditEntry, ChainVerifier, entryHash, GENESIS } from '../../../src/domain/audit/chain.js';

const actor = (orgId: string, role: Actor['role'] = 'analyst'): Actor => ({
  kind: 'user',
  userId: 'u',
  orgId,
  role,
  label: 'someone@example.org',
  ip: undefined,
});

describe('roles', () => {
  it('gives personal data only to the roles that contact reporters, and the node’s running only to admins', () => {
    expect(ROLES.filter((r) => can(r, 'reporters:read'))).toEqual(['analyst', 'investigator']);
    expect(ROLES.filter((r) => can(r, 'users:manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'audit:read'))).toEqual(['admin']);
    expect(ROLES.every((r) => can(r, 'self') && can(r, 'reports:read'))).toBe(true);
    expect(can('viewer', 'reports:submit')).toBe(false);
    expect(can('sector_officer', 'hits:read')).toBe(true);
    expect(can('sector_officer', 'clusters:read')).toBe(false);
  });
});

describe('TLP visibility', () => {
  const own = { origin_org_id: 'A' };
  it('keeps RED and AMBER+STRICT inside the owning organisation', () => {
    for (const tlp of ['red', 'amber+strict']) {
      expect(canSee(actor('A'), { ...own, tlp })).toBe(true);
      expect(canSee(actor('B'), { ...own, tlp })).toBe(false);
    }
  });
  it('shares AMBER, GREEN and CLEAR with the other organisations of the node', () => {
    for (const tlp of ['amber', 'green', 'clear']) expect(canSee(actor('B'), { ...own, tlp })).toBe(true);
  });
  it('lets the operator’s command line see everything', () => {
    expect(canSee({ ...actor('B'), kind: 'cli' }, { ...own, tlp: 'red' })).toBe(true);
  });
});

describe('sign-in back-off', () => {
  const now = new Date('2026-11-26T00:00:00Z');
  it('forgives a few typos, then doubles the wait up to an hour', () => {
    expect(lockedUntil(4, now)).toBeUndefined();
    const minutes = (n: number) => ((lockedUntil(n, now)?.getTime() ?? 0) - now.getTime()) / 60_000;
    expect([5, 6, 7, 8].map(minutes)).toEqual([1, 2, 4, 8]);
    expect(minutes(30)).toBe(60);
  });
});

describe('audit hash chain', () => {
  function chain(n: number): AuditEntry[] {
    const entries: AuditEntry[] = [];
    let prev = GENESIS;
    for (let seq = 1; seq <= n; seq++) {
      const content = {
        seq,
        at: `2026-11-26T00:00:0${seq}.000Z`,
        actor_kind: 'user',
        actor_user_id: 'u1',
        actor_org_id: 'org',
        actor_label: 'a@example.org',
        ip: '127.0.0.1',
        action: 'reporter.read',
        target_type: 'report',
        target_id: `r${seq}`,
        detail: '{"found":true}',
      };
      const hash = entryHash(prev, content);
      entries.push({ ...content, prev_hash: prev, hash });
      prev = hash;
    }
    return entries;
  }
  const verify = (entries: AuditEntry[], head?: { seq: number; hash: string }) => {
    const v = new ChainVerifier(head);
    for (const e of entries) if (!v.add(e)) break;
    return v.finish();
  };

  it('accepts an intact chain and names its head', () => {
    const entries = chain(5);
    expect(verify(entries)).toEqual({ ok: true, entries: 5, head: { seq: 5, hash: entries[4]!.hash } });
  });
  it('catches an edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, target_id: 'someone-else' };
    expect(verify(entries).problem).toMatchObject({ seq: 3, problem: 'edited' });
  });
  it('catches an edit whose hash was recomputed, at the next entry', () => {
    const entries = chain(5);
    const edited = { ...entries[2]!, actor_label: 'nobody' };
    entries[2] = { ...edited, hash: entryHash(edited.prev_hash, edited) };
    expect(verify(entries).problem).toMatchObject({ seq: 4, problem: 'broken_link' });
  });
  it('catches a removed entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verify(entries).problem).toMatchObject({ seq: 3, problem: 'gap' });
  });
  it('catches entries swapped with their numbers', () => {
    const entries = chain(5);
    const [a, b] = [entries[1]!, entries[2]!];
    entries[1] = { ...b, seq: 2 };
    entries[2] = { ...a, seq: 3 };
    expect(verify(entries).ok).toBe(false);
  });
  it('catches entries cut from the end, given a head noted earlier', () => {
    const entries = chain(5);
    const head = { seq: 5, hash: entries[4]!.hash };
    expect(verify(entries.slice(0, 4)).ok).toBe(true);
    expect(verify(entries.slice(0, 4), head).problem).toMatchObject({ problem: 'head_missing' });
    expect(verify(entries, head).ok).toBe(true);
  });
});
