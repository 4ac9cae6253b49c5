import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalPhone } from '../../../src/domain/indicators/phone.js';
import type { CanonicalIndicator, CanonicalResult } from '../../../src/domain/indicators/types.js';

const phone = (value: string, country?: string): CanonicalResult =>
  canonicalPhone({ kind: 'phone', value }, { country });
const accepted = (value: string, country?: string): CanonicalIndicator => {
  const result = phone(value, country);
  if (!result.ok) throw new Error(`${value} (${country ?? 'no country'}) refused: ${result.error}`);
  return result.indicator;
};
const e164 = (value: string, country?: string): string => accepted(value, country).value;
const refusal = (value: string, country?: string): string => {
  const result = phone(value, country);
  if (result.ok) throw new Error(`${value} accepted as ${result.indicator.value}`);
  return result.error;
};

/** Real-world spellings per ASEAN country: [country, spellings, E.164, type]. Each checked valid by libphonenumber. */
const SPELLINGS: [string, string[], string, string][] = [
  [
    'ID',
    ['0812-3456-7890', '+62 812 3456 7890', '0812 3456 7890', '+62-812-3456-7890', '62 812 3456 7890'],
    '+6281234567890',
    'mobile',
  ],
  [
    'ID',
    ['(021) 555-1234', '021-5551234', '+62 21 555 1234', '+62 (0)21 555 1234'],
    '+62215551234',
    'fixed_line',
  ],
  [
    'TH',
    ['081-234-5678', '+66 81 234 5678', '08 1234 5678', '0812345678', '+66812345678'],
    '+66812345678',
    'mobile',
  ],
  ['TH', ['02 123 4567', '02-123-4567', '+66 2 123 4567'], '+6621234567', 'fixed_line'],
  ['MY', ['012-345 6789', '+6012-3456789', '012 345 6789', '+60 12 345 6789'], '+60123456789', 'mobile'],
  ['MY', ['011-2345 6789', '+60 11 2345 6789'], '+601123456789', 'mobile'],
  ['MY', ['03-2123 4567', '+60 3 2123 4567'], '+60321234567', 'fixed_line'],
  [
    'PH',
    ['0917 123 4567', '+63 917 123 4567', '0917-123-4567', '(0917) 123 4567'],
    '+639171234567',
    'mobile',
  ],
  ['PH', ['(02) 8123 4567', '+63 2 8123 4567'], '+63281234567', 'fixed_line'],
  [
    'VN',
    ['0912 345 678', '+84 91 234 5678', '091.234.5678', '+84 0912 345 678', '0912345678'],
    '+84912345678',
    'mobile',
  ],
  ['VN', ['028 3823 4567', '+84 28 3823 4567'], '+842838234567', 'fixed_line'],
  ['SG', ['8123 4567', '+65 8123 4567', '81234567', '+65-8123-4567'], '+6581234567', 'mobile'],
  ['SG', ['6123 4567', '+65 6123 4567'], '+6561234567', 'fixed_line'],
  ['KH', ['012 345 678', '+855 12 345 678', '012-345-678'], '+85512345678', 'mobile'],
  ['KH', ['097 123 4567', '+855 97 123 4567'], '+855971234567', 'mobile'],
  ['LA', ['020 5512 3456', '+856 20 5512 3456', '020-55-123-456'], '+8562055123456', 'mobile'],
  ['LA', ['021 212 345', '+856 21 212 345'], '+85621212345', 'fixed_line'],
  ['MM', ['09 4500 12345', '+95 9 4500 12345', '09-450-012-345'], '+959450012345', 'mobile'],
  ['MM', ['09 7812 34567', '+95 9 7812 34567'], '+959781234567', 'mobile'],
  ['BN', ['712 3456', '+673 712 3456', '7123456'], '+6737123456', 'mobile'],
  ['BN', ['222 1234', '+673 222 1234'], '+6732221234', 'fixed_line'],
  ['TL', ['7721 2345', '+670 7721 2345', '77212345'], '+67077212345', 'mobile'],
  ['TL', ['331 2345', '+670 331 2345'], '+6703312345', 'fixed_line'],
];

describe('canonicalPhone: national and international spellings of every ASEAN country', () => {
  for (const [country, spellings, expected, type] of SPELLINGS) {
    it.each(spellings)(`${country} %s → ${expected}`, (spelling) => {
      const indicator = accepted(spelling, country);
      expect(indicator).toEqual({ kind: 'phone', value: expected, details: { country, type } });
    });
  }

  it('reads international spellings the same whatever the report country', () => {
    for (const [, spellings, expected] of SPELLINGS)
      for (const spelling of spellings.filter((s) => s.startsWith('+'))) {
        expect(e164(spelling)).toBe(expected);
        expect(e164(spelling, 'PH')).toBe(expected);
      }
  });

  it('gives one number for every spelling, and the canonical value back unchanged', () => {
    for (const [country, spellings, expected] of SPELLINGS) {
      expect(new Set(spellings.map((s) => e164(s, country)))).toEqual(new Set([expected]));
      expect(e164(expected)).toBe(expected);
      expect(e164(expected, country)).toBe(expected);
      expect(e164(expected, 'VN')).toBe(expected);
    }
  });
});

