import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { bech32, createBase58check } from '@scure/base';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASEAN_COUNTRIES } from '../../../src/domain/countries.js';
import { canonicalize, INDICATOR_KINDS, type RawIndicator } from '../../../src/domain/indicators/index.js';
import { REPORT_SOURCES, SCAM_TYPES } from '../../../src/domain/report.js';
import { TLP_LEVELS } from '../../../src/domain/tlp.js';
import {
  DEMO_END,
  DEMO_START,
  type DemoItem,
  generateDemo,
  writeDemoFiles,
} from '../../../src/features/demo/index.js';
import { validateRecord } from '../../../src/features/reports/report.validate.js';
import { looseKey } from './demo.keys.js';

const CURRENCY: Record<string, string> = {
  ID: 'IDR',
  TH: 'THB',
  MY: 'MYR',
  PH: 'PHP',
  VN: 'VND',
  SG: 'SGD',
  KH: 'USD',
  LA: 'USD',
  MM: 'USD',
  TL: 'USD',
  BN: 'BND',
};

const share = (count: number, total: number): number => count / total;

function bySyndicate(items: readonly DemoItem[]): Map<string, DemoItem[]> {
  const groups = new Map<string, DemoItem[]>();
  for (const item of items) {
    if (item.syndicate === null) continue;
    const list = groups.get(item.syndicate) ?? [];
    list.push(item);
    groups.set(item.syndicate, list);
  }
  return groups;
}

function indicatorsOf(items: readonly DemoItem[]): { raw: RawIndicator; country: string }[] {
  return items.flatMap((i) => (i.record.indicators ?? []).map((raw) => ({ raw, country: i.record.country })));
}

let items: DemoItem[];
beforeAll(() => {
  items = [...generateDemo({ reports: 20_000, seed: 42 })];
});

