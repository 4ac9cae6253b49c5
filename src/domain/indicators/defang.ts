/**
 * Text clean-up shared by the canonicalisers and the free-text extractor: restoring defanged
 * indicators, dropping invisible characters, and mapping the digits of Southeast Asian scripts.
 * Every function here is linear in its input and never throws.
 */

/** Longest value a canonicaliser looks at (the dispatcher refuses longer input before calling one). */
export const MAX_VALUE_LENGTH = 2048;

// Threat-intel and CERT write-ups "defang" links so they cannot be clicked: hxxp://evil[.]com, user[at]mail(.)com.
const DEFANGED_SEPARATOR = /\[:\/\/\]|:\[\/\/\]|\[:\]|\[\/\]/g;
const SEPARATOR_VALUE: Record<string, string> = { '[://]': '://', ':[//]': '://', '[:]': ':', '[/]': '/' };
const DEFANGED_HTTP = /\bh(?:xx|tx|xt|\*\*|__|\[tt\]|\[xx\])p(s?)(?=:)/gi;
const DEFANGED_FTP = /\bf(?:x|xx)p(s?)(?=:)/gi;
const DEFANGED_DOT = / ?[[({] ?(?:\.|dot) ?[\])}] ?|\\\./gi;
const DEFANGED_AT = / ?[[({] ?(?:@|at) ?[\])}] ?/gi;

/**
 * Restores defanged indicators: `hxxps[:]//evil[.]com` → `https://evil.com`, `user[at]mail(.)com` → `user@mail.com`.
 * Only bracketed forms are restored (`[dot]`, `(at)`, `{.}`…): a bare word "dot" or "at" is ordinary text.
 */
export function refang(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(DEFANGED_SEPARATOR, (match) => SEPARATOR_VALUE[match] ?? match)
    .replace(DEFANGED_HTTP, 'http$1')
    .replace(DEFANGED_FTP, 'ftp$1')
    .replace(DEFANGED_DOT, '.')
    .replace(DEFANGED_AT, '@');
}

// Format characters (Unicode category Cf): zero-width spaces and joiners, bidi marks and overrides, BOM, soft hyphen.
// Chat apps and copy-paste leave them inside numbers and handles; scammers insert them to dodge filters.
const INVISIBLE = /\p{Cf}/gu;

/** Removes invisible format characters (zero-width, bidi, BOM, soft hyphen). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

// Code points of the digit zero in scripts whose digits people type into phone numbers in the region.
// Fullwidth digits are handled by NFKC; these are not.
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic
  0x0966, // Devanagari
  0x09e6, // Bengali (Rohingya numbers in Myanmar/Bangladesh reports)
  0x0e50, // Thai
  0x0ed0, // Lao
  0x1040, // Myanmar
  0x1090, // Myanmar Shan
  0x17e0, // Khmer
  0xff10, // Fullwidth
];
const NON_ASCII_DIGIT =
  /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\uff10-\uff19]/g;

/** Maps Thai, Lao, Khmer, Myanmar, Arabic-Indic and fullwidth digits to ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

/**
 * The clean-up every canonicaliser applies first: invisible characters dropped, compatibility forms folded
 * (NFKC: fullwidth `＋６２` → `+62`), regional digits mapped, defanged forms restored, surrounding space trimmed.
 * URLs skip NFKC (their paths are kept as written) and call {@link refang} and {@link stripInvisible} directly.
 */
export function cleanValue(text: string): string {
  return refang(toAsciiDigits(stripInvisible(text).normalize('NFKC'))).trim();
}

/** True when the text holds a control character other than ordinary whitespace. */
export function hasControlCharacter(text: string): boolean {
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text);
}
