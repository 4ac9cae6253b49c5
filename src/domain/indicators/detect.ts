import { parse as parseHost } from 'tldts';
import { canonicalApp } from './app.js';
import { cleanValue, MAX_VALUE_LENGTH, refang, stripInvisible } from './defang.js';
import { canonicalEmail } from './email.js';
import { EWALLET_DATA } from './ewallets.data.js';
import { canonicalIp } from './ip.js';
import { canonicalPhone, defaultRegion } from './phone.js';
import { canonicalSocial, SOCIAL_PLATFORMS } from './social.js';
import type { CanonicalContext, IndicatorKind, RawIndicator } from './types.js';
import { canonicalDomain } from './web.js';

/*
 * Kind detection for values written without one. Precision over recall: when a value could be two kinds,
 * it gets no kind (the caller is told to give one) rather than a wrong one. The rules, in order:
 *
 * 1. Qualifiers decide: `bank` → bank_account, `provider` → ewallet, `platform` → social (or phone, when
 *    the platform account is a phone number, as on WhatsApp).
 * 2. Crypto address shapes (checksums are crypto.ts's job): 0x+40 hex, bc1…/ltc1… bech32, TRON T+33,
 *    legacy 1…/3…/L…/M… base58, Solana base58 32–44. Base58 shapes must hold a letter (a long
 *    all-digit string is an account or reference number) and Solana's must mix cases and digits.
 * 3. Schemes: tel: → phone, mailto: → email, market:/itms-apps: → app, tg:/line:/viber:/whatsapp: → social,
 *    bitcoin:/ethereum:… → crypto, http(s) (also defanged hxxp) → link rules below. Canonical values
 *    name their kind the same way (android:/ios: → app, btc:/evm:/tron:… → crypto, telegram:… → social).
 * 4. Links (a scheme, or a host with a known public suffix followed by a path, or a www. host):
 *    store pages → app, profile links → social (wa.me → phone), everything else (APKs, posts, shorteners)
 *    → url.
 * 5. `local@domain` → email.  6. Dotted quad / IPv6 → ip.
 * 7. Reverse-DNS names → app when the first label is com/org/net, or the first two labels reversed are a
 *    multi-label public suffix (`id.co.bri.brimo` → co.id), or the name is no valid domain but starts with
 *    a top-level domain (`id.dana`). Otherwise a bare host under a known public suffix → domain.
 * 8. Phone: `+` or `00` with digits and separators (all shapes with `+` are phones, so the canonicaliser
 *    can explain an invalid one); a leading 0 only when valid in the report's country (bank accounts also
 *    start with 0); digits without 0 only in countries without a trunk prefix (SG, BN, TL) and when valid.
 * Anything else (a bare "@handle", plain digits, free text) gets no kind.
 */

const BASE58 = '[1-9A-HJ-NP-Za-km-z]';
const CRYPTO_SHAPES: RegExp[] = [
  /^0x[0-9a-fA-F]{40}$/,
  /^(?:bc1|ltc1)[02-9ac-hj-np-z]{8,87}$/i,
  new RegExp(`^T${BASE58}{33}$`),
  new RegExp(`^[13]${BASE58}{24,34}$`),
  new RegExp(`^[LM]${BASE58}{25,33}$`),
];
const SOLANA_SHAPE = new RegExp(`^${BASE58}{32,44}$`);
// Payment URIs, and the chain prefixes of canonical crypto values (btc:…, evm:…).
const CRYPTO_SCHEMES = new Set([
  'bitcoin',
  'ethereum',
  'litecoin',
  'solana',
  'tron',
  'usdt',
  'btc',
  'evm',
  'ltc',
  'sol',
]);
const SOCIAL_SCHEMES = new Set(['tg', 'line', 'viber', 'whatsapp']);
const APP_SCHEMES = new Set(['market', 'itms-apps', 'itms-appss', 'itms']);
const APP_STORE_HOSTS = new Set(['play.google.com', 'apps.apple.com', 'itunes.apple.com']);
/** Countries whose numbers have no trunk prefix: there a bare run of digits is the usual way to write a number. */
const NO_TRUNK_PREFIX = new Set(['SG', 'BN', 'TL']);
const HOST_THEN_PATH = /^((?:[\p{L}\p{N}_-]+\.)+[\p{L}\p{N}-]{2,})\.?(?::\d{1,5})?[/?#]/u;
const BARE_HOST = /^(?:[\p{L}\p{N}_-]+\.)+[\p{L}\p{N}-]{2,}\.?$/u;
const REVERSE_DNS = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*){1,}$/i;

/** Guesses the kind of a value written without one; undefined when the value is not clearly one kind. */
export function detectKind(raw: RawIndicator, ctx: CanonicalContext = {}): IndicatorKind | undefined {
  try {
    if (typeof raw.value !== 'string' || raw.value.length > MAX_VALUE_LENGTH) return undefined;
    if (raw.bank?.trim()) return 'bank_account';
    if (raw.provider?.trim()) return 'ewallet';
    if (raw.platform?.trim()) {
      const social = canonicalSocial(raw, ctx);
      return social.ok ? social.indicator.kind : 'social';
    }
    return fromValue(raw.value, ctx);
  } catch {
    return undefined;
  }
}