describe('generateDemo', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = [...generateDemo({ reports: 1500, seed: 7 })];
    const b = [...generateDemo({ reports: 1500, seed: 7 })];
    const c = [...generateDemo({ reports: 1500, seed: 8 })];
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('streams exactly the number of reports asked for, lazily', () => {
    const iterator = generateDemo({ reports: 1_000_000, seed: 1 });
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect([...generateDemo({ reports: 0, seed: 1 })]).toEqual([]);
    expect([...generateDemo({ reports: 37, seed: 1 })]).toHaveLength(37);
  });

  it('refuses invalid options with every problem listed', () => {
    expect(() => generateDemo({ reports: -1, seed: 1, crossBorderShare: 2 }).next()).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        problems: [
          expect.objectContaining({ field: 'reports' }),
          expect.objectContaining({ field: 'crossBorderShare' }),
        ],
      }),
    );
  });

  it('produces records of the import shape that the importer accepts', () => {
    // Problems are collected and asserted once: 20,000 records × 30 `expect` calls would dominate the run.
    const problems: string[] = [];
    const check = (ok: boolean, id: string, what: string): void => {
      if (!ok && problems.length < 20) problems.push(`${id}: ${what}`);
    };
    const ids = new Set<string>();
    for (const { record } of items) {
      const id = record.id;
      check(/^[A-Z]{2}-(2025|2026)-\d{7}$/.test(id) && !ids.has(id), id, 'id is unique and well-formed');
      ids.add(id);
      const time = Date.parse(record.reported_at);
      check(time >= DEMO_START && time < DEMO_END, id, `reported_at ${record.reported_at} in range`);
      check(id.slice(3, 7) === String(new Date(time).getUTCFullYear()), id, 'id year is the report year');
      check((ASEAN_COUNTRIES as readonly string[]).includes(record.country), id, 'country is ASEAN');
      check(REPORT_SOURCES.includes(record.source), id, 'source');
      check(SCAM_TYPES.includes(record.scam_type), id, 'scam_type');
      check(TLP_LEVELS.includes(record.tlp!), id, 'tlp');
      if (record.loss)
        check(
          record.loss.currency === CURRENCY[record.country] && record.loss.amount > 0,
          id,
          'loss in local currency',
        );
      if (record.narrative !== undefined)
        check(
          record.narrative.length >= 100 && record.narrative.length <= 600,
          id,
          'narrative of 100–600 characters',
        );
      if (record.reporter)
        check(Boolean(record.reporter.name ?? record.reporter.contact), id, 'reporter not empty');
      const indicators = record.indicators ?? [];
      check(indicators.length >= 1 && indicators.length <= 4, id, '1–4 indicators');
      for (const raw of indicators) {
        check(raw.kind === undefined || INDICATOR_KINDS.includes(raw.kind), id, `kind ${raw.kind}`);
        check(raw.kind !== 'bank_account' || Boolean(raw.bank), id, 'bank account names its bank');
        check(raw.kind !== 'ewallet' || Boolean(raw.provider), id, 'e-wallet names its provider');
        check(!Object.values(raw).includes(undefined), id, 'no undefined fields');
      }
      const validated = validateRecord(JSON.parse(JSON.stringify(record)));
      if (!validated.ok) check(false, id, `importer validation: ${JSON.stringify(validated.problems)}`);
    }
    expect(problems).toEqual([]);
  });

  it('has the mix a real feed has', () => {
    const n = items.length;
    const count = (p: (i: DemoItem) => boolean): number => items.filter(p).length;
    expect(
      share(
        count((i) => i.syndicate === null),
        n,
      ),
    ).toBeGreaterThan(0.3);
    expect(
      share(
        count((i) => i.syndicate === null),
        n,
      ),
    ).toBeLessThan(0.42);
    expect(
      share(
        count((i) => i.record.loss !== undefined),
        n,
      ),
    ).toBeCloseTo(0.8, 1);
    expect(
      share(
        count((i) => i.record.reporter !== undefined),
        n,
      ),
    ).toBeCloseTo(0.7, 1);
    expect(
      share(
        count((i) => i.record.source === 'victim'),
        n,
      ),
    ).toBeGreaterThan(0.7);
    // Mostly shared within the community (AMBER), about a quarter published as public warnings (CLEAR).
    expect(
      share(
        count((i) => i.record.tlp === 'amber'),
        n,
      ),
    ).toBeCloseTo(0.5, 1);
    expect(
      share(
        count((i) => i.record.tlp === 'clear'),
        n,
      ),
    ).toBeCloseTo(0.24, 1);
    const all = indicatorsOf(items);
    expect(share(all.filter((i) => i.raw.kind === undefined).length, all.length)).toBeGreaterThan(0.02);
    const countries = new Set(items.map((i) => i.record.country));
    for (const c of ['ID', 'TH', 'MY', 'PH', 'VN', 'SG']) expect(countries).toContain(c);
  });

  it('writes victims’ narratives in the language of their country', () => {
    const victims = items.filter((i) => i.record.source === 'victim' && i.record.narrative);
    const written = (country: string, pattern: RegExp): number => {
      const texts = victims.filter((i) => i.record.country === country).map((i) => i.record.narrative!);
      return share(texts.filter((t) => pattern.test(t)).length, texts.length);
    };
    expect(written('TH', /[\u0e00-\u0e7f]/)).toBe(1);
    expect(written('VN', /[ăâđêôơưạảấầẩậắằặẹẻẽếềệỉịọỏốồổộớờởợụủứừửữựỳỷỹ]/i)).toBe(1);
    expect(written('ID', /\b(saya|ke|dan|di)\b/)).toBe(1);
    expect(written('MY', /\b(saya|ke)\b/)).toBeGreaterThan(0.4);
    expect(written('MY', /\b(I|to)\b/)).toBeGreaterThan(0.2);
    expect(written('PH', /\b(ako|sa|ng)\b/)).toBeGreaterThan(0.4);
    expect(written('SG', /\b(I|to|the)\b/)).toBe(1);
  });

  it('writes only checksum-valid crypto addresses', () => {
    const base58check = createBase58check(sha256);
    const crypto = indicatorsOf(items)
      .map((i) => i.raw)
      .filter(
        (raw) => raw.kind === 'crypto' || /^(T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-f]{40}|bc1)/i.test(raw.value),
      );
    const chains = new Set<string>();
    expect(crypto.length).toBeGreaterThan(1000);
    for (const { value } of crypto) {
      if (value.startsWith('T')) {
        const payload = base58check.decode(value);
        expect(payload).toHaveLength(21);
        expect(payload[0]).toBe(0x41);
        chains.add('tron');
      } else if (value.startsWith('0x')) {
        const hex = value.slice(2);
        if (hex !== hex.toLowerCase() && hex !== hex.toUpperCase()) {
          const hash = bytesToHex(keccak_256(utf8ToBytes(hex.toLowerCase())));
          for (let i = 0; i < 40; i++)
            if (/[a-f]/i.test(hex[i]!))
              expect(hex[i], value).toBe(
                Number.parseInt(hash[i]!, 16) >= 8 ? hex[i]!.toUpperCase() : hex[i]!.toLowerCase(),
              );
        }
        chains.add('evm');
      } else {
        const decoded = bech32.decode(value.toLowerCase() as `${string}1${string}`);
        expect(decoded.prefix).toBe('bc');
        expect(decoded.words[0]).toBe(0);
        expect([20, 32]).toContain(bech32.fromWords(decoded.words.slice(1)).length);
        chains.add('btc');
      }
    }
    expect(chains).toEqual(new Set(['tron', 'evm', 'btc']));
  });

  it('runs each syndicate across at least two countries, with phone numbers from the compound countries', () => {
    const syndicates = bySyndicate(items);
    expect(syndicates.size).toBeGreaterThanOrEqual(3);
    for (const [, reports] of syndicates) {
      if (reports.length < 50) continue;
      expect(new Set(reports.map((r) => r.record.country)).size).toBeGreaterThanOrEqual(2);
    }
    const offshore = indicatorsOf(items).filter((i) =>
      /^(\+|tel:\+|(https:\/\/)?wa\.me\/)(855|95|856)/.test(i.raw.value),
    );
    expect(offshore.length).toBeGreaterThan(0);
  });

  it('links a syndicate’s reports through shared indicators, written differently', () => {
    for (const [syndicate, reports] of bySyndicate(items)) {
      if (reports.length < 50) continue;
      // Union-find over the syndicate's reports, joined by indicators they share.
      const parent = reports.map((_, i) => i);
      const find = (x: number): number => {
        while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
        return x;
      };
      const owner = new Map<string, number>();
      const spellings = new Map<string, Set<string>>();
      reports.forEach(({ record }, i) => {
        for (const raw of record.indicators ?? []) {
          const key = looseKey(raw, record.country);
          const seen = owner.get(key);
          if (seen === undefined) owner.set(key, i);
          else parent[find(i)] = find(seen);
          spellings.set(key, (spellings.get(key) ?? new Set()).add(raw.value));
        }
      });
      const sizes = new Map<number, number>();
      for (let i = 0; i < reports.length; i++) sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1);
      expect(Math.max(...sizes.values()) / reports.length, syndicate).toBeGreaterThan(0.8);
      expect(Math.max(...[...spellings.values()].map((s) => s.size)), syndicate).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps one-off reports apart from everything else when there is no shared infrastructure', () => {
    const clean = [...generateDemo({ reports: 10_000, seed: 3, sharedInfrastructure: false })];
    const uses = new Map<string, number>();
    for (const { record } of clean)
      for (const raw of record.indicators ?? []) {
        const key = looseKey(raw, record.country);
        uses.set(key, (uses.get(key) ?? 0) + 1);
      }
    for (const { record, syndicate } of clean) {
      if (syndicate !== null) continue;
      for (const raw of record.indicators ?? [])
        expect(uses.get(looseKey(raw, record.country)), raw.value).toBe(1);
    }
  });

  it('mixes in shared infrastructure that spans unrelated syndicates', () => {
    const owners = new Map<string, Set<string>>();
    for (const { record, syndicate } of items)
      for (const raw of record.indicators ?? []) {
        const key = looseKey(raw, record.country);
        owners.set(key, (owners.get(key) ?? new Set()).add(syndicate ?? `one-off ${record.id}`));
      }
    const hubs = [...owners.entries()].filter(([, o]) => o.size >= 5);
    expect(hubs.length).toBeGreaterThan(3);
    expect(hubs.map(([key]) => key)).toContain('url:www.google.com/');
  });

  it('generates 100,000 reports with memory to spare', () => {
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let peak = 0;
    for (const item of generateDemo({ reports: 100_000, seed: 9 })) {
      count += item.record.id.length > 0 ? 1 : 0;
      if (count % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(count).toBe(100_000);
    // Records are not accumulated: the heap does not grow with the number of reports.
    expect(peak).toBeLessThan(200 * 1024 * 1024);
  }, 120_000);
});

