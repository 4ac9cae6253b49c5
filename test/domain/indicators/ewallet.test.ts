import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalEwallet,
  EWALLET_PROVIDERS,
  listEwalletAliases,
  resolveEwalletProvider,
} from '../../../src/domain/indicators/ewallet.js';
import {
  type CanonicalContext,
  canonicalize,
  type RawIndicator,
} from '../../../src/domain/indicators/index.js';

const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];

function canonical(raw: Omit<RawIndicator, 'kind'>, ctx: CanonicalContext = {}): string {
  const result = canonicalEwallet(raw, ctx);
  if (!result.ok) throw new Error(`${JSON.stringify(raw)} refused: ${result.error}`);
  return result.indicator.value;
}

function refusal(raw: Omit<RawIndicator, 'kind'>, ctx: CanonicalContext = {}): string {
  const result = canonicalEwallet(raw, ctx);
  if (result.ok) throw new Error(`${JSON.stringify(raw)} accepted as ${result.indicator.value}`);
  return result.error;
}

describe('resolveEwalletProvider', () => {
  it.each([
    ['gcash', ['GCash', 'gcash', 'G-Cash', 'G Cash']],
    ['maya', ['Maya', 'PayMaya', 'Pay Maya', 'maya wallet']],
    ['touchngo', ["Touch 'n Go eWallet", "Touch 'n Go", 'Touch n Go', 'TNG', 'TnG eWallet', 'touchngo']],
    ['truemoney', ['TrueMoney', 'True Money', 'TrueMoney Wallet', 'ทรูมันนี่', 'ทรูวอลเล็ท']],
    ['promptpay', ['PromptPay', 'prompt pay', 'พร้อมเพย์']],
    ['momo', ['MoMo', 'Ví MoMo', 'vi momo', 'MOMO']],
    ['viettelmoney', ['Viettel Money', 'ViettelPay', 'viettel pay']],
    ['shopeepay', ['ShopeePay', 'Shopee Pay', 'AirPay']],
    ['wavemoney', ['Wave Money', 'WavePay']],
    ['kbzpay', ['KBZPay', 'KBZ Pay']],
    ['mmoney', ['M-Money', 'M Money']],
    ['duitnow', ['DuitNow', 'Duit Now', 'DuitNow ID']],
    ['paynow', ['PayNow', 'Pay Now']],
    ['dana', ['DANA', 'Dana', 'dompet DANA']],
  ])('%s', (id, spellings) => {
    for (const spelling of spellings) expect(resolveEwalletProvider(spelling)?.id, spelling).toBe(id);
  });

  it('does not take banks or unknown names for providers', () => {
    for (const text of ['ABA', 'BCA', 'Kasikornbank', 'XPay', '', 'wallet', '__proto__'])
      expect(resolveEwalletProvider(text), text).toBeUndefined();
  });

  it('has unique ids and lists aliases for the extractor', () => {
    const ids = EWALLET_PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+$/);
    const aliases = listEwalletAliases();
    expect(aliases.find((a) => a.alias === 'พร้อมเพย์')?.provider).toBe('promptpay');
    expect(aliases.find((a) => a.alias === 'DANA')?.ordinaryWord).toBe(true);
    expect(aliases.find((a) => a.alias === 'GCash')?.ordinaryWord).toBe(false);
  });
});

