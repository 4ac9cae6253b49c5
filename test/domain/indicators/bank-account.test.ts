import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBankAccount } from '../../../src/domain/indicators/bank-account.js';
import { BANKS } from '../../../src/domain/indicators/banks.js';
import {
  type CanonicalContext,
  canonicalize,
  type RawIndicator,
} from '../../../src/domain/indicators/index.js';

const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];

function canonical(raw: Omit<RawIndicator, 'kind'>, ctx: CanonicalContext = {}): string {
  const result = canonicalBankAccount(raw, ctx);
  if (!result.ok) throw new Error(`${JSON.stringify(raw)} refused: ${result.error}`);
  return result.indicator.value;
}

function refusal(raw: Omit<RawIndicator, 'kind'>, ctx: CanonicalContext = {}): string {
  const result = canonicalBankAccount(raw, ctx);
  if (result.ok) throw new Error(`${JSON.stringify(raw)} accepted as ${result.indicator.value}`);
  return result.error;
}

describe('canonicalBankAccount: spellings of one account meet', () => {
  it('BCA, however the bank and the number are written', () => {
    const spellings: [Omit<RawIndicator, 'kind'>, CanonicalContext][] = [
      [{ bank: 'BCA', value: '1234567890' }, {}],
      [{ bank: 'bca', value: '123-456-7890' }, {}],
      [{ bank: 'Bank Central Asia', value: '123 456 7890' }, {}],
      [{ bank: 'PT. Bank Central Asia Tbk', value: '123.456.7890' }, {}],
      [{ bank: '014', value: '1234567890' }, { country: 'ID' }],
      [{ bank: 'CENAIDJA', value: '1234567890' }, {}],
      [{ bank: 'CENAIDJAXXX', value: '1234 5678 90' }, {}],
      [{ value: 'BCA 1234567890' }, {}],
      [{ value: 'BCA: 123-456-7890' }, {}],
      [{ value: '1234567890 (BCA)' }, {}],
      [{ value: 'No. Rek BCA 1234567890' }, {}],
      [{ value: 'BCA a.n. Budi 1234567890' }, {}],
      [{ bank: 'BCA', value: 'BCA 1234567890' }, {}],
      [{ bank: 'BCA', value: '１２３４５６７８９０' }, {}], // fullwidth digits
      [{ bank: 'BCA', value: '123\u200B456\u200B7890' }, {}], // zero-width spaces from a chat app
    ];
    for (const [raw, ctx] of spellings)
      expect(canonical(raw, ctx), JSON.stringify(raw)).toBe('CENAIDJA:1234567890');
  });

  it('Kasikornbank in Thai, English and by BIC, with Thai digits', () => {
    for (const bank of ['กสิกรไทย', 'ธนาคารกสิกรไทย', 'KBank', 'Kasikornbank', 'KASITHBK'])
      expect(canonical({ bank, value: '123-4-56789-0' })).toBe('KASITHBK:1234567890');
    expect(canonical({ bank: 'กสิกรไทย', value: '๑๒๓-๔-๕๖๗๘๙-๐' })).toBe('KASITHBK:1234567890');
    expect(canonical({ bank: '004', value: '1234567890' }, { country: 'TH' })).toBe('KASITHBK:1234567890');
  });

  it('Vietcombank with and without diacritics; leading zeros are part of the number', () => {
    for (const bank of [
      'Vietcombank',
      'VCB',
      'Ngân hàng TMCP Ngoại thương Việt Nam',
      'ngan hang ngoai thuong',
    ])
      expect(canonical({ bank, value: '0011 0041 23456' })).toBe('BFTVVNVX:0011004123456');
    expect(canonical({ bank: 'VCB', value: '011004123456' })).toBe('BFTVVNVX:011004123456');
  });

  it('gives details a person can read', () => {
    const result = canonicalBankAccount({ bank: 'bca', value: '1234567890' });
    expect(result).toEqual({
      ok: true,
      indicator: {
        kind: 'bank_account',
        value: 'CENAIDJA:1234567890',
        details: { bank: 'PT Bank Central Asia Tbk', country: 'ID', bic: 'CENAIDJA' },
      },
    });
    const timo = canonicalBankAccount({ bank: 'Timo', value: '9021234567' });
    expect(timo.ok && timo.indicator.details).toMatchObject({ bic: 'XJTMVN00', pseudoBic: 'true' });
  });

  it('works through the dispatcher', () => {
    const result = canonicalize(
      { kind: 'bank_account', bank: 'Maybank', value: '1140-1234-5678' },
      { country: 'MY' },
    );
    expect(result.ok && result.indicator.value).toBe('MBBEMYKL:114012345678');
  });
});

