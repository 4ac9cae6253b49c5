// `npx tsx bench/canonicalize.bench.ts`: canonicalisation throughput per kind, one core, no thresholds.
// Each kind gets a deterministic set of realistic raw spellings; after a warm-up, each timed run loops over
// the set for at least RUN_MS, and the median of RUNS runs is reported. Writes bench/out/canonicalize.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58, bech32, bech32m, createBase58check, hex } from '@scure/base';
import {
  type CanonicalContext,
  canonicalize,
  INDICATOR_KINDS,
  type IndicatorKind,
  type RawIndicator,
} from '../src/domain/indicators/index.js';

const SEED = 20_240_501;
const VALUES_PER_KIND = 3000;
const WARMUP_MS = 200;
const RUN_MS = 400;
const RUNS = 3;

interface Sample {
  raw: RawIndicator;
  ctx: CanonicalContext;
}

// ---------- deterministic generators ----------

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = prng(SEED);
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
const word = (min: number, max: number) =>
  Array.from({ length: min + int(max - min + 1) }, () => 'abcdefghijklmnopqrstuvwxyz'[int(26)]).join('');
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
const mixCase = (text: string) => [...text].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join('');
const grouped = (text: string, separator: string) => text.replace(/(\d{3,4})(?=\d{3})/g, `$1${separator}`);

/** [country, calling code, trunk prefix, leading digits, remaining digits] of mobile ranges. */
const MOBILE: [string, string, string, string, number][] = [
  ['ID', '62', '0', '812', 8],
  ['ID', '62', '0', '856', 8],
  ['MY', '60', '0', '12', 7],
  ['TH', '66', '0', '81', 7],
  ['PH', '63', '0', '917', 7],
  ['VN', '84', '0', '90', 7],
  ['SG', '65', '', '91', 6],
  ['KH', '855', '0', '12', 6],
  ['LA', '856', '0', '202', 7],
  ['MM', '95', '0', '979', 7],
  ['BN', '673', '', '71', 5],
  ['TL', '670', '', '77', 6],
];

function mobile(country?: string): { country: string; spelled: string } {
  const plans = country ? MOBILE.filter((plan) => plan[0] === country) : MOBILE;
  const [planCountry, code, trunk, lead, rest] = pick(plans);
  const nsn = lead + digits(rest);
  const spellings = [
    `+${code}${nsn}`,
    `+${code} ${grouped(nsn, ' ')}`,
    `+${code}-${grouped(nsn, '-')}`,
    `${trunk}${grouped(nsn, ' ')}`,
    `${trunk}${grouped(nsn, '-')}`,
    `00${code}${nsn}`,
  ];
  return { country: planCountry, spelled: pick(spellings) };
}

const BANKS: [string, string, number][] = [
  ['ID', 'BCA', 10],
  ['ID', 'Bank Mandiri', 13],
  ['ID', 'BRI', 15],
  ['MY', 'Maybank', 12],
  ['MY', 'CIMB', 10],
  ['TH', 'Kasikornbank', 10],
  ['TH', 'SCB', 10],
  ['PH', 'BDO', 12],
  ['VN', 'Vietcombank', 13],
  ['SG', 'DBS', 10],
  ['KH', 'ABA Bank', 9],
  ['TH', 'Bank Kampung Maju', 11],
];
const WALLETS: [string, string][] = [
  ['PH', 'GCash'],
  ['PH', 'Maya'],
  ['ID', 'DANA'],
  ['ID', 'OVO'],
  ['ID', 'GoPay'],
  ['MY', "Touch 'n Go"],
  ['TH', 'TrueMoney'],
  ['VN', 'MoMo'],
  ['MM', 'KBZPay'],
];
const SUFFIXES = [
  'com',
  'net',
  'co.id',
  'com.my',
  'co.th',
  'com.ph',
  'com.vn',
  'com.sg',
  'xyz',
  'top',
  'shop',
];
const domain = () => `${word(4, 12)}${random() < 0.3 ? `-${word(2, 6)}` : ''}.${pick(SUFFIXES)}`;
const host = () => (random() < 0.4 ? `${pick(['www', 'm', 'secure', 'login'])}.${domain()}` : domain());

