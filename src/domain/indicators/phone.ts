import {
  type CountryCode,
  isSupportedCountry,
  Metadata,
  type PhoneNumber,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import { cleanValue, hasControlCharacter } from './defang.js';
import { guarded } from './guard.js';
import { type CanonicalContext, type CanonicalResult, fail, ok, type RawIndicator } from './types.js';

/*
 * Phone numbers to E.164, validated against libphonenumber's full metadata: scam numbers are real,
 * assigned numbers, so a number outside every number range of its country is refused with the reason.
 *
 * International (IDD) prefixes. libphonenumber's metadata knows one pattern per country:
 *   ID 00[89]   TH 00[1-9]   SG 0[0-3]\d   KH 00[14-9]   BN LA MM MY PH TL VN 00
 * and strips it only for the default region. We strip, for the default region, its metadata pattern plus
 * the prefixes it lacks (below), then the generic "00" that people everywhere write for "+". If nothing
 * valid comes out, a 3-digit "00X" prefix (another ASEAN country's carrier code) is tried last. In every
 * ASEAN plan national numbers start with 0 followed by 1–9 (or have no trunk prefix at all), so these
 * prefixes never hide a national number. Prefixes starting "01" are stripped only for Indonesia, where
 * no national number starts with 01 (in Malaysia 01X is the mobile range).
 */
const EXTRA_IDD_PREFIXES: Record<string, readonly string[]> = {
  // Indosat 001/008, Telkom 007, 009 (Telkom/Indosat VoIP), 01016/01017 carrier VoIP access codes.
  ID: ['001', '007', '01016', '01017'],
};
const FALLBACK_IDD = /^00[1-9]/;

/** Separators people put in numbers: spaces, dashes (any Unicode dash), dots, brackets, slashes are not. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212.()[\]]/g;
const EXTENSION = /(?:;ext=|\s*(?:ext\.?|extension|x|#)\s*)(\d{1,7})$/i;

const TYPE_NAMES: Record<string, string> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed_line',
  FIXED_LINE_OR_MOBILE: 'fixed_line_or_mobile',
  TOLL_FREE: 'toll_free',
  PREMIUM_RATE: 'premium_rate',
  SHARED_COST: 'shared_cost',
  VOIP: 'voip',
  PERSONAL_NUMBER: 'personal_number',
  PAGER: 'pager',
  UAN: 'uan',
  VOICEMAIL: 'voicemail',
};

/**
 * A phone number to E.164 (`+6281234567890`). Accepts national formats of the default region
 * (`ctx.country`) with any separators, `+`, `00` and national IDD prefixes, `tel:` URIs, and WhatsApp
 * links (`wa.me/62…`, `api.whatsapp.com/send?phone=…`, `whatsapp://send?phone=…`).
 * details: `country` (region of the number, when geographic), `type` (mobile, fixed_line…, when known).
 */
export function canonicalPhone(raw: RawIndicator, ctx: CanonicalContext = {}): CanonicalResult {
  return guarded(raw, 'not a valid phone number', (value) =>
    parsePhoneText(value, defaultRegion(ctx.country)),
  );
}

/** ISO region for libphonenumber, or undefined when the code is missing or unknown to it. */
export function defaultRegion(country: string | undefined): CountryCode | undefined {
  if (typeof country !== 'string') return undefined;
  const code = country.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code) ? (code as CountryCode) : undefined;
}