describe('canonicalBankAccount: different accounts never meet', () => {
  it('same digits at different banks', () => {
    const values = ['BCA', 'BNI', 'Danamon', 'Bank Jago'].map((bank) =>
      canonical({ bank, value: '1234567890' }, { country: 'ID' }),
    );
    expect(new Set(values).size).toBe(4);
  });

  it('a shared name goes to the bank of the report country', () => {
    expect(canonical({ bank: 'CIMB', value: '1234567890' }, { country: 'ID' })).toBe('BNIAIDJA:1234567890');
    expect(canonical({ bank: 'CIMB', value: '1234567890' }, { country: 'MY' })).toBe('CIBBMYKL:1234567890');
    expect(canonical({ bank: '014', value: '1234567890' }, { country: 'TH' })).toBe('SICOTHBK:1234567890');
  });

  it('an unknown bank stays separate, with its text and the report country', () => {
    expect(canonical({ bank: 'Bank Antah  BERANTAH', value: '12-345-678' }, { country: 'id' })).toBe(
      'unknown:ID:bank antah berantah:12345678',
    );
    expect(canonical({ bank: 'Bank Antah Berantah', value: '12345678' })).toBe(
      'unknown:XX:bank antah berantah:12345678',
    );
    expect(canonical({ bank: 'Ngân Hàng Ma', value: '12345678' }, { country: 'VN' })).toBe(
      'unknown:VN:ngân hàng ma:12345678',
    );
    expect(canonical({ value: '12345678' }, { country: 'TH' })).toBe('unknown:TH::12345678');
    // Ambiguous without a country: kept as text, never guessed.
    expect(canonical({ bank: 'SeaBank', value: '901234567890' })).toBe('unknown:XX:seabank:901234567890');
    expect(canonical({ bank: 'SeaBank', value: '901234567890' }, { country: 'ID' })).toBe(
      'SSPIIDJA:901234567890',
    );
  });
});

describe('canonicalBankAccount: refusals say why', () => {
  it('checks known account-number lengths', () => {
    expect(refusal({ bank: 'BCA', value: '123456789' })).toBe('BCA account numbers have 10 digits, got 9');
    expect(refusal({ bank: 'Mandiri', value: '123456789012' })).toBe(
      'Mandiri account numbers have 13 digits, got 12',
    );
    expect(refusal({ bank: 'BRI', value: '1234567890' })).toBe('BRI account numbers have 15 digits, got 10');
    expect(refusal({ bank: 'DBS', value: '12345678' })).toBe(
      'DBS account numbers have 9 or 10 digits, got 8',
    );
    expect(refusal({ bank: 'OCBC', value: '123456789' }, { country: 'SG' })).toBe(
      'OCBC account numbers have 10 to 12 digits, got 9',
    );
    expect(refusal({ value: 'CENAIDJA:123456789' })).toBe('BCA account numbers have 10 digits, got 9');
  });

  it('refuses letters inside the number and absurd lengths', () => {
    expect(refusal({ bank: 'BCA', value: '12345O7890' })).toMatch(/letters or symbols between its digits/);
    expect(refusal({ bank: 'BCA', value: '123/456/7890' })).toMatch(/letters or symbols between its digits/);
    expect(refusal({ bank: 'BCA', value: 'abc' })).toMatch(/no digits/);
    expect(refusal({ bank: 'Bank X', value: '1234' })).toBe(
      'bank account numbers have 5 to 20 digits, got 4',
    );
    expect(refusal({ bank: 'Bank X', value: '1'.repeat(21) })).toBe(
      'bank account numbers have 5 to 20 digits, got 21',
    );
    expect(refusal({ bank: 'BCA', value: 'BNI 1234567890' })).toMatch(/text besides the account number/);
  });

  it('refuses a canonical value that contradicts the bank given', () => {
    expect(refusal({ bank: 'BNI', value: 'CENAIDJA:1234567890' })).toBe(
      'the value is an account at BCA but the bank is given as BNI',
    );
  });
});