describe('canonicalPhone: international (IDD) prefixes', () => {
  it.each([
    ['ID', '001 62 812 3456 7890'],
    ['ID', '007-62-812-3456-7890'],
    ['ID', '008 62 812 3456 7890'],
    ['ID', '009 62 812 3456 7890'],
    ['ID', '01017 62 812 3456 7890'],
    ['ID', '0062 812 3456 7890'],
    ['TH', '001 62 812 3456 7890'],
    ['TH', '009 62 812 3456 7890'],
    ['SG', '001 62 812 3456 7890'],
    ['SG', '019 62 812 3456 7890'],
    ['KH', '001 62 812 3456 7890'],
    ['KH', '007 62 812 3456 7890'],
    ['VN', '00 62 812 3456 7890'],
    ['MY', '00 62 812 3456 7890'],
    [undefined, '0062 812 3456 7890'],
  ])('%s: %s', (country, spelling) => {
    expect(e164(spelling, country)).toBe('+6281234567890');
  });

  it('reads another country’s 3-digit carrier prefix when nothing else is valid (an Indonesian victim in Malaysia)', () => {
    expect(e164('001 66 81 234 5678', 'MY')).toBe('+66812345678');
    expect(e164('007 62 812 3456 7890', 'PH')).toBe('+6281234567890');
  });

  it('refuses a number that two prefixes read as two valid numbers', () => {
    // Thai carrier prefix 007 + German number, or "00" + Moscow number: no guess.
    expect(refusal('00 7 495 123 4567', 'TH')).toMatch(/ambiguous international prefix.*\+74951234567/);
    expect(e164('+7 495 123 4567')).toBe('+74951234567');
  });

  it('keeps Malaysian 01X mobile numbers national (01X is no IDD prefix there)', () => {
    expect(e164('019-123 4567', 'MY')).toBe('+60191234567');
    expect(e164('018-123 4567', 'MY')).toBe('+60181234567');
  });
});

describe('canonicalPhone: links and URIs', () => {
  it.each([
    'tel:+62-812-3456-7890',
    'TEL:+6281234567890',
    'tel:%2B6281234567890',
    'https://wa.me/6281234567890',
    'https://wa.me/6281234567890?text=Halo%20kak',
    'http://wa.me/+6281234567890',
    'wa.me/6281234567890',
    'https://wa.me/c/6281234567890',
    'https://api.whatsapp.com/send?phone=6281234567890&text=hi',
    'https://api.whatsapp.com/send/?phone=%2B6281234567890&type=phone_number&app_absent=0',
    'https://web.whatsapp.com/send?phone=6281234567890',
    'whatsapp://send?phone=6281234567890',
    'hxxps://wa[.]me/6281234567890',
  ])('%s', (link) => {
    expect(e164(link)).toBe('+6281234567890');
  });

  it('reads a wa.me link with a national number (a broken but common link) in the report country', () => {
    expect(e164('https://wa.me/081234567890', 'ID')).toBe('+6281234567890');
  });

  it('keeps the extension of a tel: URI or a written extension as a detail', () => {
    expect(accepted('tel:+62-21-555-1234;ext=12').details?.extension).toBe('12');
    expect(accepted('+62 21 555 1234 ext. 12')).toEqual({
      kind: 'phone',
      value: '+62215551234',
      details: { country: 'ID', type: 'fixed_line', extension: '12' },
    });
  });

  it('refuses WhatsApp links that hold no number', () => {
    expect(refusal('https://wa.me/message/ABCDEFGHIJ')).toMatch(/without a phone number/);
    expect(refusal('https://chat.whatsapp.com/AbCdEfGhIjKlMnOp')).toMatch(/without a phone number/);
  });
});

describe('canonicalPhone: digits and invisible characters from chats and other scripts', () => {
  it.each([
    ['TH', '๐๘๑-๒๓๔-๕๖๗๘', '+66812345678'],
    ['KH', '០១២ ៣៤៥ ៦៧៨', '+85512345678'],
    ['MM', '၀၉ ၄၅၀၀ ၁၂၃၄၅', '+959450012345'],
    ['LA', '໐໒໐ ໕໕໑໒ ໓໔໕໖', '+8562055123456'],
    ['ID', '＋６２ ８１２ ３４５６ ７８９０', '+6281234567890'],
    ['ID', '0812\u200B-3456\u200C-7890', '+6281234567890'],
    ['ID', '\u202B0812-3456-7890\u202C', '+6281234567890'],
    ['ID', '\uFEFF0812 3456 7890', '+6281234567890'],
    ['ID', '0812–3456–7890', '+6281234567890'],
    ['ID', '(+62) 812-3456-7890', '+6281234567890'],
  ])('%s %s', (country, spelling, expected) => {
    expect(e164(spelling, country)).toBe(expected);
  });
});