function fromValue(value: string, ctx: CanonicalContext): IndicatorKind | undefined {
  const text = cleanValue(value);
  if (text === '') return undefined;
  if (isCryptoShape(text)) return 'crypto';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'tel') return 'phone';
  if (scheme === 'mailto') return 'email';
  if (scheme && (APP_SCHEMES.has(scheme) || scheme === 'android' || scheme === 'ios')) return 'app';
  if (scheme && CRYPTO_SCHEMES.has(scheme)) return 'crypto';
  if (scheme && SOCIAL_SCHEMES.has(scheme) && text.slice(scheme.length + 1).startsWith('//'))
    return socialKind(text, ctx) ?? 'social';
  if (scheme === 'http' || scheme === 'https' || text.startsWith('//')) return linkKind(text, ctx);
  // Canonical bank accounts ("CENAIDJA:1234567890") and e-wallets ("gcash:+639171234567") read back as themselves.
  if (/^[A-Z]{6}[A-Z0-9]{2}:\d{5,20}$/.test(text)) return 'bank_account';
  if (scheme && EWALLET_DATA.some((p) => p.id === scheme)) return 'ewallet';
  // A canonical social value ("telegram:cs_support88") is recognised by its platform id.
  if (scheme && SOCIAL_PLATFORMS.some((p) => p.id === scheme)) return socialKind(text, ctx) ?? 'social';
  if (/\s/.test(text)) return phoneKind(text, ctx);
  const hostThenPath = HOST_THEN_PATH.exec(text);
  if (hostThenPath && (isPublicHost(hostThenPath[1] ?? '') || /^www\./i.test(text)))
    return linkKind(text, ctx);
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text))
    return canonicalEmail({ value: text }, ctx).ok ? 'email' : undefined;
  if (/^[\d.]+$/.test(text) && text.split('.').length === 4)
    return canonicalIp({ value: text }, ctx).ok ? 'ip' : undefined;
  if (/^\[?[0-9a-f:.]+\]?$/i.test(text) && text.includes(':') && canonicalIp({ value: text }, ctx).ok)
    return 'ip';
  if (REVERSE_DNS.test(text) && looksLikePackage(text)) return 'app';
  if (BARE_HOST.test(text)) {
    if (/^www\./i.test(text)) return 'url';
    if (canonicalDomain({ value: text }, ctx).ok) return 'domain';
  }
  return phoneKind(text, ctx);
}

function isCryptoShape(text: string): boolean {
  if (CRYPTO_SHAPES[0]!.test(text) || CRYPTO_SHAPES[1]!.test(text)) return true;
  const hasLetter = /[A-Za-z]/.test(text);
  if (!hasLetter) return false;
  if (CRYPTO_SHAPES.slice(2).some((shape) => shape.test(text))) return true;
  return SOLANA_SHAPE.test(text) && /[a-z]/.test(text) && /[A-Z]/.test(text) && /\d/.test(text);
}

/** A link: store pages are apps, profile links social (or phone), the rest urls. */
function linkKind(text: string, ctx: CanonicalContext): IndicatorKind {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `http://${text.replace(/^\/\//, '')}`);
  } catch {
    return 'url';
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (APP_STORE_HOSTS.has(host)) return canonicalApp({ value: text }, ctx).ok ? 'app' : 'url';
  const onSocialHost = SOCIAL_PLATFORMS.some((p) =>
    p.hosts.some((h) => host === h || host.endsWith(`.${h}`)),
  );
  if (onSocialHost) return socialKind(text, ctx) ?? 'url';
  return 'url';
}

function socialKind(text: string, ctx: CanonicalContext): IndicatorKind | undefined {
  const social = canonicalSocial({ value: text }, ctx);
  return social.ok ? social.indicator.kind : undefined;
}

function isPublicHost(host: string): boolean {
  const parsed = parseHost(host.toLowerCase(), { allowPrivateDomains: true, extractHostname: false });
  return (parsed.isIcann === true || parsed.isPrivate === true) && parsed.domain !== null;
}

/** Reverse-DNS app ids (`com.grabtaxi.passenger`, `id.co.bri.brimo`) against hosts (`id.example.com`). */
function looksLikePackage(text: string): boolean {
  const labels = text.toLowerCase().split('.');
  const [first = '', second = ''] = labels;
  if (labels.length >= 3 && (first === 'com' || first === 'org' || first === 'net')) return true;
  const reversedSuffix = parseHost(`x.${second}.${first}`, { extractHostname: false });
  if (labels.length >= 3 && reversedSuffix.isIcann && reversedSuffix.publicSuffix === `${second}.${first}`)
    return true;
  const asDomain = canonicalDomain({ value: text });
  if (asDomain.ok) return false;
  const firstIsTld = parseHost(`x.${first}`, { extractHostname: false });
  return firstIsTld.isIcann === true && firstIsTld.publicSuffix === first;
}

function phoneKind(text: string, ctx: CanonicalContext): IndicatorKind | undefined {
  const compact = refang(stripInvisible(text)).replace(/[\s\-\u2010-\u2015\u2212.()[\]]/g, '');
  if (!/^\+?\d{5,20}$/.test(compact)) return undefined;
  if (compact.startsWith('+')) return 'phone';
  const valid = canonicalPhone({ value: text }, ctx).ok;
  if (compact.startsWith('0')) return valid ? 'phone' : undefined;
  const region = defaultRegion(ctx.country);
  return valid && region && NO_TRUNK_PREFIX.has(region) ? 'phone' : undefined;
}
