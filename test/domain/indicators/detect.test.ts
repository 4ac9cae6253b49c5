import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../src/domain/indicators/detect.js';
import { canonicalize } from '../../../src/domain/indicators/index.js';
import type { RawIndicator } from '../../../src/domain/indicators/types.js';

const detect = (value: string, country?: string, extra: Partial<RawIndicator> = {}) =>
  detectKind({ value, ...extra }, { country });

describe('detectKind: qualifiers decide', () => {
  it('bank → bank_account, provider → ewallet, platform → social or phone', () => {
    expect(detect('1234567890', 'ID', { bank: 'BCA' })).toBe('bank_account');
    expect(detect('0917 123 4567', 'PH', { provider: 'GCash' })).toBe('ewallet');
    expect(detect('@cs_support88', undefined, { platform: 'tg' })).toBe('social');
    expect(detect('0812 3456 7890', 'ID', { platform: 'WhatsApp' })).toBe('phone');
    expect(detect('https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv', undefined, { platform: 'wa' })).toBe(
      'social',
    );
    // The platform canonicaliser explains a bad handle; detection still says where it belongs.
    expect(detect('x', undefined, { platform: 'telegram' })).toBe('social');
  });

  it('ignores blank qualifiers', () => {
    expect(detect('cs@evil.com', undefined, { bank: '  ', provider: '', platform: ' ' })).toBe('email');
  });
});

describe('detectKind: from the value', () => {
  it.each([
    // crypto shapes
    ['0x52908400098527886E0F7030069857D2E4169EE7', 'crypto'],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'crypto'],
    ['BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ', 'crypto'],
    ['ltc1qg82p4uyk5yq0vjxk4g9w0h7zyqnemvcatd0ekf', 'crypto'],
    ['TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW', 'crypto'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'crypto'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'crypto'],
    ['LdP8Qox1VAhCzLJNqrr74YovaWYyNBUWvL', 'crypto'],
    ['7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV', 'crypto'],
    ['bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2?amount=0.1', 'crypto'],
    // apps
    ['https://play.google.com/store/apps/details?id=id.co.bri.brimo', 'app'],
    ['https://apps.apple.com/th/app/x/id1234567890', 'app'],
    ['market://details?id=com.example.loan', 'app'],
    ['com.grabtaxi.passenger', 'app'],
    ['id.co.bri.brimo', 'app'],
    ['th.co.scb.easy', 'app'],
    ['id.dana', 'app'],
    // social links, WhatsApp links are phones
    ['https://t.me/cs_support88', 'social'],
    ['t.me/cs_support88', 'social'],
    ['tg://resolve?domain=cs_support88', 'social'],
    ['https://www.facebook.com/johnsmith55', 'social'],
    ['https://line.me/ti/p/~john.doe88', 'social'],
    ['https://wa.me/6281234567890', 'phone'],
    ['https://zalo.me/0912345678', 'phone'],
    // urls: links that are no profile or store page
    ['https://evil.com/login', 'url'],
    ['hxxps://evil[.]com/login', 'url'],
    ['evil.co.id/login', 'url'],
    ['www.evil.com', 'url'],
    ['https://evil.com/BankTH.apk', 'url'],
    ['https://www.facebook.com/share/p/AbCd/', 'url'],
    ['https://bit.ly/3abcDEF', 'url'],
    ['https://t.me/abc', 'url'],
    // email, ip, domain
    ['cs.support@bank-help.co.id', 'email'],
    ['cs.support[at]bank-help[.]co[.]id', 'email'],
    ['mailto:cs@evil.com', 'email'],
    ['203.0.113.7', 'ip'],
    ['203[.]0[.]113[.]7', 'ip'],
    ['2001:db8::1', 'ip'],
    ['[2001:db8::1]', 'ip'],
    ['evil.co.id', 'domain'],
    ['evil[.]com', 'domain'],
    ['id.example.com', 'domain'],
    ['bank-promo.blogspot.com', 'domain'],
    // phones
    ['tel:+6281234567890', 'phone'],
    ['+62 812 3456 7890', 'phone'],
    ['+62 812', 'phone'],
    ['(+62) 812-3456-7890', 'phone'],
  ])('%s → %s', (value, kind) => {
    expect(detect(value, 'ID')).toBe(kind);
  });

  it.each([
    ['0812-3456-7890', 'ID', 'phone'],
    ['0812.3456.7890', 'ID', 'phone'],
    ['(021) 555-1234', 'ID', 'phone'],
    ['00 62 812 3456 7890', 'ID', 'phone'],
    ['081-234-5678', 'TH', 'phone'],
    ['012-345 6789', 'MY', 'phone'],
    ['0917 123 4567', 'PH', 'phone'],
    ['0912 345 678', 'VN', 'phone'],
    ['8123 4567', 'SG', 'phone'],
    ['81234567', 'SG', 'phone'],
    ['712 3456', 'BN', 'phone'],
    ['7721 2345', 'TL', 'phone'],
  ])('%s in %s → %s', (value, country, kind) => {
    expect(detect(value, country)).toBe(kind);
  });
});