describe('canonicalEwallet: phone-number accounts', () => {
  it('GCash: local, international and provider-in-value spellings meet', () => {
    const spellings: [Omit<RawIndicator, 'kind'>, CanonicalContext][] = [
      [{ provider: 'GCash', value: '0917 123 4567' }, {}],
      [{ provider: 'gcash', value: '09171234567' }, { country: 'PH' }],
      [{ provider: 'G-Cash', value: '+63 917 123 4567' }, { country: 'TH' }],
      [{ provider: 'GCash', value: '0917-123-4567' }, { country: 'TH' }], // a Thai report, a Philippine wallet
      [{ value: 'GCash 09171234567' }, {}],
      [{ value: '0917 123 4567 (GCash)' }, {}],
      [{ value: 'gcash:+639171234567' }, {}],
    ];
    for (const [raw, ctx] of spellings)
      expect(canonical(raw, ctx), JSON.stringify(raw)).toBe('gcash:+639171234567');
  });

  it('links the wallet to its phone number', () => {
    const result = canonicalEwallet({ provider: 'GCash', value: '09171234567' });
    expect(result.ok && result.indicator.related?.map((r) => `${r.kind}:${r.value}`)).toEqual([
      'phone:+639171234567',
    ]);
    expect(result.ok && result.indicator.details).toEqual({ provider: 'GCash', providerKind: 'wallet' });
  });

  it('reads a multi-country wallet in the report country', () => {
    expect(canonical({ provider: 'ShopeePay', value: '0812-3456-7890' }, { country: 'ID' })).toBe(
      'shopeepay:+6281234567890',
    );
    expect(canonical({ provider: 'ShopeePay', value: '012-345 6789' }, { country: 'MY' })).toBe(
      'shopeepay:+60123456789',
    );
    expect(canonical({ provider: 'ShopeePay', value: '+84 90 123 4567' })).toBe('shopeepay:+84901234567');
  });

  it.each([
    ["Touch 'n Go eWallet", '012-345 6789', 'MY', 'touchngo:+60123456789'],
    ['TrueMoney', '081 234 5678', 'TH', 'truemoney:+66812345678'],
    ['MoMo', '0901 234 567', 'VN', 'momo:+84901234567'],
    ['KBZPay', '09 7812 34567', 'MM', 'kbzpay:+959781234567'],
    ['DANA', '0812-3456-7890', 'ID', 'dana:+6281234567890'],
  ])('%s %s in %s', (provider, value, country, expected) => {
    expect(canonical({ provider, value }, { country })).toBe(expected);
  });

  it('refuses a number that is no phone of the wallet country', () => {
    expect(refusal({ provider: 'GCash', value: '0917 12' })).toMatch(
      /^GCash: not a valid phone number in PH/,
    );
  });
});

describe('canonicalEwallet: national payment proxies', () => {
  it('PromptPay: national ID with check digit, e-wallet ID, phone', () => {
    expect(canonical({ provider: 'พร้อมเพย์', value: '1-1037-00001-23-9' })).toBe('promptpay:1103700001239');
    expect(canonical({ provider: 'PromptPay', value: '0105536092641' })).toBe('promptpay:0105536092641'); // juristic tax ID
    expect(refusal({ provider: 'PromptPay', value: '1103700001238' })).toBe(
      'PromptPay: not a valid Thai national ID or tax ID (check digit)',
    );
    expect(canonical({ provider: 'PromptPay', value: '123456789012345' })).toBe('promptpay:123456789012345');
    expect(canonical({ provider: 'PromptPay', value: '081-234-5678' })).toBe('promptpay:+66812345678');
    expect(refusal({ provider: 'PromptPay', value: 'somchai' })).toMatch(/PromptPay ids are/);
  });

  it('PayNow: NRIC/FIN and UEN upper-cased, phone numbers in E.164', () => {
    expect(canonical({ provider: 'PayNow', value: 's1234567d' })).toBe('paynow:S1234567D');
    expect(canonical({ provider: 'PayNow', value: '201912345K' })).toBe('paynow:201912345K');
    expect(canonical({ provider: 'PayNow', value: 't08ll1234a' })).toBe('paynow:T08LL1234A');
    expect(canonical({ provider: 'PayNow', value: '9123 4567' })).toBe('paynow:+6591234567');
  });

  it('DuitNow: MyKad or phone', () => {
    expect(canonical({ provider: 'DuitNow', value: '900101-14-5678' })).toBe('duitnow:900101145678');
    expect(canonical({ provider: 'DuitNow', value: '900101145678' })).toBe('duitnow:900101145678');
    expect(canonical({ provider: 'DuitNow', value: '012-345 6789' })).toBe('duitnow:+60123456789');
  });

  it('Bakong account ids are lowercased', () => {
    expect(canonical({ provider: 'Bakong', value: 'Dara_Sok@ACLB' })).toBe('bakong:dara_sok@aclb');
    expect(canonical({ value: 'Bakong: dara_sok@aclb' })).toBe('bakong:dara_sok@aclb');
  });
});

