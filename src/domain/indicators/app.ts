import { cleanValue, hasControlCharacter } from './defang.js';
import { guarded } from './guard.js';
import { type CanonicalContext, type CanonicalResult, fail, ok, type RawIndicator } from './types.js';

/**
 * Android package names: dot-separated Java identifiers, at least two segments. Case is kept: package names
 * are case-sensitive on Android and in Play Store links (`com.Example.app` is not `com.example.app`).
 */
const ANDROID_PACKAGE = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/;
const IOS_ID = /^\d{6,12}$/;
const APK_PATH = /\.(?:apk|apks|xapk|apkm|aab)$/i;

/**
 * A mobile app in an official store: `android:<package>` from a package name, a Play Store link or a
 * `market://` link; `ios:<numeric id>` from an App Store link (apps.apple.com / itunes.apple.com /
 * `itms-apps://`), `id123456789`, or a bare App Store number. APK download links and TestFlight invites
 * are not store entries and are refused with a pointer to kind url.
 */
export function canonicalApp(raw: RawIndicator, _ctx: CanonicalContext = {}): CanonicalResult {
  return guarded(raw, 'not a valid app identifier', (value) => parseApp(value));
}

function parseApp(value: string): CanonicalResult {
  const text = cleanValue(value);
  if (text === '') return fail('value is empty');
  if (hasControlCharacter(text) || /\s/.test(text))
    return fail('not an app identifier: contains spaces or control characters');
  const canonical = /^(android|ios):(.+)$/i.exec(text);
  if (canonical)
    return canonical[1]?.toLowerCase() === 'android' ? android(canonical[2] ?? '') : ios(canonical[2] ?? '');
  if (/^id\d+$/i.test(text)) return ios(text.slice(2));
  if (/^\d+$/.test(text)) return ios(text);
  const url = asUrl(text);
  if (url) return fromLink(url);
  return android(text);
}

function android(pkg: string, details: Record<string, string> = {}): CanonicalResult {
  if (pkg.length > 255 || !ANDROID_PACKAGE.test(pkg))
    return fail(
      `"${clip(pkg)}" is not an Android package name (dot-separated segments of letters, digits and _, like com.example.app)`,
    );
  return ok({ kind: 'app', value: `android:${pkg}`, details: { store: 'google_play', ...details } });
}

function ios(id: string, details: Record<string, string> = {}): CanonicalResult {
  const digits = id.replace(/^id/i, '');
  if (!IOS_ID.test(digits))
    return fail(`"${clip(id)}" is not an App Store app id (6–12 digits, as in id123456789)`);
  return ok({
    kind: 'app',
    value: `ios:${String(Number(digits))}`,
    details: { store: 'app_store', ...details },
  });
}

function asUrl(text: string): URL | undefined {
  const input = /^[a-z][a-z0-9+.-]*:/i.test(text)
    ? text
    : /^(?:[a-z0-9-]+\.)+[a-z]{2,}\//i.test(text)
      ? `https://${text}`
      : undefined;
  if (input === undefined) return undefined;
  try {
    return new URL(input);
  } catch {
    return undefined;
  }
}

function fromLink(url: URL): CanonicalResult {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (url.protocol === 'market:') {
    const id = url.searchParams.get('id');
    return id ? android(id) : fail('a market:// link without an app id');
  }
  if (url.protocol === 'itms-apps:' || url.protocol === 'itms-appss:' || url.protocol === 'itms:')
    return appStore(url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(`not an app store link: "${url.protocol}" links are not store entries`);
  if (APK_PATH.test(url.pathname))
    return fail(
      'an APK download link is not a store entry: record it as kind url (and the file hash, if you have it)',
    );
  if (host === 'play.google.com') {
    if (!url.pathname.startsWith('/store/apps/details'))
      return fail(
        'a Google Play link that is not an app page (developer, search or collection): give the app page',
      );
    const id = url.searchParams.get('id');
    return id ? android(id) : fail('a Google Play link without "?id=<package>"');
  }
  if (host === 'apps.apple.com' || host === 'itunes.apple.com') return appStore(url);
  if (host === 'testflight.apple.com')
    return fail('a TestFlight invite is not an App Store entry: record it as kind url');
  return fail(`"${clip(host)}" is not Google Play or the App Store: record the link as kind url`);
}

function appStore(url: URL): CanonicalResult {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  if (segments.includes('developer'))
    return fail('an App Store developer page, not an app: give the app page');
  const id =
    segments.map((s) => /^id(\d+)$/i.exec(s)?.[1]).find((s) => s !== undefined) ?? url.searchParams.get('id');
  if (!id) return fail('an App Store link without an app id (…/id123456789)');
  const details: Record<string, string> = {};
  if (segments[0] && /^[a-z]{2}$/i.test(segments[0])) details.storefront = segments[0].toLowerCase();
  return ios(id, details);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
