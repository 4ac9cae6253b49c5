import { domainToASCII } from 'node:url';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58, bech32, bech32m, createBase58check, hex } from '@scure/base';
import fc from 'fast-check';
import { parse as parseDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import {
  type CanonicalContext,
  type CanonicalResult,
  canonicalize,
  INDICATOR_KINDS,
  type IndicatorKind,
  MAX_INDICATOR_LENGTH,
  type RawIndicator,
} from '../../../src/domain/indicators/index.js';

/*
 * Properties of the public `canonicalize`, across every kind:
 * (a) no input, however hostile, makes it throw, and every answer is a well-formed result;
 * (b) for valid raw spellings of one thing, every spelling gives the same canonical value, and
 *     canonicalising that canonical value (with the same qualifiers) gives it back unchanged.
 */

const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'] as const;
type Country = (typeof ASEAN)[number];

// ---------- generic helpers ----------

const digitString = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const lowerAlnum = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
    minLength: min,
    maxLength: max,
  });
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
const bytes = (length: number) => fc.uint8Array({ minLength: length, maxLength: length });
/** The same text with each letter's case chosen at random. */
const anyCase = (text: string) => fc.mixedCase(fc.constant(text));
/** Digits split into groups by a separator people use: "0812-3456-7890", "0812 3456 7890". */
const grouped = (digits: string, separator: string) =>
  digits.replace(/(\d{3,4})(?=\d{3})/g, `$1${separator}`);

interface Spellings {
  /** Raw spellings of one thing: all must be accepted and give one canonical value. */
  raws: RawIndicator[];
  ctx: CanonicalContext;
}

// ---------- phone ----------

/** Mobile number plans: [country, calling code, national trunk prefix, [leading digits, remaining digits][]]. */
const PHONE_PLANS: [Country, string, string, [string, number][]][] = [
  [
    'ID',
    '62',
    '0',
    [
      ['812', 8],
      ['813', 7],
      ['856', 8],
      ['878', 8],
      ['896', 8],
      ['852', 7],
    ],
  ],
  [
    'MY',
    '60',
    '0',
    [
      ['12', 7],
      ['16', 7],
      ['19', 7],
    ],
  ],
  [
    'TH',
    '66',
    '0',
    [
      ['81', 7],
      ['86', 7],
      ['92', 7],
      ['61', 7],
    ],
  ],
  [
    'PH',
    '63',
    '0',
    [
      ['917', 7],
      ['905', 7],
      ['998', 7],
      ['927', 7],
    ],
  ],
  [
    'VN',
    '84',
    '0',
    [
      ['90', 7],
      ['98', 7],
      ['32', 7],
      ['70', 7],
    ],
  ],
  [
    'SG',
    '65',
    '',
    [
      ['81', 6],
      ['91', 6],
      ['96', 6],
    ],
  ],
  [
    'KH',
    '855',
    '0',
    [
      ['12', 6],
      ['17', 6],
      ['96', 7],
      ['97', 7],
    ],
  ],
  [
    'LA',
    '856',
    '0',
    [
      ['202', 7],
      ['205', 7],
      ['209', 7],
    ],
  ],
  [
    'MM',
    '95',
    '0',
    [
      ['925', 7],
      ['979', 7],
      ['997', 7],
    ],
  ],
  [
    'BN',
    '673',
    '',
    [
      ['71', 5],
      ['82', 5],
      ['87', 5],
    ],
  ],
  [
    'TL',
    '670',
    '',
    [
      ['77', 6],
      ['78', 6],
      ['73', 6],
    ],
  ],
];

const mobileNumber = fc.constantFrom(...PHONE_PLANS).chain(([country, code, trunk, ranges]) =>
  fc
    .constantFrom(...ranges)
    .chain(([lead, rest]) => digitString(rest).map((tail) => lead + tail))
    .map((national) => ({ country, code, trunk, national })),
);

