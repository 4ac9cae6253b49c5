import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIp } from '../../../src/domain/indicators/ip.js';
import type { CanonicalResult } from '../../../src/domain/indicators/types.js';

const ip = (value: string): CanonicalResult => canonicalIp({ kind: 'ip', value });
const ipValue = (value: string): string => {
  const result = ip(value);
  if (!result.ok) throw new Error(`${value} refused: ${result.error}`);
  return result.indicator.value;
};
const refusal = (value: string): string => {
  const result = ip(value);
  if (result.ok) throw new Error(`${value} accepted as ${result.indicator.value}`);
  return result.error;
};

describe('canonicalIp: IPv4', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['203[.]0[.]113[.]7', '203.0.113.7'],
    ['203(.)0(.)113(.)7', '203.0.113.7'],
    ['203.0.113.7:8080', '203.0.113.7'],
    ['２０３．０．１１３．７', '203.0.113.7'],
    ['0.0.0.0', '0.0.0.0'],
    ['255.255.255.255', '255.255.255.255'],
  ])('%s → %s', (raw, expected) => {
    expect(ipValue(raw)).toBe(expected);
  });

  it('refuses leading zeros rather than guessing octal or decimal', () => {
    expect(refusal('010.1.1.1')).toMatch(/leading zero.*octal or decimal/);
    expect(refusal('192.168.001.001')).toMatch(/leading zero/);
  });

  it.each([
    ['256.1.1.1', /over 255/],
    ['1.2.3', /3 parts instead of 4/],
    ['1.2.3.4.5', /5 parts/],
    ['1.2.3.4/24', /network range/],
    ['1.2.3.4:99999', /over 65535/],
    ['one.two.three.four', /not an IP address/],
    ['1. 2.3.4', /spaces/],
    ['', /empty/],
  ])('refuses %s', (raw, reason) => {
    expect(refusal(raw)).toMatch(reason);
  });

  it('records scope and port, so warninglists can mute private and documentation addresses', () => {
    const result = ip('192.168.1.1:80');
    expect(result).toEqual({
      ok: true,
      indicator: {
        kind: 'ip',
        value: '192.168.1.1',
        details: { version: '4', scope: 'private', port: '80' },
      },
    });
    const scopes = [
      '8.8.8.8',
      '10.0.0.1',
      '127.0.0.1',
      '169.254.1.1',
      '100.64.0.1',
      '224.0.0.1',
      '198.51.100.1',
    ].map((a) => {
      const r = ip(a);
      return r.ok ? r.indicator.details?.scope : r.error;
    });
    expect(scopes).toEqual([
      'public',
      'private',
      'loopback',
      'link-local',
      'shared',
      'multicast',
      'documentation',
    ]);
  });
});

describe('canonicalIp: IPv6', () => {
  it.each([
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['2001[:]db8[:][:]1', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'], // RFC 5952 §4.2.3: first of equal runs
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'], // §4.2.2: a single zero group is not compressed
    ['2001:db8:0:0:0:1:0:0', '2001:db8::1:0:0'], // §4.2.3: the longest run
    ['::', '::'],
    ['::1', '::1'],
    ['fe80::', 'fe80::'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
  ])('%s → %s', (raw, expected) => {
    expect(ipValue(raw)).toBe(expected);
  });

  it('folds IPv4-mapped addresses to IPv4', () => {
    expect(ipValue('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(ipValue('::FFFF:CB00:7107')).toBe('203.0.113.7');
    expect(ipValue('0:0:0:0:0:ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it.each([
    ['1::2::3', /only once/],
    ['1:2:3:4:5:6:7:8:9', /9 groups/],
    ['1:2:3:4:5:6:7::8', /too many groups/],
    ['12345::1', /not a valid IPv6/],
    ['fe80::1%eth0', /zone index/],
    ['2001:db8::/32', /network range/],
    ['::ffff:1.2.3.256', /not a valid IPv6/],
    ['gggg::1', /not a valid IPv6/],
  ])('refuses %s', (raw, reason) => {
    expect(refusal(raw)).toMatch(reason);
  });
});

describe('canonicalIp: properties', () => {
  it('never throws', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 60,
      }),
      fc
        .array(
          fc.constantFrom('1', '0', 'ff', ':', '::', '.', '[', ']', '%', '/', 'ffff', '[.]', '\uD800', '٣'),
          {
            maxLength: 30,
          },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(hostile, (value) => {
        const result = ip(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the WHATWG URL serialiser on IPv6, and canonical values are fixed points', () => {
    fc.assert(
      fc.property(fc.ipV6(), (address) => {
        const canonical = ipValue(address);
        expect(ipValue(canonical)).toBe(canonical);
        expect(ipValue(address.toUpperCase())).toBe(canonical);
        if (canonical.includes(':')) expect(new URL(`http://[${address}]/`).hostname).toBe(`[${canonical}]`);
      }),
      { numRuns: 1000 },
    );
  });

  it('IPv4 addresses are fixed points, and defanged spellings meet', () => {
    fc.assert(
      fc.property(fc.ipV4(), (address) => {
        expect(ipValue(address)).toBe(address);
        expect(ipValue(address.replaceAll('.', '[.]'))).toBe(address);
        expect(ipValue(`::ffff:${address}`)).toBe(address);
      }),
      { numRuns: 500 },
    );
  });
});
