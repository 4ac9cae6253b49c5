import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refang, toAsciiDigits } from '../../../src/domain/indicators/defang.js';
import type { CanonicalIndicator, CanonicalResult } from '../../../src/domain/indicators/types.js';
import { canonicalDomain, canonicalUrl } from '../../../src/domain/indicators/web.js';

const url = (value: string): CanonicalResult => canonicalUrl({ kind: 'url', value });
const domain = (value: string): CanonicalResult => canonicalDomain({ kind: 'domain', value });
const accepted = (result: CanonicalResult, value: string): CanonicalIndicator => {
  if (!result.ok) throw new Error(`${value} refused: ${result.error}`);
  return result.indicator;
};
const urlValue = (value: string) => accepted(url(value), value).value;
const domainValue = (value: string) => accepted(domain(value), value).value;
const refusal = (result: CanonicalResult): string => {
  if (result.ok) throw new Error(`accepted as ${result.indicator.value}`);
  return result.error;
};

describe('refang', () => {
  it.each([
    ['hxxp://evil[.]com/login', 'http://evil.com/login'],
    ['hxxps[:]//evil[.]co[.]id', 'https://evil.co.id'],
    ['hXXps://evil(.)com', 'https://evil.com'],
    ['https[://]evil{.}com', 'https://evil.com'],
    ['h**ps://evil[dot]com', 'https://evil.com'],
    ['hxxps://evil [.] com', 'https://evil.com'],
    ['fxp://files[.]evil[.]com', 'ftp://files.evil.com'],
    ['cs[at]bank-help[.]com', 'cs@bank-help.com'],
    ['cs(at)bank-help(dot)com', 'cs@bank-help.com'],
    ['cs [@] bank-help[.]com', 'cs@bank-help.com'],
    ['1[.]2[.]3[.]4', '1.2.3.4'],
    ['evil\\.com', 'evil.com'],
  ])('%s → %s', (defanged, expected) => {
    expect(refang(defanged)).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    for (const text of [
      'meet me at the hotel',
      'dot com bubble',
      'http://example.com/a[1]',
      '[::1]',
      'hxxpx',
    ])
      expect(refang(text)).toBe(text);
  });

  it('maps Thai, Khmer, Lao, Myanmar and fullwidth digits to ASCII', () => {
    expect(toAsciiDigits('๐๘๑ ០១២ ໐໒໐ ၀၉ ０９')).toBe('081 012 020 09 09');
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://Evil.Example.CO.ID/Login?Acct=1#top', 'https://evil.example.co.id/Login?Acct=1'],
    ['hxxps[:]//evil[.]example[.]co[.]id/Login?Acct=1', 'https://evil.example.co.id/Login?Acct=1'],
    ['http://evil.com:80/a', 'http://evil.com/a'],
    ['https://evil.com:443/a', 'https://evil.com/a'],
    ['http://evil.com:8080/a', 'http://evil.com:8080/a'],
    ['evil.com/login', 'http://evil.com/login'],
    ['evil.com/', 'http://evil.com/'],
    ['www.evil.com', 'http://www.evil.com/'],
    ['//evil.com/x', 'http://evil.com/x'],
    ['evil.com:8080/x', 'http://evil.com:8080/x'],
    ['http://evil.com./a', 'http://evil.com/a'],
    ['http://evil.com/?', 'http://evil.com/'],
    ['http://evil.com', 'http://evil.com/'],
    [
      'http://ธนาคาร.com/เข้าสู่ระบบ',
      'http://xn--42c3bd5b5db.com/%E0%B9%80%E0%B8%82%E0%B9%89%E0%B8%B2%E0%B8%AA%E0%B8%B9%E0%B9%88%E0%B8%A3%E0%B8%B0%E0%B8%9A%E0%B8%9A',
    ],
    ['http://ngânhàng.vn/', 'http://xn--ngnhng-ltan.vn/'],
    ['https://evil.com/\u200Bpath', 'https://evil.com/path'],
    ['http://0x7f.0.0.1/admin', 'http://127.0.0.1/admin'],
  ])('%s → %s', (raw, expected) => {
    expect(urlValue(raw)).toBe(expected);
  });

  it('keeps path and query as written (case-sensitive)', () => {
    expect(urlValue('https://evil.com/Pay/NOW?Ref=AbC&x=%7e')).toBe('https://evil.com/Pay/NOW?Ref=AbC&x=%7e');
    expect(urlValue('https://evil.com/pay')).not.toBe(urlValue('https://evil.com/PAY'));
  });

  it('keeps http and https apart, and hosts apart', () => {
    expect(urlValue('http://evil.com/x')).not.toBe(urlValue('https://evil.com/x'));
    expect(urlValue('https://www.evil.com/x')).not.toBe(urlValue('https://evil.com/x'));
  });

  it('gives the registrable domain of the host as related, private suffixes included', () => {
    const indicator = accepted(url('https://shop.example.co.id/promo'), 'shop');
    expect(indicator.related).toEqual([
      {
        kind: 'domain',
        value: 'example.co.id',
        details: { suffix: 'co.id', suffix_type: 'icann', host: 'shop.example.co.id' },
      },
    ]);
    expect(accepted(url('https://bank-promo.blogspot.com/p'), 'blogspot').related?.[0]?.value).toBe(
      'bank-promo.blogspot.com',
    );
    expect(accepted(url('https://verify-bca.web.app/'), 'web.app').related?.[0]?.value).toBe(
      'verify-bca.web.app',
    );
  });

  it('gives the IP as related when the host is an address', () => {
    expect(accepted(url('http://203.0.113.7/login'), 'ip').related).toEqual([
      { kind: 'ip', value: '203.0.113.7', details: { version: '4', scope: 'documentation' } },
    ]);
    expect(accepted(url('http://[2001:DB8::1]:8080/x'), 'ip6').related?.[0]?.value).toBe('2001:db8::1');
    expect(accepted(url('http://[::ffff:203.0.113.7]/'), 'mapped').related?.[0]?.value).toBe('203.0.113.7');
  });

  it('accepts a link on a host that is itself a public suffix, with no registrable domain to relate', () => {
    const indicator = accepted(url('https://gov.sg/article'), 'gov.sg');
    expect(indicator.value).toBe('https://gov.sg/article');
    expect(indicator.related).toBeUndefined();
    expect(refusal(domain('gov.sg'))).toMatch(/public suffix/);
  });

  it('notes credentials before the host, the classic disguise', () => {
    const indicator = accepted(url('http://www.maybank2u.com.my@evil.xyz/login'), 'userinfo');
    expect(indicator.details?.host).toBe('evil.xyz');
    expect(indicator.details?.userinfo).toMatch(/disguise/);
    expect(indicator.related?.[0]?.value).toBe('evil.xyz');
  });

  it.each([
    ['evil.com', /is a domain, not a link/],
    ['ftp://evil.com/x', /only http and https/],
    ['mailto:cs@evil.com', /kind email/],
    ['tel:+6281234567890', /kind phone/],
    ['javascript:alert(1)', /only http and https/],
    ['http://localhost/', /not a public domain name/],
    ['http://evil.invalidtld/x', /not under a known public suffix/],
    ['http://evil .com/x', /contains spaces/],
    ['http://a..com/', /not a valid domain name/],
    ['http://evil.com/\u0000', /control characters/],
    ['http://', /not a valid URL/],
    ['', /empty/],
  ])('refuses %s', (raw, reason) => {
    expect(refusal(url(raw))).toMatch(reason);
  });
});