const phoneSpellings: fc.Arbitrary<Spellings> = mobileNumber.map(({ country, code, trunk, national }) => ({
  ctx: { country },
  raws: [
    `+${code}${national}`,
    `+${code} ${grouped(national, ' ')}`,
    `+${code}-${grouped(national, '-')}`,
    `(+${code}) ${national}`,
    `${trunk}${grouped(national, ' ')}`,
  ].map((value) => ({ kind: 'phone', value })),
}));

// ---------- bank accounts ----------

/** [country, spellings of one bank's name, account number lengths]. */
const BANKS: [Country, string[], number[]][] = [
  ['ID', ['BCA', 'bca'], [10]],
  ['ID', ['Bank Mandiri', 'BANK MANDIRI', 'bank  mandiri'], [13]],
  ['ID', ['BRI', 'Bri'], [15]],
  ['ID', ['BNI'], [10]],
  ['MY', ['Maybank', 'MAYBANK'], [12]],
  ['MY', ['CIMB Bank', 'cimb bank'], [10, 14]],
  ['MY', ['Public Bank'], [10]],
  ['TH', ['Kasikornbank', 'KASIKORNBANK'], [10]],
  ['TH', ['SCB'], [10]],
  ['TH', ['Bangkok Bank', 'bangkok bank'], [10]],
  ['PH', ['BDO', 'bdo'], [10, 12]],
  ['PH', ['BPI'], [10]],
  ['VN', ['Vietcombank', 'VIETCOMBANK'], [13]],
  ['VN', ['Techcombank'], [14]],
  ['SG', ['DBS', 'dbs'], [10]],
  ['SG', ['OCBC'], [10, 12]],
  ['KH', ['ABA Bank', 'aba bank'], [9]],
  ['KH', ['ACLEDA'], [12]],
  ['MM', ['KBZ Bank'], [17]],
  ['LA', ['BCEL'], [18]],
  ['BN', ['BIBD'], [10]],
  ['ID', ['CENAIDJA', 'cenaidja'], [10]],
  ['TH', ['Bank Kampung Maju', 'bank kampung   MAJU'], [11]],
];

const bankSpellings: fc.Arbitrary<Spellings> = fc.constantFrom(...BANKS).chain(([country, names, lengths]) =>
  fc
    .constantFrom(...lengths)
    .chain(digitString)
    .map((account) => ({
      ctx: { country },
      raws: names.flatMap((bank) =>
        [account, grouped(account, '-'), grouped(account, ' ')].map(
          (value): RawIndicator => ({ kind: 'bank_account', value, bank }),
        ),
      ),
    })),
);

// ---------- e-wallets ----------

/** [country, spellings of one provider's name]: wallets whose account id is the owner's mobile number. */
const WALLETS: [Country, string[]][] = [
  ['PH', ['GCash', 'gcash', 'GCASH']],
  ['PH', ['Maya', 'maya']],
  ['ID', ['DANA', 'Dana']],
  ['ID', ['OVO', 'ovo']],
  ['ID', ['GoPay', 'gopay']],
  ['ID', ['ShopeePay']],
  ['MY', ["Touch 'n Go eWallet", "touch 'n go ewallet"]],
  ['MY', ['Boost']],
  ['TH', ['TrueMoney', 'truemoney']],
  ['VN', ['MoMo', 'momo', 'MOMO']],
  ['VN', ['ZaloPay']],
  ['KH', ['Wing']],
  ['MM', ['KBZPay', 'kbzpay']],
  ['MM', ['WavePay']],
];

const ewalletSpellings: fc.Arbitrary<Spellings> = fc
  .constantFrom(...WALLETS)
  .chain(([country, providers]) => {
    const plan = PHONE_PLANS.find((p) => p[0] === country)!;
    const [, code, trunk, ranges] = plan;
    return fc
      .constantFrom(...ranges)
      .chain(([lead, rest]) => digitString(rest).map((tail) => lead + tail))
      .map((national) => ({
        ctx: { country },
        raws: providers.flatMap((provider) =>
          [
            `${trunk}${national}`,
            `${trunk}${grouped(national, '-')}`,
            `+${code}${national}`,
            `+${code} ${grouped(national, ' ')}`,
          ].map((value): RawIndicator => ({ kind: 'ewallet', value, provider })),
        ),
      }));
  });