const b58check = createBase58check(sha256);
function eip55(lower: string): string {
  const hash = keccak_256(new TextEncoder().encode(lower));
  return `0x${[...lower].map((c, i) => (/[a-f]/.test(c) && ((hash[i >> 1]! >> (i % 2 ? 0 : 4)) & 15) >= 8 ? c.toUpperCase() : c)).join('')}`;
}

const GENERATORS: Record<IndicatorKind, () => Sample> = {
  phone: () => {
    const m = mobile();
    return { raw: { kind: 'phone', value: m.spelled }, ctx: { country: m.country } };
  },
  bank_account: () => {
    const [country, bank, length] = pick(BANKS);
    const account = digits(length);
    const value = pick([account, grouped(account, '-'), grouped(account, ' ')]);
    return {
      raw: { kind: 'bank_account', value, bank: random() < 0.3 ? bank.toUpperCase() : bank },
      ctx: { country },
    };
  },
  ewallet: () => {
    const [country, provider] = pick(WALLETS);
    return { raw: { kind: 'ewallet', value: mobile(country).spelled, provider }, ctx: { country } };
  },
  crypto: () => {
    const which = int(6);
    if (which === 0) return crypto(b58check.encode(Uint8Array.of(pick([0x00, 0x05]), ...randomBytes(20))));
    if (which === 1) return crypto(bech32.encode('bc', [0, ...bech32.toWords(randomBytes(20))]));
    if (which === 2) return crypto(bech32m.encode('bc', [1, ...bech32m.toWords(randomBytes(32))]), 'BTC');
    if (which === 3) {
      const lower = hex.encode(randomBytes(20));
      if (random() < 0.2) return crypto(`ethereum:${eip55(lower)}@56`, pick(['BEP20', undefined]));
      return crypto(pick([eip55(lower), `0x${lower}`]), pick(['ERC20', 'BEP20', 'Polygon', undefined]));
    }
    if (which === 4)
      return crypto(
        b58check.encode(Uint8Array.of(0x41, ...randomBytes(20))),
        pick(['USDT-TRC20', 'TRX', undefined]),
      );
    return crypto(base58.encode(Uint8Array.of(1 + int(255), ...randomBytes(31))), 'SOL');
  },
  url: () => {
    const path = Array.from({ length: int(4) }, () => word(2, 10)).join('/');
    const query = random() < 0.5 ? `?ref=${word(3, 8)}&id=${digits(6)}` : '';
    const value = `${pick(['https', 'http', 'HTTPS'])}://${mixCase(host())}${random() < 0.1 ? ':443' : ''}/${path}${query}${random() < 0.2 ? '#top' : ''}`;
    return { raw: { kind: 'url', value }, ctx: {} };
  },
  domain: () => ({ raw: { kind: 'domain', value: random() < 0.3 ? mixCase(host()) : host() }, ctx: {} }),
  email: () => {
    const local = `${word(3, 10)}${random() < 0.4 ? pick(['.', '_', '+']) + word(2, 6) : ''}${random() < 0.3 ? digits(2) : ''}`;
    const at = pick(['gmail.com', 'yahoo.com', 'outlook.com', domain()]);
    return {
      raw: { kind: 'email', value: random() < 0.3 ? mixCase(`${local}@${at}`) : `${local}@${at}` },
      ctx: {},
    };
  },
  social: () => {
    const platform = pick(['Telegram', 'Instagram', 'TikTok', 'Facebook', 'X']);
    const name = `${word(1, 1)}${word(4, 8)}${platform === 'Facebook' ? '' : pick(['', '_'])}${digits(int(3))}`;
    const value =
      platform === 'Telegram' && random() < 0.4 ? `https://t.me/${name}` : pick([`@${name}`, name]);
    return { raw: { kind: 'social', value, platform }, ctx: {} };
  },
  app: () => {
    if (random() < 0.3) {
      const id = 100_000_000 + int(1_900_000_000);
      return { raw: { kind: 'app', value: `https://apps.apple.com/th/app/${word(4, 10)}/id${id}` }, ctx: {} };
    }
    const pkg = `${pick(['com', 'id', 'vn', 'io'])}.${word(3, 10)}.${word(3, 10)}`;
    const value = pick([pkg, `https://play.google.com/store/apps/details?id=${pkg}&hl=en`]);
    return { raw: { kind: 'app', value }, ctx: {} };
  },
  ip: () => {
    if (random() < 0.7)
      return { raw: { kind: 'ip', value: Array.from({ length: 4 }, () => int(256)).join('.') }, ctx: {} };
    const groups = Array.from({ length: 8 }, () => (random() < 0.3 ? 0 : int(0x10000)).toString(16));
    return {
      raw: { kind: 'ip', value: random() < 0.5 ? groups.join(':') : groups.join(':').toUpperCase() },
      ctx: {},
    };
  },
};

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function crypto(value: string, chain?: string): Sample {
  return { raw: { kind: 'crypto', value, ...(chain ? { chain } : {}) }, ctx: {} };
}