describe('canonicalPhone: different things stay different', () => {
  it('one digit apart is another number', () => {
    expect(e164('0812-3456-7890', 'ID')).not.toBe(e164('0812-3456-7891', 'ID'));
  });

  it('the same national digits are different numbers in different countries', () => {
    const inThailand = e164('081-234-5678', 'TH');
    const inIndonesia = e164('0812-345-678', 'ID');
    expect(inThailand).toBe('+66812345678');
    expect(inIndonesia).toBe('+62812345678');
    expect(accepted('081-234-5678', 'TH').details?.country).toBe('TH');
  });
});

describe('canonicalPhone: refusals say why', () => {
  it.each([
    ['+62 812', undefined, /Indonesia \(\+62\): too short/],
    ['0812 345', 'ID', /Indonesia.*missing or extra digit/],
    ['+62 812 3456 7890 1234', undefined, /Indonesia/],
    ['+66 1 234 5678', undefined, /Thailand/],
    ['081234567890', undefined, /needs a country/],
    ['+999 123 4567', undefined, /unknown country calling code/],
    ['+0812 3456 7890', undefined, /followed by a country code, not 0/],
    ['1441', 'TH', /short codes/],
    ['997', 'MY', /too short/],
    ['+1 800 FLOWERS', undefined, /contains letters/],
    ['0812/3456/7890', 'ID', /only digits/],
    ['+62 812 3456 7890 1234 5678 9012', undefined, /too long/],
    ['', 'ID', /empty/],
    ['0812\u00003456', 'ID', /control characters/],
  ])('%s (%s)', (value, country, reason) => {
    expect(refusal(value, country)).toMatch(reason);
  });

  it('ignores an unknown report country instead of failing on it', () => {
    expect(e164('+6281234567890', 'XX')).toBe('+6281234567890');
    expect(refusal('081234567890', 'XX')).toMatch(/needs a country/);
    expect(e164('0812-3456-7890', ' id ')).toBe('+6281234567890');
  });
});

/** Mobile ranges that are valid in full metadata: [country, calling code, leading digits, remaining digits]. */
const RANGES: [string, string, string, number][] = [
  ['ID', '62', '812', 8],
  ['TH', '66', '81', 7],
  ['MY', '60', '12', 7],
  ['PH', '63', '917', 7],
  ['VN', '84', '90', 7],
  ['SG', '65', '81', 6],
  ['KH', '855', '12', 6],
  ['LA', '856', '205', 7],
  ['MM', '95', '979', 7],
  ['BN', '673', '71', 5],
  ['TL', '670', '77', 6],
];
const mobile = fc
  .constantFrom(...RANGES)
  .chain(([country, code, lead, rest]) =>
    fc
      .string({ unit: fc.constantFrom(...'0123456789'), minLength: rest, maxLength: rest })
      .map((tail) => ({ country, code, national: lead + tail })),
  );
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 100 }),
  fc
    .array(
      fc.constantFrom(
        '+',
        '00',
        '0',
        '62',
        '(',
        ')',
        '-',
        ' ',
        'tel:',
        'wa.me/',
        '?phone=',
        '%',
        '\u200B',
        '\uD800',
        '๑',
        'ext',
        '#',
      ),
      {
        maxLength: 30,
      },
    )
    .map((parts) => parts.join('')),
);

describe('canonicalPhone: properties', () => {
  it('never throws, for any text and any country', () => {
    fc.assert(
      fc.property(
        hostile,
        fc.option(fc.oneof(fc.string(), fc.constantFrom('ID', 'TH', 'SG', '__proto__'))),
        (value, country) => {
          const result = canonicalPhone({ value }, { country: country ?? undefined });
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on very long input', () => {
    expect(phone('9'.repeat(100_000), 'ID').ok).toBe(false);
    expect(phone(`+${'6'.repeat(2040)}`).ok).toBe(false);
  });

  it('national, international and IDD spellings of a valid number meet, and the result is a fixed point', () => {
    fc.assert(
      fc.property(mobile, ({ country, code, national }) => {
        const canonical = phone(`+${code}${national}`);
        fc.pre(canonical.ok);
        if (!canonical.ok) return;
        const value = canonical.indicator.value;
        expect(e164(value)).toBe(value);
        expect(e164(value, country)).toBe(value);
        expect(e164(`00 ${code} ${national}`, country)).toBe(value);
        const trunk = ['SG', 'BN', 'TL'].includes(country) ? '' : '0';
        expect(e164(`${trunk}${national}`, country)).toBe(value);
        expect(e164(`https://wa.me/${code}${national}`)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