// ---------- crypto ----------

const b58check = createBase58check(sha256);

function eip55(lowerHex: string): string {
  const hash = keccak_256(new TextEncoder().encode(lowerHex));
  const chars = [...lowerHex].map((char, i) =>
    /[a-f]/.test(char) && ((hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0x0f) >= 8 ? char.toUpperCase() : char,
  );
  return `0x${chars.join('')}`;
}

const crypto = (values: string[], chain?: string): RawIndicator[] =>
  values.map((value) => ({ kind: 'crypto', value, ...(chain === undefined ? {} : { chain }) }));

const cryptoSpellings: fc.Arbitrary<Spellings> = fc
  .oneof(
    bytes(20).map((h) => {
      const address = b58check.encode(Uint8Array.of(0x00, ...h));
      return crypto([address, `bitcoin:${address}?amount=0.01`, `btc:${address}`]);
    }),
    bytes(32).map((p) => {
      const address = bech32m.encode('bc', [1, ...bech32m.toWords(p)]);
      return crypto([address, address.toUpperCase(), `bitcoin:${address.toUpperCase()}`], 'BTC');
    }),
    bytes(20).map((p) => crypto([bech32.encode('ltc', [0, ...bech32.toWords(p)])], 'Litecoin')),
    bytes(20).map((h) => {
      const lower = hex.encode(h);
      return crypto(
        [eip55(lower), `0x${lower}`, `0x${lower.toUpperCase()}`, `ethereum:${eip55(lower)}@56`],
        'BEP20',
      );
    }),
    bytes(20).map((h) => {
      const address = b58check.encode(Uint8Array.of(0x41, ...h));
      return crypto([address, `tron:${address}`, ` ${address} `], 'USDT (TRC20)');
    }),
    bytes(32).map((key) => crypto([base58.encode(key), `solana:${base58.encode(key)}`], 'SOL')),
  )
  .map((raws) => ({ raws, ctx: {} }));

// ---------- web: domains, URLs, emails ----------

const SUFFIXES = [
  'com',
  'net',
  'org',
  'co.id',
  'com.my',
  'co.th',
  'in.th',
  'com.ph',
  'com.vn',
  'vn',
  'com.sg',
  'com.kh',
  'la',
  'com.mm',
  'com.bn',
  'tl',
  'xyz',
  'top',
  'shop',
  'asia',
];
const UNICODE_LABELS = ['ร้านค้า', 'cửahàng', 'ธนาคาร', 'ngânhàng', 'kedai'];

const hostLabel = fc
  .tuple(letter, lowerAlnum(1, 12), fc.boolean())
  .map(([first, rest, dash]) =>
    dash && rest.length > 2 ? `${first}${rest.slice(0, 2)}-${rest.slice(2)}` : first + rest,
  );
/** A registrable domain, with the subdomain labels that may sit in front of it. */
const registrable = fc
  .record({
    label: fc.oneof(
      { weight: 5, arbitrary: hostLabel },
      { weight: 1, arbitrary: fc.constantFrom(...UNICODE_LABELS) },
    ),
    suffix: fc.constantFrom(...SUFFIXES),
    subdomains: fc.array(hostLabel, { maxLength: 2 }),
  })
  // A label that makes a private public suffix (`jpn.com`, `us.com`) is a hosting zone, not a registrable domain.
  .filter(
    ({ label, suffix }) => !parseDomain(`x.${label}.${suffix}`, { allowPrivateDomains: true }).isPrivate,
  );

const domainSpellings: fc.Arbitrary<Spellings> = registrable.chain(({ label, suffix, subdomains }) => {
  const domain = `${label}.${suffix}`;
  const host = [...subdomains, domain].join('.');
  return fc.tuple(anyCase(host), anyCase(`www.${domain}`)).map(([mixed, www]) => ({
    ctx: {},
    raws: [
      domain,
      `${domain}.`,
      mixed,
      www,
      domainToASCII(host),
      `${domainToASCII(domain).toUpperCase()}`,
    ].map((value): RawIndicator => ({ kind: 'domain', value })),
  }));
});

const pathSegment = fc
  .string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~'),
    minLength: 1,
    maxLength: 12,
  })
  .filter((s) => s !== '.' && s !== '..');