// ---------- measurement ----------

interface Row {
  kind: string;
  valuesPerSecond: number;
  microsecondsPerValue: number;
  acceptedPercent: number;
  /** (slowest − fastest run) / median: a large spread means a busy machine, not a slow canonicaliser. */
  spreadPercent: number;
  runs: number[];
}

/** Loops over the samples for at least `ms`; returns values per second. */
function timedRun(samples: Sample[], ms: number): number {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const { raw, ctx } of samples) canonicalize(raw, ctx);
    count += samples.length;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (count / elapsed) * 1000;
}

function measure(kind: string, samples: Sample[]): Row {
  const accepted = samples.filter(({ raw, ctx }) => canonicalize(raw, ctx).ok).length;
  timedRun(samples, WARMUP_MS);
  const runs = Array.from({ length: RUNS }, () => timedRun(samples, RUN_MS));
  const median = [...runs].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  return {
    kind,
    valuesPerSecond: Math.round(median),
    microsecondsPerValue: Number((1e6 / median).toFixed(2)),
    acceptedPercent: Number(((100 * accepted) / samples.length).toFixed(1)),
    spreadPercent: Math.round((100 * (Math.max(...runs) - Math.min(...runs))) / median),
    runs: runs.map(Math.round),
  };
}

const sets = new Map<IndicatorKind, Sample[]>(
  INDICATOR_KINDS.map((kind) => [kind, Array.from({ length: VALUES_PER_KIND }, GENERATORS[kind])]),
);
const started = performance.now();
const rows: Row[] = INDICATOR_KINDS.map((kind) => measure(kind, sets.get(kind)!));
// Every kind interleaved, as an import sees them; once with the kind given, once left to detection.
const mixed = shuffle([...sets.values()].flat());
rows.push(measure('all kinds, mixed', mixed));
rows.push(
  measure(
    'all kinds, kind detected',
    mixed.map(({ raw, ctx }) => ({ raw: { ...raw, kind: undefined }, ctx })),
  ),
);

const format = (n: number) => n.toLocaleString('en-US');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
console.log(
  `\n## Canonicalisation throughput (one core; ${VALUES_PER_KIND} values per kind; median of ${RUNS})\n`,
);
console.log(machine);
console.log('\n| kind | values/s | µs/value | accepted | run spread |\n|---|---:|---:|---:|---:|');
for (const row of rows)
  console.log(
    `| ${row.kind} | ${format(row.valuesPerSecond)} | ${row.microsecondsPerValue} | ${row.acceptedPercent}% | ${row.spreadPercent}% |`,
  );
console.log(
  `\n(${((performance.now() - started) / 1000).toFixed(1)} s; "accepted" < 100% means part of the set was refused — a kind not implemented yet measures only its refusal.)`,
);

const outDir = new URL('./out/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(
  new URL('canonicalize.json', outDir),
  `${JSON.stringify({ date: new Date().toISOString(), machine, seed: SEED, valuesPerKind: VALUES_PER_KIND, runMs: RUN_MS, runs: RUNS, rows }, null, 2)}\n`,
);