describe('canonicalEwallet: unknown providers, banks and missing providers', () => {
  it('keeps an unknown provider apart, with its text and the report country', () => {
    expect(canonical({ provider: 'XPay  Super', value: 'Abc_User' })).toBe('unknown:XX:xpay super:abc_user');
    expect(canonical({ provider: 'XPay Super', value: '0812-3456-7890' }, { country: 'ID' })).toBe(
      'unknown:ID:xpay super:+6281234567890',
    );
    expect(canonical({ provider: 'XPay Super', value: '0812-3456-7890' })).toBe(
      'unknown:XX:xpay super:081234567890',
    );
  });

  it('points a bank given as provider to bank_account', () => {
    expect(refusal({ provider: 'BCA', value: '1234567890' })).toMatch(/is a bank \(BCA\).*bank_account/);
    expect(refusal({ provider: 'BCEL One', value: '020 5555 1234' })).toMatch(/is a bank \(BCEL\)/);
  });

  it('refuses a bare number without a provider', () => {
    expect(refusal({ value: '0812345678' })).toMatch(/no e-wallet provider/);
  });

  it('refuses contradicting qualifiers and malformed ids', () => {
    expect(refusal({ provider: 'OVO', value: 'gcash:+639171234567' })).toBe(
      'the value is a GCash account but the provider is given as OVO',
    );
    expect(refusal({ provider: 'GoPay', value: 'two words' })).toMatch(/phone number or a username/);
  });
});

describe('canonicalEwallet: canonical values are fixed points', () => {
  it.each([
    [{ provider: 'GCash', value: '09171234567' }, {}],
    [{ provider: 'PromptPay', value: '1103700001239' }, {}],
    [{ provider: 'PayNow', value: 's1234567d' }, {}],
    [{ provider: 'Bakong', value: 'dara@aclb' }, {}],
    [{ provider: 'XPay Super', value: '0812-3456-7890' }, { country: 'ID' }],
    [{ provider: 'XPay: Super', value: '0812-3456-7890' }, {}],
    [{ provider: 'Wing', value: '012 345 678' }, { country: 'KH' }],
  ] as [Omit<RawIndicator, 'kind'>, CanonicalContext][])('%j', (raw, ctx) => {
    const value = canonical(raw, ctx);
    expect(canonical({ value })).toBe(value);
    expect(canonical({ ...raw, value }, ctx)).toBe(value);
    const viaDispatcher = canonicalize({ kind: 'ewallet', ...raw }, ctx);
    expect(viaDispatcher.ok && viaDispatcher.indicator.value).toBe(value);
  });

  it('property: any provider text and username give a fixed point', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...EWALLET_PROVIDERS.map((p) => p.name)), fc.string({ maxLength: 30 })),
        fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9._@-]{1,20}$/),
        fc.option(fc.constantFrom(...ASEAN, 'XX'), { nil: undefined }),
        (provider, id, country) => {
          const result = canonicalEwallet({ provider, value: id }, { country });
          if (!result.ok) return;
          expect(canonical({ value: result.indicator.value })).toBe(result.indicator.value);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('canonicalEwallet: hostile input', () => {
  it('never throws', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^\+?[\d \-.()]{0,25}$/),
      fc.constantFrom('__proto__', 'unknown:XX::', 'gcash:', 'paynow:S', ':::', 'promptpay:0000000000000'),
    );
    fc.assert(
      fc.property(
        text,
        fc.option(fc.oneof(text, fc.constantFrom('GCash', 'PromptPay', 'PayNow', 'DuitNow', 'Bakong')), {
          nil: undefined,
        }),
        fc.option(fc.oneof(fc.constantFrom(...ASEAN), fc.string()), { nil: undefined }),
        (value, provider, country) => {
          const result = canonicalEwallet({ value, provider }, { country });
          if (result.ok)
            expect(result.indicator.value).toMatch(/^(?:[a-z0-9]+|unknown:[A-Z]{2}:[^:]*):[^:\s]+$/);
          else expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000 },
    );
    expect(canonicalEwallet({ value: null as unknown as string }).ok).toBe(false);
  });
});
