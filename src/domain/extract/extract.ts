import { parseCountry } from '../countries.js';
import {
  type CanonicalContext,
  type CanonicalIndicator,
  type CanonicalResult,
  canonicalize,
  type RawIndicator,
} from '../indicators/index.js';
import { withoutQuotedNarrator } from './context.js';
import { findCryptoAddresses } from './crypto-addresses.js';
import { findCues, sentenceBreaks } from './cues.js';
import { findBareHandles, findHandles } from './handles.js';
import { findEmails, findHosts, findIps, findSchemeLinks } from './links.js';
import { findNumbers } from './numbers.js';
import type { Found, ScanContext } from './scan.js';
import { originalSpan, prepareText } from './text.js';

export { MAX_EXTRACT_LENGTH } from './text.js';

/**
 * An indicator found in free text: its canonical form, and where it was written.
 * `start`/`end` are UTF-16 offsets into the text given (`text.slice(start, end)` is the value as written:
 * the digits of an account or phone, the link, the handle with its "@").
 * Every occurrence is returned, each with its span (the UI highlights each); {@link indicatorKey} and
 * {@link uniqueIndicators} fold repeats.
 */
export interface ExtractedIndicator extends CanonicalIndicator {
  start: number;
  end: number;
}

export interface ExtractOptions {
  /** ISO 3166-1 alpha-2 of the report: default region of local phone numbers, and of bank names. */
  country?: string | undefined;
  /**
   * The canonicaliser to use, by default the indicators module's canonicalize(). An importer passes its
   * cached one: the same numbers and accounts recur across thousands of narratives. Results are not mutated.
   */
  canonicalize?: ((raw: RawIndicator, ctx: CanonicalContext) => CanonicalResult) | undefined;
}

/**
 * Finds scam indicators in a victim's narrative (English, Indonesian, Malay, Thai, Vietnamese, Filipino):
 * links (also defanged), domains, emails, IPs, crypto addresses, social handles next to a platform name,
 * and numbers read through the words around them: bank accounts next to a bank or account word, e-wallets
 * next to a wallet name, phone numbers valid in the report's country. Precision first: a number that is
 * none of these (an amount, a date, an OTP, a reference) is left alone. Results are in text order.
 *
 * An e-wallet whose id is a phone number ("GCash 0917…") is returned once, as the e-wallet, with the phone
 * in `related`: the victim paid a wallet, and the importer records related indicators as derived. The
 * victim's own account, number, email, handle or wallet ("my BDO account …", "nomor saya …", "My Thai SIM is …",
 * "rek sy sendiri BNI …", "ví của tôi (0x…)", "ví MetaMask 0x… của tôi", "email ko …", "pls contact me instead 092…",
 * "my NRIC …, hp …"), or a relative's or friend's ("No telefon anak saya …", "nomor om sy …", "เบอร์ของครอบครัว …",
 * "number ni bunso …", "kapatid ko (0926…)", "kontak darurat sy (kakak, 0812…)", "gọi cho bạn số …" to check the
 * story), is not returned: it is personal data; a possessive inside a quoted message is the speaker's, though ("'send
 * it to my GCash …'"). Nor is what the text presents as the real institution's ("I called the BDO hotline (02)
 * 8631-8000", "Saya dah hubungi CIMB di 03-…", "ICA's real number …", "Dah telefon Public Bank 03-…", "the juristic
 * office (053 …) said …", "web resmi jet.co.id", "yg resmi cuma bankmandiri.co.id", "I checked on singpost.com",
 * "เช็คกับ ก.ล.ต. (sec.or.th)", "ลองค้นชื่อใน blacklistseller.com", "the number on OCBC's website is …", a government or
 * regulator's site, a brand's own help page), unless it calls it fake or impersonated; nor a brand named by its
 * domain ("review hotel di Traveloka.com"); nor the real number of a relative the scammer impersonated ("'Ma, new
 * number' … her number is still 09…").
 *
 * Pure, never throws; only the first {@link MAX_EXTRACT_LENGTH} characters are read.
 */
export function extractIndicators(text: string, opts: ExtractOptions = {}): ExtractedIndicator[] {
  if (typeof text !== 'string' || text === '') return [];
  try {
    return extract(text, opts);
  } catch {
    // Every step is bounded and the canonicalisers return failures rather than throw; this is the last guard
    // so that one odd narrative never aborts an import.
    return [];
  }
}

function extract(input: string, opts: ExtractOptions): ExtractedIndicator[] {
  const prepared = prepareText(input);
  const text = prepared.text;
  const country = countryOf(opts.country);
  const canonicalizer = typeof opts.canonicalize === 'function' ? opts.canonicalize : canonicalize;
  const context: CanonicalContext = { country };
  const ctx: ScanContext = { country, canonicalize: (raw) => canonicalizer(raw, context) };
  const found: Found[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);

  const cues = withoutQuotedNarrator(text, findCues(text, ctx.country));
  const breaks = sentenceBreaks(text);
  // Order matters: each step skips text an earlier one has taken (the digits of a link are no phone number).
  findSchemeLinks(text, ctx, found);
  findEmails(text, cues, breaks, ctx, found, taken);
  findBareHandles(text, cues, breaks, ctx, found, taken, true);
  findHosts(text, cues, breaks, ctx, found, taken);
  findCryptoAddresses(text, cues, breaks, ctx, found, taken);
  findIps(text, ctx, found, taken);
  findHandles(text, cues, breaks, ctx, found, taken);
  findNumbers(text, cues, breaks, ctx, found, taken);

  found.sort((a, b) => a.start - b.start);
  return found.map(({ indicator, start, end }) => ({ ...indicator, ...originalSpan(prepared, start, end) }));
}

const COUNTRIES = new Map<string, string | undefined>();
/** The report's country, checked once per distinct spelling (the check builds an Intl object). */
function countryOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 8) return undefined;
  if (!COUNTRIES.has(value)) {
    if (COUNTRIES.size > 1000) COUNTRIES.clear();
    COUNTRIES.set(value, parseCountry(value));
  }
  return COUNTRIES.get(value);
}

/** The identity of an indicator, for folding repeated occurrences. */
export function indicatorKey(indicator: { kind: string; value: string }): string {
  return `${indicator.kind}\u0000${indicator.value}`;
}

/** One entry per (kind, value), the first occurrence kept. */
export function uniqueIndicators<T extends { kind: string; value: string }>(indicators: readonly T[]): T[] {
  const seen = new Set<string>();
  return indicators.filter((indicator) => {
    const key = indicatorKey(indicator);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
