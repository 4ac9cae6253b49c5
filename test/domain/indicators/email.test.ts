import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalEmail } from '../../../src/domain/indicators/email.js';
import type { CanonicalResult } from '../../../src/domain/indicators/types.js';

const email = (value: string): CanonicalResult => canonicalEmail({ kind: 'email', value });
const emailValue = (value: string): string => {
  const result = email(value);
  if (!result.ok) throw new Error(`${value} refused: ${result.error}`);
  return result.indicator.value;
};
const refusal = (value: string): string => {
  const result = email(value);
  if (result.ok) throw new Error(`${value} accepted as ${result.indicator.value}`);
  return result.error;
};

describe('canonicalEmail', () => {
  it.each([
    ['cs.support@bank-help.co.id', 'cs.support@bank-help.co.id'],
    ['CS.Support@Bank-Help.CO.ID', 'cs.support@bank-help.co.id'],
    ['cs.support[at]bank-help[.]co[.]id', 'cs.support@bank-help.co.id'],
    ['cs.support(at)bank-help(dot)co(dot)id', 'cs.support@bank-help.co.id'],
    ['cs.support [@] bank-help[.]co.id', 'cs.support@bank-help.co.id'],
    ['mailto:cs.support@bank-help.co.id?subject=Refund', 'cs.support@bank-help.co.id'],
    ['MAILTO:cs.support%40bank-help.co.id', 'cs.support@bank-help.co.id'],
    ['Bank Help Desk <cs.support@bank-help.co.id>', 'cs.support@bank-help.co.id'],
    ['cs.support@bank-help.co.id.', 'cs.support@bank-help.co.id'],
    ['\u200Bcs.support@bank-help.co.id\u200F', 'cs.support@bank-help.co.id'],
    ['refund+th@ธนาคาร.com', 'refund+th@xn--42c3bd5b5db.com'],
    ['สมชาย@ไทย.ไทย', 'สมชาย@xn--o3cw4h.xn--o3cw4h'],
    ['user@mail.shop.example.com.my', 'user@mail.shop.example.com.my'],
  ])('%s → %s', (raw, expected) => {
    expect(emailValue(raw)).toBe(expected);
  });

  it('keeps the full mail host in the value and gives the registrable domain as related', () => {
    expect(email('Agent@Mail.Refund-Center.com.ph')).toEqual({
      ok: true,
      indicator: {
        kind: 'email',
        value: 'agent@mail.refund-center.com.ph',
        details: { domain: 'mail.refund-center.com.ph' },
        related: [
          {
            kind: 'domain',
            value: 'refund-center.com.ph',
            details: { suffix: 'com.ph', suffix_type: 'icann', host: 'mail.refund-center.com.ph' },
          },
        ],
      },
    });
  });

  it('does not fold provider-specific aliases: the address as written is the indicator', () => {
    expect(emailValue('john.doe+bank@gmail.com')).not.toBe(emailValue('johndoe@gmail.com'));
  });

  it.each([
    ['cs.support', /no "@"/],
    ['@bank-help.com', /nothing before/],
    ['cs@', /nothing after/],
    ['cs@bank-help', /no top-level domain/],
    ['cs@bank-help.invalidtld', /not under a known public suffix/],
    ['cs@co.id', /public suffix/],
    ['cs@[203.0.113.7]', /address literals/],
    ['"cs support"@bank.com', /quoted|spaces/],
    ['a@b@bank.com', /more than one "@"/],
    ['.cs@bank.com', /dot/],
    ['cs..support@bank.com', /two dots/],
    ['cs support@bank.com', /spaces/],
    ['c<s>@bank.com', /characters/],
    [`${'a'.repeat(65)}@bank.com`, /longer than 64/],
    ['cs@bank\u0000.com', /control characters/],
  ])('refuses %s', (raw, reason) => {
    expect(refusal(raw)).toMatch(reason);
  });
});

describe('canonicalEmail: properties', () => {
  it('never throws', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 150 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 80,
      }),
      fc
        .array(
          fc.constantFrom(
            'a',
            '@',
            '[at]',
            '.',
            '[.]',
            'mailto:',
            '%',
            '%zz',
            '<',
            '>',
            '"',
            'xn--',
            '\uD800',
            'İ',
          ),
          {
            maxLength: 30,
          },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(hostile, (value) => {
        expect(typeof email(value).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('spellings meet and canonical values are fixed points', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(
        word,
        fc.constantFrom('', '.', '_', '+', '-'),
        word,
        word,
        fc.constantFrom('com', 'co.th', 'com.vn', 'sg'),
        (a, sep, b, name, suffix) => {
          const address = `${a}${sep ? sep + b : ''}@${name}.${suffix}`;
          const canonical = emailValue(address);
          expect(emailValue(canonical)).toBe(canonical);
          expect(emailValue(address.toUpperCase())).toBe(canonical);
          expect(emailValue(address.replace('@', '[at]').replaceAll('.', '[.]'))).toBe(canonical);
        },
      ),
      { numRuns: 500 },
    );
  });
});
