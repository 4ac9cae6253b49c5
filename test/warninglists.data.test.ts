import { readdirSync, readFileSync } from 'node:fs';
import { BlockList, isIP } from 'node:net';
import { parse as parseHost } from 'tldts';
import { describe, expect, it } from 'vitest';
import { canonicalize, isIndicatorKind } from '../src/domain/indicators/index.js';
import { checkHostname } from '../src/domain/indicators/web.js';

/*
 * The shipped warninglists (warninglists/*.json) checked as data: the format the linking engine reads, and
 * every value in the form the engine will compare it in. Problems are collected per list and compared with
 * an empty array, so a failure names every bad entry and why, not just the first.
 */

const DIR = new URL('../warninglists/', import.meta.url);
const MATCHINGS = ['exact', 'domain_suffix', 'cidr', 'regex'] as const;
type Matching = (typeof MATCHINGS)[number];
const TOP_KEYS = new Set(['name', 'version', 'description', 'matching', 'kind', 'entries']);
const ENTRY_KEYS = new Set(['value', 'comment', 'country', 'bank', 'provider', 'platform', 'chain']);
const QUALIFIERS = ['bank', 'provider', 'platform', 'chain'] as const;

interface Entry {
  value: string;
  comment: string;
  country?: string;
  bank?: string;
  provider?: string;
  platform?: string;
  chain?: string;
}

interface Loaded {
  file: string;
  text: string;
  // Parsed JSON; its shape is what the tests check.
  list: Record<string, unknown>;
}

const files = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();
const loaded: Loaded[] = files.map((file) => {
  const text = readFileSync(new URL(file, DIR), 'utf8');
  let list: Record<string, unknown> = {};
  try {
    list = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Reported by the "valid JSON" test.
  }
  return { file, text, list };
});

const entriesOf = (list: Record<string, unknown>): Entry[] =>
  Array.isArray(list.entries) ? (list.entries as Entry[]) : [];
const show = (entry: Entry): string => JSON.stringify(entry.value);

/** Fails with every problem spelled out, one per line (a plain array diff would be collapsed). */
function expectNoProblems(problems: string[]): void {
  expect(problems, `${problems.length} problem(s):\n  ${problems.join('\n  ')}\n`).toEqual([]);
}

/** The canonical value an exact entry is compared in, or the reason it has none. */
function canonicalEntry(kind: string, entry: Entry): { value: string } | { error: string } {
  const raw = { kind, value: entry.value, ...pick(entry, QUALIFIERS) } as Parameters<typeof canonicalize>[0];
  const result = canonicalize(raw, { country: entry.country });
  if (!result.ok) return { error: result.error };
  if (result.indicator.kind !== kind)
    return { error: `canonicalises to kind ${result.indicator.kind}, not ${kind}` };
  return { value: result.indicator.value };
}

function pick(entry: Entry, keys: readonly (keyof Entry)[]): Partial<Entry> {
  const out: Partial<Entry> = {};
  for (const key of keys) if (entry[key] !== undefined) out[key] = entry[key];
  return out;
}

/** Problems with a domain_suffix value: a lowercase ASCII host with a registrable domain, nothing else. */
function domainSuffixProblem(value: string): string | undefined {
  if (value !== value.trim() || /\s/.test(value)) return 'contains whitespace';
  if (value !== value.toLowerCase()) return 'is not lowercase';
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(value) || value.includes('/')) return 'has a scheme or a path';
  if (/[?#:@]/.test(value)) return 'has a port, query, fragment or user part';
  if (!/^[\x21-\x7e]+$/.test(value)) return 'is not ASCII (write internationalised names in punycode)';
  if (value.startsWith('.') || value.endsWith('.')) return 'starts or ends with a dot';
  const check = checkHostname(value);
  if (typeof check === 'string') return check;
  if (parseHost(value).domain === null) return 'tldts finds no registrable domain';
  // A suffix at or under a private public suffix (blogspot.com, github.io) would mute every customer's site:
  // each customer subdomain there is a registrable domain of its own.
  if (check.suffixType === 'private') return `is under the private public suffix ${check.suffix}`;
  const customer = parseHost(`jala-warninglist-probe.${value}`, { allowPrivateDomains: true });
  if (customer.isPrivate) return `has private public suffixes under it (${customer.publicSuffix})`;
  return undefined;
}

/** The address as a bigint (for host-bit checks), or undefined when it does not parse. */
function addressBits(address: string, version: 4 | 6): bigint | undefined {
  if (version === 4) {
    const octets = address.split('.').map(Number);
    return octets.reduce((acc, octet) => (acc << 8n) | BigInt(octet), 0n);
  }
  const [head = '', tail, ...rest] = address.split('::');
  if (rest.length > 0 || address.includes('.')) return undefined;
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(`0x${group}`), 0n);
}