describe('detectKind: canonical values name their kind', () => {
  it.each([
    ['+6281234567890', 'phone'],
    ['https://evil.com/login', 'url'],
    ['example.co.id', 'domain'],
    ['cs@example.co.id', 'email'],
    ['telegram:cs_support88', 'social'],
    ['line:@shop123', 'social'],
    ['whatsapp:invite/AbCdEfGhIjKlMnOpQrStUv', 'social'],
    ['android:id.co.bri.brimo', 'app'],
    ['ios:1234567890', 'app'],
    ['evm:0x52908400098527886e0f7030069857d2e4169ee7', 'crypto'],
    ['tron:TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW', 'crypto'],
    ['2001:db8::1', 'ip'],
  ])('%s → %s', (value, kind) => {
    expect(detect(value)).toBe(kind);
  });
});

describe('detectKind: no kind rather than a wrong one', () => {
  it.each([
    ['0812-3456-7890', undefined], // a national number without a country
    ['1234567890', 'TH'], // a bank account as often as anything
    ['812345678', 'TH'], // digits without the trunk 0 where numbers have one
    ['0123-4-56789-0', 'TH'], // a Thai account number shape, invalid as a phone
    ['@cs_support88', 'ID'], // a handle needs its platform
    ['cs_support88', 'ID'],
    ['hello world', 'ID'],
    ['12:30', 'ID'],
    ['1.2.3', 'ID'],
    ['010.1.1.1', 'ID'],
    ['evil.invalidtld', 'ID'],
    ['1111111111111111111111111111111111', 'ID'], // base58 shape, but no letter
    ['', 'ID'],
    ['   ', 'ID'],
  ])('%s (%s)', (value, country) => {
    expect(detect(value, country)).toBeUndefined();
  });
});

describe('detectKind: properties', () => {
  it('never throws, whatever the value, qualifiers and country', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 150 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 80,
      }),
      fc
        .array(
          fc.constantFrom(
            '+62',
            '0',
            'http',
            '://',
            '[.]',
            '@',
            't.me/',
            'wa.me/',
            '0x',
            'bc1',
            'T',
            '.com',
            '::',
            '\uD800',
            '\u200B',
            '1',
            'a',
          ),
          { maxLength: 24 },
        )
        .map((parts) => parts.join('')),
    );
    const qualifier = fc.option(fc.oneof(fc.string(), fc.constantFrom('tg', 'BCA', '__proto__')), {
      nil: undefined,
    });
    fc.assert(
      fc.property(
        hostile,
        qualifier,
        qualifier,
        fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
        (value, bank, platform, country) => {
          const kind = detectKind(
            { value, bank: bank && bank.length % 3 === 0 ? bank : undefined, platform },
            { country },
          );
          expect(kind === undefined || typeof kind === 'string').toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    expect(detect('9'.repeat(100_000), 'ID')).toBeUndefined();
  });
});

describe('detectKind: canonical values read back as themselves', () => {
  it.each([
    ['+6281234567890', 'phone'],
    ['CENAIDJA:1234567890', 'bank_account'],
    ['gcash:+639171234567', 'ewallet'],
    ['tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'crypto'],
    ['https://bad-site.com/login', 'url'],
    ['bad-site.com', 'domain'],
    ['a@b.co.id', 'email'],
    ['telegram:cs_support88', 'social'],
    ['android:com.example.app', 'app'],
    ['203.0.113.7', 'ip'],
  ])('%s is %s, and canonicalises to itself', (value, kind) => {
    expect(detectKind({ value }, {})).toBe(kind);
    expect(canonicalize({ value }, {})).toMatchObject({ ok: true, indicator: { kind, value } });
  });
});