/** The number part of a WhatsApp link, or undefined when the text is not a WhatsApp phone link. */
export function whatsappLinkNumber(text: string): string | undefined {
  const match =
    /^(?:(?:https?:)?\/\/)?(?:www\.)?(wa\.me|(?:api\.|web\.)?whatsapp\.com)(\/[^?#]*)?(\?[^#]*)?/i.exec(text);
  const whatsappUri = /^whatsapp:\/\/send\/?(\?[^#]*)?/i.exec(text);
  if (!match && !whatsappUri) return undefined;
  const query = new URLSearchParams((match ? match[3] : whatsappUri?.[1]) ?? '');
  if (match && match[1]?.toLowerCase() === 'wa.me') {
    // wa.me/<number> and wa.me/c/<number> (a business catalogue); wa.me/message/<code> is no number.
    const segments = (match[2] ?? '').split('/').filter((s) => s !== '');
    const number = segments[0] === 'c' ? segments[1] : segments[0];
    if (number === undefined) return query.get('phone') ?? undefined;
    return /^\+?[\d-]+$/.test(number) ? number : undefined;
  }
  const path = (match?.[2] ?? '/send').replace(/\/+$/, '');
  if (path !== '/send' && path !== '') return undefined;
  return query.get('phone') ?? undefined;
}

function parsePhoneText(value: string, region: CountryCode | undefined): CanonicalResult {
  let text = cleanValue(value);
  if (text === '') return fail('value is empty');
  if (hasControlCharacter(text)) return fail('not a phone number: contains control characters');
  let fromLink = false;
  if (/^tel:/i.test(text)) {
    text = text.slice(4);
    try {
      text = decodeURIComponent(text);
    } catch {
      return fail('not a phone number: the tel: link has broken %-escapes');
    }
    // RFC 3966 parameters: ";ext=" is kept as the extension; others (";phone-context=", ";isub=") dropped.
    const ext = /;ext=(\d{1,7})/i.exec(text)?.[1];
    text = (text.split(';', 1)[0] ?? '') + (ext ? `;ext=${ext}` : '');
  } else if (/wa\.me|whatsapp/i.test(text)) {
    const number = whatsappLinkNumber(text);
    if (number === undefined)
      return fail('a WhatsApp link without a phone number (group, channel or message link)');
    // wa.me numbers are international without "+"; a leading 0 is a (broken) national number.
    const digits = number.replace(/[^\d+]/g, '');
    text = digits.startsWith('0') || digits.startsWith('+') ? digits : `+${digits}`;
    fromLink = true;
  }
  let extension: string | undefined;
  const ext = EXTENSION.exec(text);
  if (ext && ext.index > 0) {
    extension = ext[1];
    text = text.slice(0, ext.index);
  }
  const compact = text.replace(SEPARATORS, '');
  if (/[a-z]/i.test(compact))
    return fail(
      'not a phone number: contains letters (write letter-numbers such as 1-800-FLOWERS in digits)',
    );
  if (!/^\+?\d+$/.test(compact))
    return fail(
      'not a phone number: only digits, a leading +, and spaces, dashes, dots or brackets are allowed',
    );
  const plus = compact.startsWith('+');
  const digits = plus ? compact.slice(1) : compact;
  if (digits.length < 5)
    return fail('not a phone number: too short (short codes like 1441 or 997 are not numbers)');
  // E.164 allows 15 digits; a 5-digit carrier IDD prefix (Indonesia's 01017) may come before them.
  if (digits.length > 20) return fail('not a phone number: too long (E.164 numbers have at most 15 digits)');
  if (plus && digits.startsWith('0'))
    return fail(
      'not a phone number: "+" must be followed by a country code, not 0 (write +62 812…, not +0812…)',
    );

  const attempts: Attempt[] = [];
  const tryParse = (input: string, country?: CountryCode): PhoneNumber | undefined => {
    const number = parsePhoneNumberFromString(input, country ? { defaultCountry: country } : undefined);
    attempts.push({ input, country, number });
    return number?.isValid() ? number : undefined;
  };
  let found: PhoneNumber | undefined;
  if (plus) {
    found = tryParse(`+${digits}`);
  } else {
    // In Thailand "001 65…" dials +65 through carrier 001, but people also write "00" for "+": when two
    // prefixes both give a valid number, the number is ambiguous and refused rather than guessed.
    const readings = new Map<string, PhoneNumber>();
    for (const prefix of iddPrefixes(digits, region)) {
      const number = tryParse(`+${digits.slice(prefix.length)}`);
      if (number) readings.set(number.number, number);
    }
    if (readings.size > 1)
      return fail(
        `ambiguous international prefix: the digits read as ${[...readings.keys()].join(' or ')}; write the number with +`,
      );
    found = [...readings.values()][0];
    if (!found && digits.startsWith('0') && !digits.startsWith('00') && region === undefined)
      return fail(
        'a national number (leading 0) needs a country: write it with +<country code>, or give the country of the report',
      );
    if (!found && region && !digits.startsWith('00')) found = tryParse(digits, region);
    // Digits without "+" that start with a country code, as WhatsApp exports and wa.me links write them.
    if (!found && !digits.startsWith('0')) found = tryParse(`+${digits}`);
    if (!found && digits.startsWith('0')) found = fallbackIdd(digits, tryParse);
  }
  if (!found) return fail(invalidReason(attempts, fromLink));
  const details: Record<string, string> = {};
  if (found.country) details.country = found.country;
  const type = found.getType();
  if (type && TYPE_NAMES[type]) details.type = TYPE_NAMES[type];
  if (extension) details.extension = extension;
  return ok({ kind: 'phone', value: found.number, details });
}

interface Attempt {
  input: string;
  country: CountryCode | undefined;
  number: PhoneNumber | undefined;
}

/** The IDD prefixes of the default region (metadata, then our additions) and the generic "00" that start the digits. */
function iddPrefixes(digits: string, region: CountryCode | undefined): string[] {
  const prefixes: string[] = [];
  if (region) {
    const match = iddPattern(region)?.exec(digits);
    if (match && match[0] !== '') prefixes.push(match[0]);
    for (const extra of EXTRA_IDD_PREFIXES[region] ?? []) if (digits.startsWith(extra)) prefixes.push(extra);
  }
  if (digits.startsWith('00')) prefixes.push('00');
  return [...new Set(prefixes)].sort((a, b) => b.length - a.length);
}

const iddPatterns = new Map<string, RegExp | undefined>();
function iddPattern(region: CountryCode): RegExp | undefined {
  if (!iddPatterns.has(region)) {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(region);
    const pattern = metadata.numberingPlan?.IDDPrefix();
    iddPatterns.set(region, pattern ? new RegExp(`^(?:${pattern})`) : undefined);
  }
  return iddPatterns.get(region);
}

/**
 * A 3-digit "00X" prefix of another country (an Indonesian victim's 001/007, a Thai victim's 009…):
 * tried only when nothing else was valid, and accepted only when it gives a valid number.
 */
function fallbackIdd(
  digits: string,
  tryParse: (input: string) => PhoneNumber | undefined,
): PhoneNumber | undefined {
  return FALLBACK_IDD.test(digits) ? tryParse(`+${digits.slice(3)}`) : undefined;
}

function invalidReason(attempts: Attempt[], fromLink: boolean): string {
  // Explain the reading a person most likely meant: the first one tried.
  const first = attempts[0];
  const where = fromLink ? ' in the WhatsApp link' : '';
  if (!first) return 'not a valid phone number';
  const number = first.number;
  const place = number?.country
    ? `${regionName(number.country)} (+${number.countryCallingCode})`
    : number?.countryCallingCode
      ? `+${number.countryCallingCode}`
      : first.country
        ? regionName(first.country)
        : undefined;
  let why: string;
  try {
    const length = validatePhoneNumberLength(
      first.input,
      first.country ? { defaultCountry: first.country } : undefined,
    );
    why =
      length === 'TOO_SHORT'
        ? 'too short'
        : length === 'TOO_LONG'
          ? 'too long'
          : length === 'INVALID_LENGTH'
            ? 'wrong number of digits'
            : length === 'INVALID_COUNTRY'
              ? 'unknown country calling code (no country uses the digits after "+")'
              : length === 'NOT_A_NUMBER'
                ? 'not a number'
                : 'no such number range (a missing or extra digit? the digits fit no assigned block of that numbering plan)';
  } catch {
    why = 'unknown country calling code (no country uses the digits after "+")';
  }
  return place
    ? `not a valid phone number${where} for ${place}: ${why}`
    : `not a valid phone number${where}: ${why}`;
}

let regionNames: Intl.DisplayNames | undefined;
function regionName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
