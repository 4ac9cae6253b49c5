import { toAsciiDigits } from '../indicators/defang.js';

/** Longest narrative looked at; the rest is ignored (a report narrative is a few hundred characters). */
export const MAX_EXTRACT_LENGTH = 20_000;

/**
 * The text the extractor reads, and the way back to offsets in the caller's text. Preparation:
 * - Thai, Lao, Khmer, Myanmar and fullwidth digits become ASCII digits (one code unit each: offsets unchanged);
 * - invisible format characters (zero-width spaces, bidi marks, soft hyphens) are dropped: chat apps and
 *   scammers put them inside numbers and handles;
 * - decomposed Vietnamese (NFD, as some keyboards and macOS produce) is composed (NFC) so cue words match.
 * The last two change lengths; `offsets` then maps each prepared index back to the input.
 */
export interface PreparedText {
  text: string;
  /** Where prepared code unit i starts and ends in the input. Absent when the prepared text is the input. */
  starts?: number[] | undefined;
  ends?: number[] | undefined;
}

const NEEDS_MAPPING = /\p{Cf}|[\u0300-\u036f]/u;
const INVISIBLE = /\p{Cf}/u;
const COMBINING = /[\u0300-\u036f]/;

export function prepareText(input: string): PreparedText {
  const capped = input.length > MAX_EXTRACT_LENGTH ? input.slice(0, MAX_EXTRACT_LENGTH) : input;
  const text = toAsciiDigits(capped);
  if (!NEEDS_MAPPING.test(text)) return { text };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (INVISIBLE.test(char)) {
      i += 1;
      continue;
    }
    // A base character with the combining marks after it is composed as one cluster.
    let j = i + 1;
    while (j < text.length && COMBINING.test(text[j] as string)) j += 1;
    const cluster = j - i > 1 ? text.slice(i, j).normalize('NFC') : char;
    for (let k = 0; k < cluster.length; k += 1) {
      starts.push(i);
      ends.push(j);
    }
    out += cluster;
    i = j;
  }
  return { text: out, starts, ends };
}

/** Maps a span of the prepared text back to a span of the input. */
export function originalSpan(
  prepared: PreparedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { starts, ends } = prepared;
  if (!starts || !ends || end <= start) return { start, end };
  return { start: starts[start] ?? start, end: ends[end - 1] ?? end };
}