describe('canonicalDomain', () => {
  it.each([
    ['example.co.id', 'example.co.id'],
    ['Shop.Example.CO.ID.', 'example.co.id'],
    ['www.example.com.my', 'example.com.my'],
    ['evil[.]com', 'evil.com'],
    ['https://m.shop.example.in.th/path?q=1', 'example.in.th'],
    ['ธนาคาร.com', 'xn--42c3bd5b5db.com'],
    ['XN--42C3BD5B5DB.COM', 'xn--42c3bd5b5db.com'],
    ['ｅｘａｍｐｌｅ．ｃｏｍ', 'example.com'],
    ['bank-promo.blogspot.com', 'bank-promo.blogspot.com'],
    ['x.bank-promo.blogspot.com', 'bank-promo.blogspot.com'],
    ['blogspot.com', 'blogspot.com'],
    ['www.blogspot.com', 'blogspot.com'],
    ['shop.us.com', 'shop.us.com'],
    ['evil.com:8080', 'evil.com'],
  ])('%s → %s', (raw, expected) => {
    expect(domainValue(raw)).toBe(expected);
  });

  it('keeps the full host, the suffix and the Unicode form in details', () => {
    expect(accepted(domain('pay.ธนาคาร.co.th'), 'thai')).toEqual({
      kind: 'domain',
      value: 'xn--42c3bd5b5db.co.th',
      details: {
        suffix: 'co.th',
        suffix_type: 'icann',
        host: 'pay.xn--42c3bd5b5db.co.th',
        unicode: 'ธนาคาร.co.th',
      },
    });
    expect(accepted(domain('a.github.io'), 'gh').details?.suffix_type).toBe('private');
  });

  it.each([
    ['co.id', /public suffix/],
    ['com.my', /public suffix/],
    ['localhost', /not a public domain name/],
    ['evil.invalidtld', /not under a known public suffix/],
    ['203.0.113.7', /IP address/],
    ['[2001:db8::1]', /IP address/],
    ['cs@evil.com', /email/],
    ['evil .com', /spaces/],
    ['-', /not a public domain name|not a valid/],
    ['mailto:x@y.com', /only http and https/],
    ['a'.repeat(64) + '.com', /not a valid domain name/],
  ])('refuses %s', (raw, reason) => {
    expect(refusal(domain(raw))).toMatch(reason);
  });
});

