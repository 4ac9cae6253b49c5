import { domainToUnicode } from 'node:url';
import { parse as parseHost } from 'tldts';
import { cleanValue, hasControlCharacter, refang, stripInvisible } from './defang.js';
import { guarded } from './guard.js';
import { ipIndicator } from './ip.js';
import {
  type CanonicalContext,
  type CanonicalIndicator,
  type CanonicalResult,
  fail,
  ok,
  type RawIndicator,
} from './types.js';

/*
 * URLs and domains.
 *
 * Registrable domains are computed with the public suffix list *including its private section*
 * (tldts `allowPrivateDomains: true`): `shop-promo.blogspot.com`, `bank-verify.web.app` and
 * `x.github.io` are registrable domains of their own, not `blogspot.com`. Each free-hosting
 * subdomain is a separate operator; folding them into the hosting company's domain would glue
 * every scam cluster hosted there into one. A host that *is* a private suffix (`blogspot.com`), or its
 * `www.` (`www.blogspot.com`), falls back to its ICANN registrable domain.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const HOST_WITH_PORT = /^[^/?#:@]+:\d{1,5}(?:[/?#]|$)/;
const LABEL = /^[a-z0-9_-]{1,63}$/;
const DOTTED_QUAD = /^\d+\.\d+\.\d+\.\d+$/;

/** A checked DNS host: its registrable domain and the public suffix it sits under. */
export interface HostCheck {
  host: string;
  domain: string;
  suffix: string;
  suffixType: 'icann' | 'private';
}

/**
 * Checks an ASCII (punycode) hostname: DNS label syntax, and a known public suffix with a registrable
 * domain under it. Returns the reason when the host fails.
 */
export function checkHostname(hostname: string): HostCheck | string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return 'no host name';
  if (host.length > 253) return 'host name is longer than 253 characters';
  const labels = host.split('.');
  if (labels.length < 2) return `"${host}" is not a public domain name (no top-level domain)`;
  if (labels.some((label) => !LABEL.test(label)))
    return `"${clip(host)}" is not a valid domain name (empty label, label over 63 characters, or a character DNS names cannot hold)`;
  const withPrivate = parseHost(host, { allowPrivateDomains: true, extractHostname: false });
  if (!withPrivate.isIcann && !withPrivate.isPrivate)
    return `"${clip(host)}" is not under a known public suffix (".${labels.at(-1)}" is not a top-level domain)`;
  // "www." right on a private suffix (www.blogspot.com, www.br.com) is the operator's own site, not a customer's.
  if (withPrivate.domain && withPrivate.publicSuffix && withPrivate.domainWithoutSuffix !== 'www')
    return {
      host,
      domain: withPrivate.domain,
      suffix: withPrivate.publicSuffix,
      suffixType: withPrivate.isPrivate ? 'private' : 'icann',
    };
  const icannOnly = parseHost(host, { extractHostname: false });
  if (icannOnly.domain && icannOnly.publicSuffix && icannOnly.isIcann)
    return { host, domain: icannOnly.domain, suffix: icannOnly.publicSuffix, suffixType: 'icann' };
  return `"${host}" is a public suffix (like co.id or com.my), not a registrable domain`;
}

/** The `domain` indicator of a checked host: registrable domain, with the full host kept in details. */
export function domainIndicator(check: HostCheck): CanonicalIndicator {
  const details: Record<string, string> = { suffix: check.suffix, suffix_type: check.suffixType };
  if (check.host !== check.domain) details.host = check.host;
  if (check.domain.includes('xn--')) details.unicode = domainToUnicode(check.domain);
  return { kind: 'domain', value: check.domain, details };
}

/**
 * A link: http or https only. Accepts defanged forms (hxxps[:]//evil[.]com), scheme-less links that
 * clearly are links (a path, a query, a port, or a `www.` host), and internationalised hosts.
 * `related` holds the registrable domain of the host, or the host's IP.
 */
export function canonicalUrl(raw: RawIndicator, _ctx: CanonicalContext = {}): CanonicalResult {
  return guarded(raw, 'not a valid URL', (value) => parseUrlText(value));
}

/**
 * A registrable domain (public-suffix aware, punycode, lowercase). A host with subdomains, or a whole
 * link, canonicalises to its registrable domain; the full host is kept in `details.host`.
 */
export function canonicalDomain(raw: RawIndicator, _ctx: CanonicalContext = {}): CanonicalResult {
  return guarded(raw, 'not a valid domain name', (value) => parseDomainText(value));
}