const urlSpellings: fc.Arbitrary<Spellings> = fc
  .record({
    https: fc.boolean(),
    host: registrable.map(({ label, suffix, subdomains }) => [...subdomains, `${label}.${suffix}`].join('.')),
    path: fc.array(pathSegment, { maxLength: 3 }),
    query: fc.array(fc.tuple(lowerAlnum(1, 6), lowerAlnum(0, 8)), { maxLength: 3 }),
    fragment: lowerAlnum(1, 8),
  })
  .chain(({ https, host, path, query, fragment }) => {
    const scheme = https ? 'https' : 'http';
    const tail = `/${path.join('/')}${query.length > 0 ? `?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}`;
    const ascii = domainToASCII(host);
    return fc.tuple(anyCase(scheme), anyCase(ascii)).map(([schemeCase, hostCase]) => ({
      ctx: {},
      raws: [
        `${scheme}://${ascii}${tail}`,
        `${schemeCase}://${hostCase}${tail}`,
        `${scheme}://${host}:${https ? 443 : 80}${tail}`,
        `${scheme}://${ascii}${tail}#${fragment}`,
      ].map((value): RawIndicator => ({ kind: 'url', value })),
    }));
  });

const localPart = fc
  .tuple(lowerAlnum(1, 10), fc.option(fc.tuple(fc.constantFrom('.', '_', '-', '+'), lowerAlnum(1, 8))))
  .map(([head, tail]) => (tail ? head + tail[0] + tail[1] : head));
const emailSpellings: fc.Arbitrary<Spellings> = fc
  .tuple(localPart, registrable)
  .chain(([local, { label, suffix, subdomains }]) => {
    const host = [...subdomains.slice(0, 1), `${label}.${suffix}`].join('.');
    return anyCase(`${local}@${domainToASCII(host)}`).map((mixed) => ({
      ctx: {},
      raws: [`${local}@${host}`, mixed, `${local}@${domainToASCII(host)}`].map(
        (value): RawIndicator => ({ kind: 'email', value }),
      ),
    }));
  });

// ---------- social, app, ip ----------

/** A handle every platform accepts: 5–14 of letters and digits, and an inner "_" (or "." on Facebook). */
const handle = (platform: string) =>
  fc
    .tuple(letter, lowerAlnum(4, 12), fc.boolean())
    .map(([first, rest, joined]) =>
      joined
        ? `${first}${rest.slice(0, 2)}${platform === 'Facebook' ? '.' : '_'}${rest.slice(2)}`
        : first + rest,
    );
const social = (value: string, platform: string): RawIndicator => ({ kind: 'social', value, platform });
const PLATFORMS = ['Telegram', 'Instagram', 'TikTok', 'Facebook', 'X'];
const socialSpellings: fc.Arbitrary<Spellings> = fc
  .constantFrom(...PLATFORMS)
  .chain((platform) => fc.tuple(fc.constant(platform), handle(platform)))
  .chain(([platform, name]) =>
    fc.tuple(anyCase(name), anyCase(platform)).map(([nameCase, platformCase]) => ({
      ctx: {},
      raws: [
        social(`@${name}`, platform),
        social(name, platform),
        social(`@${nameCase}`, platformCase),
        ...(platform === 'Telegram'
          ? [social(`https://t.me/${name}`, platform), social(`t.me/${nameCase}`, platform)]
          : []),
      ],
    })),
  );