describe('canonicalisation of the demo', () => {
  it('canonicalises at least 97% of structured indicators (the rest are deliberate typos)', () => {
    const all = indicatorsOf(items);
    const failures = all.filter(({ raw, country }) => !canonicalize(raw, { country }).ok);
    expect(1 - failures.length / all.length).toBeGreaterThanOrEqual(0.97);
    // Failures are hand-typed numbers, never pasted values.
    for (const { raw } of failures)
      expect(['phone', 'bank_account', 'ewallet'], raw.value).toContain(raw.kind);
  });

  it('canonicalises the different spellings of one syndicate number or account to one value', () => {
    const [, reports] = [...bySyndicate(items)].sort((a, b) => b[1].length - a[1].length)[0]!;
    for (const kind of ['phone', 'bank_account'] as const) {
      // Spellings of one number share their last 8 digits, whatever the format around them.
      const groups = new Map<string, { raw: RawIndicator; country: string }[]>();
      for (const entry of indicatorsOf(reports).filter((i) => i.raw.kind === kind)) {
        const tail = entry.raw.value.replace(/\D/g, '').slice(-8);
        groups.set(tail, [...(groups.get(tail) ?? []), entry]);
      }
      const biggest = [...groups.values()].sort((a, b) => b.length - a.length).slice(0, 5);
      for (const group of biggest) {
        const spellings = new Set(group.map((g) => `${g.raw.value}|${g.raw.bank ?? ''}`));
        expect(spellings.size).toBeGreaterThanOrEqual(3);
        const values = new Set(
          group.map(({ raw, country }) => {
            const result = canonicalize(raw, { country });
            return result.ok ? result.indicator.value : `failed: ${result.error}`;
          }),
        );
        expect([...values], [...spellings].join(' ; ')).toHaveLength(1);
      }
    }
  });
});

describe('writeDemoFiles', () => {
  it('writes the reports and a ground truth line for every report, in the same order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jala-demo-'));
    try {
      const progress: number[] = [];
      const result = await writeDemoFiles({
        reports: 2500,
        seed: 5,
        out: join(dir, 'nested', 'demo'),
        onProgress: (n) => progress.push(n),
      });
      expect(result.reportsPath).toBe(join(dir, 'nested', 'demo.jsonl'));
      expect(result.truthPath).toBe(join(dir, 'nested', 'demo.truth.jsonl'));
      const records = (await readFile(result.reportsPath, 'utf8'))
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      const truth = (await readFile(result.truthPath, 'utf8'))
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      const expected = [...generateDemo({ reports: 2500, seed: 5 })];
      expect(records).toEqual(expected.map((i) => i.record));
      expect(truth).toEqual(expected.map((i) => ({ report: i.record.id, syndicate: i.syndicate })));
      expect(result.reports).toBe(2500);
      expect(result.syndicated).toBe(truth.filter((t) => t.syndicate !== null).length);
      expect(result.syndicates).toBe(new Set(truth.map((t) => t.syndicate).filter(Boolean)).size);
      expect(progress.at(-1)).toBe(2500);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
