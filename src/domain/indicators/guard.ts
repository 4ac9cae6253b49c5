import { MAX_VALUE_LENGTH } from './defang.js';
import { type CanonicalResult, fail, type RawIndicator } from './types.js';

/**
 * The checks every canonicaliser starts with, and its promise never to throw: a value that is not a
 * string or is too long is refused with why; anything a parser throws becomes `whenThrown`.
 */
export function guarded(
  raw: RawIndicator,
  whenThrown: string,
  parse: (value: string) => CanonicalResult,
): CanonicalResult {
  try {
    if (typeof raw?.value !== 'string') return fail('value must be a string');
    if (raw.value.length > MAX_VALUE_LENGTH)
      return fail(`value is longer than ${MAX_VALUE_LENGTH} characters`);
    return parse(raw.value);
  } catch {
    return fail(whenThrown);
  }
}