const packageId = fc
  .tuple(
    fc.constantFrom('com', 'net', 'id', 'th', 'vn', 'io'),
    fc.array(fc.tuple(letter, lowerAlnum(1, 10)), { minLength: 1, maxLength: 3 }),
  )
  .map(([top, parts]) => [top, ...parts.map(([a, b]) => a + b)].join('.'));
const appSpellings: fc.Arbitrary<Spellings> = fc
  .oneof(
    packageId.map((id): RawIndicator[] => [
      { kind: 'app', value: id },
      { kind: 'app', value: `android:${id}` },
      { kind: 'app', value: `https://play.google.com/store/apps/details?id=${id}&hl=th` },
      { kind: 'app', value: `market://details?id=${id}` },
    ]),
    fc
      .tuple(
        fc.integer({ min: 100_000_000, max: 9_999_999_999 }),
        lowerAlnum(3, 12),
        fc.constantFrom(...ASEAN),
      )
      .map(([id, name, country]): RawIndicator[] => [
        { kind: 'app', value: `https://apps.apple.com/${country.toLowerCase()}/app/${name}/id${id}` },
        { kind: 'app', value: `https://apps.apple.com/app/id${id}` },
        { kind: 'app', value: `ios:${id}` },
      ]),
  )
  .map((raws) => ({ raws, ctx: {} }));

const hextet = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
const ipSpellings: fc.Arbitrary<Spellings> = fc
  .oneof(
    fc
      .array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 })
      .map((octets) => [octets.join('.')]),
    fc.array(hextet, { minLength: 8, maxLength: 8 }).map((groups) => {
      const full = groups.map((g) => g.toString(16).padStart(4, '0')).join(':');
      const short = groups.map((g) => g.toString(16)).join(':');
      return [full, full.toUpperCase(), short];
    }),
    fc.ipV6().map((ip) => [ip, ip.toUpperCase()]),
  )
  .map((values) => ({ raws: values.map((value): RawIndicator => ({ kind: 'ip', value })), ctx: {} }));

const SPELLINGS: Record<IndicatorKind, fc.Arbitrary<Spellings>> = {
  phone: phoneSpellings,
  bank_account: bankSpellings,
  ewallet: ewalletSpellings,
  crypto: cryptoSpellings,
  url: urlSpellings,
  domain: domainSpellings,
  email: emailSpellings,
  social: socialSpellings,
  app: appSpellings,
  ip: ipSpellings,
};

// ---------- (a) hostile input ----------

/** Fragments that steer parsers into their deeper paths, glued with arbitrary text. */
const FRAGMENTS = [
  '+62',
  '+',
  '00',
  '0',
  '(',
  ')',
  '-',
  ' ',
  '.',
  '..',
  '@',
  '@@',
  ':',
  '://',
  '//',
  '/',
  '?',
  '#',
  '%',
  '%zz',
  '%00',
  'http',
  'hxxps',
  '[.]',
  '[at]',
  '(dot)',
  'xn--',
  'xn--zz',
  'www.',
  '.co.id',
  '.com',
  'localhost',
  '0x',
  'bc1',
  'T',
  'ethereum:',
  'bitcoin:',
  'tel:',
  'mailto:',
  'wa.me/',
  't.me/',
  'id',
  'android:',
  'ios:',
  '::',
  '::ffff:',
  '1.2.3.4',
  '255.255.255.256',
  'ext.',
  '\u0000',
  '\u200B',
  '\uFEFF',
  '\u202E',
  '\uD800',
  '\uDC00',
  '๐๑๒',
  '١٢٣',
  'ﬁ',
  'İ',
  'ß',
  '\n',
  '\r\n',
  '\t',
  '"',
  "'",
  '<',
  '>',
  '\\',
  'a'.repeat(70),
];
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'binary-ascii', maxLength: 120 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    maxLength: 80,
  }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 24 })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', minLength: 200, maxLength: 2100 }),
  fc.constantFrom(
    '9'.repeat(MAX_INDICATOR_LENGTH),
    `${'a.'.repeat(1000)}com`,
    `+${'6'.repeat(2047)}`,
    'x'.repeat(MAX_INDICATOR_LENGTH + 1),
  ),
);
const QUALIFIERS = [
  'BCA',
  'Maybank',
  'GCash',
  'DANA',
  'Telegram',
  'facebook',
  'TRC20',
  'BEP20',
  'BTC',
  '__proto__',
  'constructor',
  '',
];
const qualifier = fc.option(fc.oneof(fc.constantFrom(...QUALIFIERS), hostileText), { nil: undefined });
const hostileRaw = fc.record({
  kind: fc.option(fc.constantFrom(...INDICATOR_KINDS), { nil: undefined }),
  value: hostileText,
  bank: qualifier,
  provider: qualifier,
  platform: qualifier,
  chain: qualifier,
});
const hostileCtx = fc.record({
  country: fc.option(fc.oneof(fc.constantFrom(...ASEAN, 'XX', 'us', '', 'IDN', '__proto__'), hostileText), {
    nil: undefined,
  }),
});