/** Problems with a cidr value: address/prefix, a valid prefix length, no host bits, canonical spelling. */
function cidrProblem(value: string): string | undefined {
  const match = /^([^/\s]+)\/(\d{1,3})$/.exec(value);
  if (!match) return 'is not address/prefix';
  const [, address = '', prefixText = ''] = match;
  const version = isIP(address);
  if (version !== 4 && version !== 6) return `"${address}" is not an IPv4 or IPv6 address`;
  const width = version === 4 ? 32 : 128;
  const prefix = Number(prefixText);
  if (prefix > width) return `prefix /${prefix} is longer than ${width} bits`;
  // Anything wider than a /8 (IPv4) or /16 (IPv6) would mute a large part of the internet.
  if (prefix < (version === 4 ? 8 : 16)) return `prefix /${prefix} is implausibly wide`;
  const blocks = new BlockList();
  try {
    blocks.addSubnet(address, prefix, version === 4 ? 'ipv4' : 'ipv6');
  } catch (error) {
    return `BlockList refuses it (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!blocks.check(address, version === 4 ? 'ipv4' : 'ipv6'))
    return 'BlockList does not match its own address';
  const bits = addressBits(address, version);
  if (bits === undefined) return `"${address}" could not be expanded`;
  const hostMask = (1n << BigInt(width - prefix)) - 1n;
  if ((bits & hostMask) !== 0n) return `host bits are set (not the network address of a /${prefix})`;
  const canonical = canonicalize({ kind: 'ip', value: address });
  if (!canonical.ok) return `the address does not canonicalise (${canonical.error})`;
  if (canonical.indicator.value !== address)
    return `write the address as Jala canonicalises it: ${canonical.indicator.value}`;
  return undefined;
}

describe('warninglists: files', () => {
  it('the folder holds lists', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(loaded.map((l) => [l.file, l] as const))('%s is valid JSON', (_file, { text }) => {
    expect(() => JSON.parse(text)).not.toThrow();
  });
});

describe.each(loaded.map((l) => [l.file, l] as const))('warninglist %s', (file, { list }) => {
  const matching = list.matching as Matching;
  const entries = entriesOf(list);

  it('has the list fields, and no others', () => {
    const problems: string[] = [];
    for (const key of Object.keys(list)) if (!TOP_KEYS.has(key)) problems.push(`unknown field "${key}"`);
    if (list.name !== file.replace(/\.json$/, ''))
      problems.push(`name ${JSON.stringify(list.name)} ≠ file name`);
    if (typeof list.name !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(list.name))
      problems.push('name is not lowercase-hyphenated');
    const version = typeof list.version === 'string' ? list.version : '';
    const date = new Date(`${version}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(version) ||
      Number.isNaN(date.getTime()) ||
      date.toISOString().slice(0, 10) !== version
    )
      problems.push(`version ${JSON.stringify(list.version)} is not a YYYY-MM-DD date`);
    if (typeof list.description !== 'string' || list.description.trim().length < 20)
      problems.push('description is missing or too short to say what the list is for');
    if (!MATCHINGS.includes(matching)) problems.push(`matching ${JSON.stringify(list.matching)} is unknown`);
    const needsKind = matching === 'exact' || matching === 'regex';
    if (needsKind && !isIndicatorKind(list.kind))
      problems.push(`matching ${matching} needs a kind (got ${JSON.stringify(list.kind)})`);
    if (!needsKind && 'kind' in list) problems.push(`matching ${matching} takes no kind`);
    if (!Array.isArray(list.entries) || list.entries.length === 0)
      problems.push('entries is missing or empty');
    expectNoProblems(problems);
  });

  it('every entry has a value and a comment, and only known fields', () => {
    const problems: string[] = [];
    entries.forEach((entry, index) => {
      const where = `entry ${index} ${JSON.stringify(entry?.value)}`;
      if (typeof entry !== 'object' || entry === null) {
        problems.push(`entry ${index} is not an object`);
        return;
      }
      for (const key of Object.keys(entry))
        if (!ENTRY_KEYS.has(key)) problems.push(`${where}: unknown field "${key}"`);
      if (typeof entry.value !== 'string' || entry.value.trim() === '')
        problems.push(`${where}: empty value`);
      else if (entry.value !== entry.value.trim()) problems.push(`${where}: value has surrounding spaces`);
      if (typeof entry.comment !== 'string' || entry.comment.trim() === '')
        problems.push(`${where}: no comment`);
      if (entry.country !== undefined && !/^[A-Z]{2}$/.test(String(entry.country)))
        problems.push(`${where}: country must be an ISO 3166-1 alpha-2 code`);
      if (matching !== 'exact')
        for (const key of ['country', ...QUALIFIERS] as const)
          if (entry[key] !== undefined) problems.push(`${where}: "${key}" only applies to exact lists`);
    });
    expectNoProblems(problems);
  });

  it('has no duplicate values', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const entry of entries) {
      let key = entry.value;
      if (matching === 'exact' && typeof list.kind === 'string') {
        const canonical = canonicalEntry(list.kind, entry);
        if (!('value' in canonical)) continue; // reported by the canonicalisation test
        key = canonical.value;
      }
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problems.push(`${show(entry)} duplicates ${JSON.stringify(earlier)} (${key})`);
      else seen.set(key, entry.value);
    }
    expectNoProblems(problems);
  });

  if (matching === 'exact') {
    it('every entry canonicalises to the list kind', () => {
      const kind = String(list.kind);
      const problems: string[] = [];
      for (const entry of entries) {
        if (kind === 'bank_account' && !entry.bank)
          problems.push(`${show(entry)}: a bank_account needs its bank`);
        if (kind === 'ewallet' && !entry.provider)
          problems.push(`${show(entry)}: an ewallet needs its provider`);
        const canonical = canonicalEntry(kind, entry);
        if ('error' in canonical)
          problems.push(`${show(entry)} (${entry.country ?? 'no country'}): ${canonical.error}`);
      }
      expectNoProblems(problems);
    });
  }

  if (matching === 'domain_suffix') {
    it('every value is a bare lowercase host with a registrable domain, outside private suffixes', () => {
      const problems: string[] = [];
      for (const entry of entries) {
        const problem = domainSuffixProblem(entry.value);
        if (problem) problems.push(`${show(entry)} ${problem}`);
      }
      expectNoProblems(problems);
    });

    it('no value is already covered by another value of the list', () => {
      const values = new Set(entries.map((entry) => entry.value));
      const problems: string[] = [];
      for (const value of values) {
        const labels = value.split('.');
        for (let i = 1; i < labels.length - 1; i++) {
          const parent = labels.slice(i).join('.');
          if (values.has(parent))
            problems.push(`${JSON.stringify(value)} is covered by ${JSON.stringify(parent)}`);
        }
      }
      expectNoProblems(problems);
    });
  }

  if (matching === 'cidr') {
    it('every value is a network address with a valid prefix length', () => {
      const problems: string[] = [];
      for (const entry of entries) {
        const problem = cidrProblem(entry.value);
        if (problem) problems.push(`${show(entry)} ${problem}`);
      }
      expectNoProblems(problems);
    });
  }

  if (matching === 'regex') {
    it('every value compiles, anchored as the engine anchors it, and does not match an empty value', () => {
      const problems: string[] = [];
      for (const entry of entries) {
        try {
          const pattern = new RegExp(`^(?:${entry.value})$`);
          if (pattern.test('')) problems.push(`${show(entry)} matches the empty string`);
        } catch (error) {
          problems.push(`${show(entry)} does not compile: ${error instanceof Error ? error.message : error}`);
        }
      }
      expectNoProblems(problems);
    });
  }
});