describe('canonicalBankAccount: canonical values are fixed points', () => {
  it('for known and unknown banks, with or without the original qualifiers', () => {
    for (const [raw, ctx] of [
      [{ bank: 'BCA', value: '1234567890' }, {}],
      [{ bank: 'Timo', value: '9021234567' }, {}],
      [{ bank: 'Bank Antah Berantah', value: '12345678' }, { country: 'ID' }],
      [{ bank: 'Ngân Hàng Ma: chi nhánh 1', value: '12345678' }, { country: 'VN' }],
      [{ value: '00012345' }, {}],
    ] as [Omit<RawIndicator, 'kind'>, CanonicalContext][]) {
      const value = canonical(raw, ctx);
      expect(canonical({ value })).toBe(value);
      expect(canonical({ ...raw, value }, ctx)).toBe(value);
    }
  });

  const account = fc.constantFrom(...BANKS).chain((bank) => {
    const lengths = bank.accountDigits ?? [5, 8, 12, 16, 20];
    return fc.constantFrom(...lengths).chain((length) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).chain((digits) =>
        fc
          .array(fc.constantFrom('', '', ' ', '-', '.'), { minLength: length, maxLength: length })
          .map((separators) => ({
            bank,
            digits: digits.join(''),
            written: digits.map((d, i) => d + (i < length - 1 ? separators[i] : '')).join(''),
          })),
      ),
    );
  });

  it('property: every registry bank, any separators, by name, alias, BIC or code', () => {
    fc.assert(
      fc.property(account, fc.nat(), ({ bank, digits, written }, pick) => {
        const names = [
          bank.name,
          bank.shortName,
          ...bank.aliases,
          bank.bic,
          `${bank.bic}XXX`,
          ...(bank.codes ?? []),
        ];
        const name = names[pick % names.length]!;
        const value = canonical({ bank: name, value: written }, { country: bank.country });
        expect(value).toBe(`${bank.bic}:${digits}`);
        expect(canonical({ value })).toBe(value);
      }),
      { numRuns: 1500 },
    );
  });

  it('property: any bank text and country give a fixed point', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })),
        fc.stringMatching(/^\d{5,20}$/),
        fc.option(fc.oneof(fc.constantFrom(...ASEAN, 'xx', ''), fc.string({ maxLength: 3 })), {
          nil: undefined,
        }),
        (bank, digits, country) => {
          const result = canonicalBankAccount({ bank, value: digits }, { country });
          if (!result.ok) return;
          expect(canonical({ value: result.indicator.value })).toBe(result.indicator.value);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('canonicalBankAccount: hostile input', () => {
  it('never throws and always answers with a reason or a value', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[\d \-.]{0,30}$/),
      fc.constantFrom('__proto__', 'unknown:ID::', 'unknown:XX:a:b:1', 'CENAIDJA:', ':::', '\u0000123456'),
    );
    fc.assert(
      fc.property(
        text,
        fc.option(text, { nil: undefined }),
        fc.option(fc.oneof(fc.constantFrom(...ASEAN), fc.string()), { nil: undefined }),
        (value, bank, country) => {
          const result = canonicalBankAccount({ value, bank }, { country });
          if (result.ok)
            expect(result.indicator.value).toMatch(/^([A-Z0-9]{8}|unknown:[A-Z]{2}:[^:]*):\d{5,20}$/);
          else expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000 },
    );
    expect(canonicalBankAccount({ value: undefined as unknown as string }).ok).toBe(false);
    expect(canonicalBankAccount({ value: '1'.repeat(5000), bank: 'x'.repeat(5000) }).ok).toBe(false);
  });
});