function expectWellFormed(result: CanonicalResult, kind: IndicatorKind | undefined): void {
  if (result.ok) {
    expect(INDICATOR_KINDS).toContain(result.indicator.kind);
    if (kind) expect(result.indicator.kind).toBe(kind);
    expect(typeof result.indicator.value).toBe('string');
    expect(result.indicator.value.length).toBeGreaterThan(0);
    for (const detail of Object.values(result.indicator.details ?? {})) expect(typeof detail).toBe('string');
  } else {
    expect(typeof result.error).toBe('string');
    expect(result.error.length).toBeGreaterThan(0);
    // The dispatcher turns a canonicaliser's exception into this message: it must never be needed.
    expect(result.error).not.toMatch(/^\w+ could not be parsed \(/);
  }
}

describe('canonicalize: hostile input', () => {
  it('never throws and always answers with a well-formed result', () => {
    fc.assert(
      fc.property(hostileRaw, hostileCtx, (raw, ctx) => {
        expectWellFormed(canonicalize(raw, ctx), raw.kind);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(INDICATOR_KINDS)('never throws for kind %s on hostile values', (kind) => {
    fc.assert(
      fc.property(hostileText, qualifier, hostileCtx, (value, q, ctx) => {
        const raw = { kind, value, bank: q, provider: q, platform: q, chain: q };
        expectWellFormed(canonicalize(raw, ctx), kind);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when a valid value of one kind is given as another kind', () => {
    const anyValid = fc
      .oneof(...Object.values(SPELLINGS))
      .chain(({ raws, ctx }) => fc.tuple(fc.constantFrom(...raws), fc.constant(ctx)));
    fc.assert(
      fc.property(
        anyValid,
        fc.option(fc.constantFrom(...INDICATOR_KINDS), { nil: undefined }),
        ([raw, ctx], kind) => {
          expectWellFormed(canonicalize({ ...raw, kind }, ctx), kind);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// ---------- (b) spellings agree, canonical values are fixed points ----------

function accepted(raw: RawIndicator, ctx: CanonicalContext): string {
  const result = canonicalize(raw, ctx);
  if (!result.ok)
    throw new Error(`${JSON.stringify(raw)} with ${JSON.stringify(ctx)} refused: ${result.error}`);
  expect(result.indicator.kind).toBe(raw.kind);
  return result.indicator.value;
}

describe('canonicalize: valid spellings', () => {
  it.each(INDICATOR_KINDS)(
    '%s: spellings of one thing agree, and the canonical value is a fixed point',
    (kind) => {
      fc.assert(
        fc.property(SPELLINGS[kind], ({ raws, ctx }) => {
          const values = raws.map((raw) => accepted(raw, ctx));
          expect(new Set(values).size, `${JSON.stringify(raws)} → ${JSON.stringify(values)}`).toBe(1);
          const canonical = values[0]!;
          for (const raw of raws) expect(accepted({ ...raw, value: canonical }, ctx)).toBe(canonical);
        }),
        { numRuns: Number(process.env.JALA_PROPERTY_RUNS ?? 300) },
      );
    },
  );
});