describe('warninglists: across lists', () => {
  it('no value is listed in two lists of the same matching and kind', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const { file, list } of loaded) {
      for (const entry of entriesOf(list)) {
        let value = entry.value;
        if (list.matching === 'exact' && typeof list.kind === 'string') {
          const canonical = canonicalEntry(list.kind, entry);
          if (!('value' in canonical)) continue;
          value = canonical.value;
        }
        const key = `${String(list.matching)}|${String(list.kind ?? '')}|${value}`;
        const first = owner.get(key);
        if (first !== undefined && first !== file)
          problems.push(`${JSON.stringify(value)} is in ${first} and ${file}`);
        else owner.set(key, file);
      }
    }
    expectNoProblems(problems);
  });
});

describe('warninglists: the checks themselves', () => {
  it.each([
    ['gmail.com', undefined],
    ['weixin.qq.com', undefined],
    ['Bit.ly', /lowercase/],
    ['https://bit.ly', /scheme/],
    ['bit.ly/abc', /path/],
    ['co.id', /public suffix/],
    ['blogspot.com', /private public suffix/],
    ['github.io', /private public suffix/],
    ['x.github.io', /private public suffix/],
    ['localhost', /not a public domain/],
    ['bücher.de', /ASCII/],
  ])('domain_suffix %s', (value, expected) => {
    const problem = domainSuffixProblem(value);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });

  it.each([
    ['8.8.8.8/32', undefined],
    ['104.16.0.0/13', undefined],
    ['2606:4700::/32', undefined],
    ['2001:4860:4860::8888/128', undefined],
    ['1.1.1.1/24', /host bits/],
    ['2606:4700::1/32', /host bits/],
    ['8.8.8.8/33', /longer than 32/],
    ['8.8.8.8', /address\/prefix/],
    ['0.0.0.0/0', /implausibly wide/],
    ['2001:4860:4860:0:0:0:0:8888/128', /canonicalises/],
    ['300.1.1.1/32', /not an IPv4/],
  ])('cidr %s', (value, expected) => {
    const problem = cidrProblem(value);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });

  it('an exact entry that does not canonicalise, or canonicalises to another kind, is reported', () => {
    expect(canonicalEntry('phone', { value: '1441', country: 'TH', comment: '' })).toEqual({
      error: expect.stringMatching(/short codes/),
    });
    expect(
      canonicalEntry('crypto', { value: '0x28c6c06298d514Db089934071355E5743bf21d60', comment: '' }),
    ).toEqual({ error: expect.stringMatching(/EIP-55/) });
    expect(canonicalEntry('phone', { value: '1500888', country: 'ID', comment: '' })).toEqual({
      value: '+621500888',
    });
  });
});