const label = fc
  .tuple(
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'), maxLength: 10 }),
  )
  .map(([a, b]) => (a + b).replace(/-+$/, ''));
const host = fc
  .tuple(
    fc.array(label, { maxLength: 2 }),
    fc.oneof(label, fc.constantFrom('ธนาคาร', 'ngânhàng', 'bücher')),
    fc.constantFrom('com', 'co.id', 'com.my', 'co.th', 'vn', 'com.ph', 'sg', 'blogspot.com', 'xyz'),
  )
  .map(([subs, name, suffix]) => [...subs, name, suffix].join('.'));
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 100 }),
  fc
    .array(
      fc.constantFrom(
        'http',
        'hxxps',
        '://',
        '[.]',
        '.',
        'com',
        'xn--',
        '%',
        '%zz',
        '@',
        '[',
        ']',
        ':',
        '/',
        '?',
        '#',
        '\u202E',
        '\uD800',
        'ß',
        '..',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

describe('web: properties', () => {
  it('canonicalUrl and canonicalDomain never throw', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        for (const result of [url(value), domain(value)]) {
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
    expect(url(`http://evil.com/${'a'.repeat(100_000)}`).ok).toBe(false);
    expect(domain(`${'a.'.repeat(50_000)}com`).ok).toBe(false);
  });

  it('canonical URLs and domains are fixed points, and spellings of a host meet', () => {
    const path = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.~/%?=&'), maxLength: 20 });
    fc.assert(
      fc.property(host, path, fc.boolean(), (h, p, https) => {
        const scheme = https ? 'https' : 'http';
        const canonical = urlValue(`${scheme}://${h}/${p}`);
        expect(urlValue(canonical)).toBe(canonical);
        expect(urlValue(`${scheme.toUpperCase()}://${h.toUpperCase()}/${p}#frag`)).toBe(
          urlValue(`${scheme}://${domainToASCII(h)}/${p}`),
        );
        const registrable = domainValue(h);
        expect(domainValue(registrable)).toBe(registrable);
        expect(domainValue(h.toUpperCase())).toBe(registrable);
        expect(domainValue(`${h}.`)).toBe(registrable);
      }),
      { numRuns: 500 },
    );
  });
});
