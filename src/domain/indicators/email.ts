import { domainToASCII } from 'node:url';
import { cleanValue, hasControlCharacter } from './defang.js';
import { guarded } from './guard.js';
import { type CanonicalContext, type CanonicalResult, fail, ok, type RawIndicator } from './types.js';
import { checkHostname, domainIndicator } from './web.js';

// RFC 5322 dot-atom characters, plus any letter, mark or digit (RFC 6531 internationalised mailboxes:
// THNIC and others promote Thai-script addresses).
const LOCAL_PART = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u;

/**
 * An email address: `local@domain`, lowercased, domain in punycode under a known public suffix.
 * Accepts defanged forms (`cs[at]bank-help[.]com`), `mailto:` links and `Name <address>`.
 * The whole address is lowercased, as the contract says: in practice no mail provider treats
 * case as significant. Provider-specific folding (Gmail dots and +tags) is *not* done: it is a
 * guess about one provider's routing, and the address as written is what victims saw.
 * `related` holds the domain of the address (shared mail providers are for warninglists to mute).
 */
export function canonicalEmail(raw: RawIndicator, _ctx: CanonicalContext = {}): CanonicalResult {
  return guarded(raw, 'not a valid email address', (value) => parseEmail(value));
}

function parseEmail(value: string): CanonicalResult {
  let text = cleanValue(value);
  if (hasControlCharacter(text)) return fail('not an email address: contains control characters');
  const angled = /<([^<>]*)>\s*$/.exec(text);
  if (angled) text = (angled[1] ?? '').trim();
  if (/^mailto:/i.test(text)) {
    text = text.slice('mailto:'.length).split('?', 1)[0] ?? '';
    try {
      text = decodeURIComponent(text);
    } catch {
      return fail('not an email address: the mailto link has broken %-escapes');
    }
  }
  if (text === '') return fail('value is empty');
  if (/\s/.test(text)) return fail('not an email address: contains spaces');
  const at = text.lastIndexOf('@');
  if (at < 0) return fail('not an email address: no "@" (defanged forms like [at] and (at) are understood)');
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local === '') return fail('not an email address: nothing before the "@"');
  if (local.includes('@') || local.includes('"'))
    return fail('not an email address: more than one "@" (quoted local parts are not supported)');
  if (local.length > 64)
    return fail('not an email address: the part before "@" is longer than 64 characters');
  if (!LOCAL_PART.test(local))
    return fail('not an email address: the part before "@" has characters addresses cannot hold');
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return fail(
      'not an email address: the part before "@" starts or ends with a dot, or has two dots in a row',
    );
  if (domain === '') return fail('not an email address: nothing after the "@"');
  if (domain.startsWith('['))
    return fail('address literals (user@[1.2.3.4]) are not supported: give the IP as kind ip');
  const asciiDomain = domainToASCII(domain.replace(/\.$/, ''));
  if (asciiDomain === '')
    return fail(`not an email address: "${domain.slice(0, 80)}" is not a valid domain name`);
  const check = checkHostname(asciiDomain);
  if (typeof check === 'string') return fail(`not an email address: ${check}`);
  const address = `${local.toLowerCase()}@${check.host}`;
  if (address.length > 254) return fail('not an email address: longer than 254 characters');
  return ok({
    kind: 'email',
    value: address,
    details: { domain: check.host },
    related: [domainIndicator(check)],
  });
}
