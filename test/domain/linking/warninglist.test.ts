import { describe, expect, it } from 'vitest';
import {
  checkWarninglist,
  type Warninglist,
  WarninglistSet,
} from '../../../src/domain/linking/warninglist.js';
import { loadWarninglists } from '../../../src/features/correlation/warninglist.loader.js';

const lists: Warninglist[] = [
  {
    name: 'platforms',
    version: '2026-11-26',
    description: 'platform domains',
    matching: 'domain_suffix',
    entries: [
      { value: 't.me', comment: 'Telegram' },
      { value: 'google.com', comment: 'Google' },
    ],
  },
  {
    name: 'call-centres',
    version: '2026-11-26',
    description: 'bank call centres',
    matching: 'exact',
    kind: 'phone',
    entries: [{ value: '02-888-8888', country: 'TH', comment: 'K-Contact Center' }],
  },
  {
    name: 'resolvers',
    version: '2026-11-26',
    description: 'public resolvers',
    matching: 'cidr',
    entries: [
      { value: '8.8.8.0/24', comment: 'Google DNS' },
      { value: '2606:4700::/32', comment: 'Cloudflare' },
    ],
  },
  {
    name: 'test-wallets',
    version: '1',
    description: 'a pattern',
    matching: 'regex',
    kind: 'email',
    entries: [{ value: 'noreply@.*', comment: 'no-reply senders' }],
  },
];

describe('warninglists', () => {
  const { set, problems } = WarninglistSet.compile(lists);

  it('compiles valid lists without problems', () => {
    expect(problems).toEqual([]);
  });

  it('holds back platform domains and their bare home pages, not links to one account', () => {
    expect(set.match('domain', 't.me')?.list).toBe('platforms');
    expect(set.match('domain', 'docs.google.com')?.comment).toBe('Google');
    expect(set.match('url', 'https://www.google.com/')?.list).toBe('platforms');
    expect(set.match('url', 'https://t.me/+AbCdEf123')).toBeUndefined();
    expect(set.match('domain', 'notgoogle.com')).toBeUndefined();
  });

  it('matches exact values through the canonicaliser, whatever the spelling on the list', () => {
    expect(set.match('phone', '+6628888888')?.comment).toBe('K-Contact Center');
    expect(set.match('phone', '+6628888889')).toBeUndefined();
  });

  it('matches addresses in CIDR blocks, including a URL on a bare IP', () => {
    expect(set.match('ip', '8.8.8.8')?.list).toBe('resolvers');
    expect(set.match('ip', '2606:4700:4700::1111')?.list).toBe('resolvers');
    expect(set.match('url', 'http://8.8.8.8/login')?.list).toBe('resolvers');
    expect(set.match('ip', '8.8.9.8')).toBeUndefined();
  });

  it('anchors regular expressions', () => {
    expect(set.match('email', 'noreply@bank.example')?.list).toBe('test-wallets');
    expect(set.match('email', 'x.noreply@bank.example')).toBeUndefined();
  });

  it('changes its fingerprint when a list changes', () => {
    const changed = WarninglistSet.compile([{ ...lists[0]!, version: '2026-11-27' }, ...lists.slice(1)]).set;
    expect(changed.fingerprint).not.toBe(set.fingerprint);
    expect(WarninglistSet.compile(lists).set.fingerprint).toBe(set.fingerprint);
  });

  it('reports every bad entry with where and why, never drops it silently', () => {
    const bad = WarninglistSet.compile([
      { ...lists[1]!, entries: [{ value: '12', comment: 'too short' }] },
      { ...lists[2]!, entries: [{ value: '8.8.8.8/40', comment: 'bad prefix' }] },
      { ...lists[3]!, entries: [{ value: '(', comment: 'bad pattern' }] },
    ]);
    expect(bad.problems.map((p) => [p.list, p.entry])).toEqual([
      ['call-centres', 0],
      ['resolvers', 0],
      ['test-wallets', 0],
    ]);
    expect(
      checkWarninglist(
        { name: 'x', version: '1', description: 'd', matching: 'exact', entries: [] },
        'x.json',
      ),
    ).toEqual([{ list: 'x.json', reason: '"kind" must be an indicator kind for exact' }]);
  });

  it('loads the shipped lists, and refuses an operator list with a bad entry', async () => {
    const shipped = loadWarninglists(undefined);
    expect(shipped.lists.length).toBeGreaterThanOrEqual(5);
    expect(shipped.match('domain', 'wa.me')).toBeDefined();
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'jala-lists-'));
    writeFileSync(
      join(dir, 'mine.json'),
      JSON.stringify({ ...lists[1], name: 'mine', entries: [{ value: 'not a number', comment: 'typo' }] }),
    );
    expect(() => loadWarninglists(dir)).toThrow(/invalid warninglists/);
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ ...lists[1], name: 'mine' }));
    expect(loadWarninglists(dir).match('phone', '+6628888888')?.list).toBe('mine');
  });
});
