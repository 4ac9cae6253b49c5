import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalApp } from '../../../src/domain/indicators/app.js';
import type { CanonicalResult } from '../../../src/domain/indicators/types.js';

const app = (value: string): CanonicalResult => canonicalApp({ kind: 'app', value });
const appValue = (value: string): string => {
  const result = app(value);
  if (!result.ok) throw new Error(`${value} refused: ${result.error}`);
  return result.indicator.value;
};
const refusal = (value: string): string => {
  const result = app(value);
  if (result.ok) throw new Error(`${value} accepted as ${result.indicator.value}`);
  return result.error;
};

describe('canonicalApp: Android', () => {
  it.each([
    'id.co.bri.brimo',
    'android:id.co.bri.brimo',
    'https://play.google.com/store/apps/details?id=id.co.bri.brimo',
    'https://play.google.com/store/apps/details?id=id.co.bri.brimo&hl=id&gl=ID',
    'play.google.com/store/apps/details?id=id.co.bri.brimo',
    'market://details?id=id.co.bri.brimo',
    'hxxps://play[.]google[.]com/store/apps/details?id=id.co.bri.brimo',
  ])('%s → android:id.co.bri.brimo', (value) => {
    expect(app(value)).toEqual({
      ok: true,
      indicator: { kind: 'app', value: 'android:id.co.bri.brimo', details: { store: 'google_play' } },
    });
  });

  it('keeps the case of package names, which Android treats as significant', () => {
    expect(appValue('com.Example.Loan')).toBe('android:com.Example.Loan');
    expect(appValue('com.Example.Loan')).not.toBe(appValue('com.example.loan'));
  });
});

describe('canonicalApp: iOS', () => {
  it.each([
    'https://apps.apple.com/th/app/pinjaman-cepat/id1234567890',
    'https://apps.apple.com/app/id1234567890',
    'https://itunes.apple.com/us/app/pinjaman-cepat/id1234567890?mt=8',
    'itms-apps://itunes.apple.com/app/id1234567890',
    'id1234567890',
    '1234567890',
    'ios:1234567890',
  ])('%s → ios:1234567890', (value) => {
    expect(appValue(value)).toBe('ios:1234567890');
  });

  it('notes the storefront of an App Store link', () => {
    const result = app('https://apps.apple.com/th/app/pinjaman-cepat/id1234567890');
    expect(result.ok && result.indicator.details).toEqual({ store: 'app_store', storefront: 'th' });
  });
});

describe('canonicalApp: refusals', () => {
  it.each([
    ['https://evil.com/downloads/BankTH.apk', /APK download link.*kind url/],
    ['https://evil.com/app.xapk?x=1', /APK download link/],
    ['https://testflight.apple.com/join/AbCdEf', /TestFlight.*kind url/],
    ['https://play.google.com/store/apps/dev?id=123', /not an app page/],
    ['https://play.google.com/store/apps/details', /without "\?id=/],
    ['https://apps.apple.com/us/developer/scam-inc/id123456789', /developer page/],
    ['https://apps.apple.com/us/app/name', /without an app id/],
    ['https://appgallery.huawei.com/app/C123', /not Google Play or the App Store/],
    ['BankTH', /not an Android package name/],
    ['com..example', /not an Android package name/],
    ['1com.example', /not an Android package name/],
    ['id12', /not an App Store app id/],
    ['com.example app', /spaces/],
    ['', /empty/],
  ])('%s', (value, reason) => {
    expect(refusal(value)).toMatch(reason);
  });
});

describe('canonicalApp: properties', () => {
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
            'android:',
            'ios:',
            'id',
            '1',
            'com',
            '.',
            'market://',
            '?id=',
            'play.google.com/',
            '/',
            '%zz',
            '\uD800',
          ),
          {
            maxLength: 20,
          },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(hostile, (value) => {
        expect(typeof app(value).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('store links and ids meet, and canonical values are fixed points', () => {
    const segment = fc
      .tuple(
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABC'),
        fc.string({ unit: fc.constantFrom(...'abcxyz019_'), maxLength: 8 }),
      )
      .map(([a, b]) => a + b);
    const pkg = fc.array(segment, { minLength: 2, maxLength: 4 }).map((s) => s.join('.'));
    fc.assert(
      fc.property(pkg, fc.integer({ min: 100_000, max: 999_999_999_999 }), (id, appleId) => {
        const android = appValue(id);
        expect(appValue(android)).toBe(android);
        expect(appValue(`https://play.google.com/store/apps/details?id=${id}`)).toBe(android);
        const ios = appValue(`https://apps.apple.com/my/app/x/id${appleId}`);
        expect(ios).toBe(`ios:${appleId}`);
        expect(appValue(ios)).toBe(ios);
      }),
      { numRuns: 500 },
    );
  });
});