function parseUrlText(value: string): CanonicalResult {
  // No NFKC here: path and query are kept exactly as written; the host gets IDNA mapping from the URL parser.
  let text = refang(stripInvisible(value)).trim();
  if (text === '') return fail('value is empty');
  if (hasControlCharacter(text)) return fail('not a URL: contains control characters');
  if (/\s/.test(text))
    return fail('not a URL: contains spaces (a link has none; spaces in a path are written %20)');
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && !HOST_WITH_PORT.test(text)) {
    if (scheme !== 'http' && scheme !== 'https') return fail(wrongSchemeReason(scheme));
  } else if (text.startsWith('//')) {
    text = `http:${text}`;
  } else {
    const host = text.split(/[/?#]/, 1)[0] ?? '';
    const clearlyLink = host.length < text.length || /^www\./i.test(host) || HOST_WITH_PORT.test(text);
    if (!clearlyLink)
      return fail(
        `"${clip(text)}" has no scheme and no path: it is a domain, not a link; give it as kind domain, or write the link with http:// or https://`,
      );
    text = `http://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`not a valid URL: "${clip(text)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(wrongSchemeReason(url.protocol.slice(0, -1)));
  url.hash = '';
  // "http://x/?" and "http://x/" are one resource: an empty query is dropped like an empty fragment.
  if (url.search === '') url.search = '';
  const related = hostIndicator(url);
  if (typeof related === 'string') return fail(related);
  const details: Record<string, string> = { scheme: url.protocol.slice(0, -1), host: url.hostname };
  if (url.hostname.includes('xn--')) details.host_unicode = domainToUnicode(url.hostname);
  if (url.username !== '' || url.password !== '')
    details.userinfo = 'present (text before "@" in a link is a known trick to disguise the real host)';
  return ok({ kind: 'url', value: url.href, details, related: related ? [related] : undefined });
}

/**
 * The indicator a URL's host implies (registrable domain or IP), or null for a host that is itself a public
 * suffix with a site of its own (gov.sg, edu.la): a link there is real, but it has no registrable domain.
 * Strips a trailing dot from the host.
 */
function hostIndicator(url: URL): CanonicalIndicator | string | null {
  const hostname = url.hostname;
  if (hostname === '') return 'the link has no host';
  if (hostname.startsWith('['))
    return ipIndicator(hostname.slice(1, -1)) ?? `"${hostname}" is not a valid IPv6 host`;
  // The URL parser has already turned every numeric host form (0x7f.1, 2130706433) into a dotted quad.
  if (DOTTED_QUAD.test(hostname)) return ipIndicator(hostname) ?? `"${hostname}" is not a valid IPv4 host`;
  if (hostname.endsWith('.')) url.hostname = hostname.slice(0, -1);
  const check = checkHostname(url.hostname);
  if (typeof check !== 'string') return domainIndicator(check);
  const suffix = parseHost(url.hostname, { extractHostname: false });
  return suffix.isIcann && suffix.publicSuffix === url.hostname && url.hostname.includes('.') ? null : check;
}

function parseDomainText(value: string): CanonicalResult {
  const text = cleanValue(value);
  if (text === '') return fail('value is empty');
  if (hasControlCharacter(text)) return fail('not a domain name: contains control characters');
  if (/\s/.test(text)) return fail('not a domain name: contains spaces');
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  let input: string;
  if (scheme !== undefined && !HOST_WITH_PORT.test(text)) {
    if (scheme !== 'http' && scheme !== 'https') return fail(wrongSchemeReason(scheme));
    input = text;
  } else {
    if (/^[^/?#]*@/.test(text)) return fail('looks like an email address: give it as kind email');
    input = `http://${text.replace(/^\/\//, '')}`;
  }
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return fail(`not a valid domain name: "${clip(text)}"`);
  }
  const hostname = url.hostname;
  if (hostname.startsWith('[') || DOTTED_QUAD.test(hostname))
    return fail(`"${hostname}" is an IP address, not a domain: give it as kind ip`);
  const check = checkHostname(hostname);
  if (typeof check === 'string') return fail(check);
  return ok(domainIndicator(check));
}

const SCHEME_HINTS = new Map([
  ['mailto', ': give the address as kind email'],
  ['tel', ': give the number as kind phone'],
  ['market', ': a Play Store link is kind app'],
  ['itms-apps', ': an App Store link is kind app'],
  ['tg', ': a Telegram link is kind social'],
]);
function wrongSchemeReason(scheme: string): string {
  return `only http and https links are url indicators, not "${clip(scheme)}:"${SCHEME_HINTS.get(scheme) ?? ''}`;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
