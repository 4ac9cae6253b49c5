import { listBankAliases, resolveBank } from '../indicators/banks.js';
import { type Cue, LEXICON, type Lexeme } from './keywords.js';

/** One object shape for every cue (spreads of differently built objects make every later access slow). */
const cueOf = (c: Cue): Cue => ({ kind: c.kind, ref: c.ref, weak: c.weak, phone: c.phone });
const foundCue = (c: Cue, start: number, end: number, text: string): FoundCue => ({
  kind: c.kind,
  ref: c.ref,
  weak: c.weak,
  phone: c.phone,
  start,
  end,
  text,
});

/** A cue word found in the text. */
export interface FoundCue extends Cue {
  start: number;
  end: number;
  /** The cue as written (a bank's name is handed to the bank registry as written). */
  text: string;
}

/*
 * Two matchers, both linear in the text and independent of the lexicon's size:
 * - Scripts with spaces (Latin, Vietnamese): the text is cut into words, and runs of up to a few words
 *   (joined by spaces, dots, dashes, slashes or apostrophes) are looked up in a map. Keys are lowercase
 *   with Latin accents folded, so "tai khoan" (typed without diacritics, as many do) finds "tài khoản".
 * - Scripts without spaces (Thai, Khmer, Lao, Burmese): at each position, the cues starting with that
 *   letter are tried longest first; only when the text holds such letters.
 */

const NO_SPACE_SCRIPT = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// A word that may start or continue a cue: not a number, not Thai/Khmer/Lao/Burmese (matched separately).
const CUE_WORD = /[\p{L}\p{M}][\p{L}\p{N}\p{M}]*/gu;
// What may join the words of one cue: "no. rek", "a/c", "touch 'n go", "g-cash", "w.a".
const JOINERS = new Set([' ', '\t', '\u00a0', '.', ':', "'", '’', '/', '&', '-']);
function joins(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i += 1) if (!JOINERS.has(text[i] as string)) return false;
  return true;
}
const LATIN_MARKS = /[\u0300-\u036f]/;
const ASCII_WORD = /^[a-z0-9]*$/;

// Latin letters with accents → base letter, for the Latin blocks Vietnamese and Malay/Indonesian/Tagalog use.
const FOLD_FROM = 0x00c0;
const FOLD_TO = 0x1eff;
const FOLDED: (string | undefined)[] = [];
for (let code = FOLD_FROM; code <= FOLD_TO; code += 1) {
  const char = String.fromCharCode(code);
  const base = char.toLowerCase().normalize('NFD').replace(LATIN_MARKS, '');
  if (base !== char && /^[a-z]$/.test(base)) FOLDED[code - FOLD_FROM] = base;
}
FOLDED[0x0111 - FOLD_FROM] = 'd'; // đ

/** Lookup key of a word: lowercase, Latin accents folded ("Tài" → "tai", "đ" → "d"). */
function foldKey(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  let key = '';
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    if (code >= 0x0300 && code <= 0x036f) continue; // a combining accent
    key += (code >= FOLD_FROM && code <= FOLD_TO ? FOLDED[code - FOLD_FROM] : undefined) ?? lower[i];
  }
  return key;
}
/** Key of a case-sensitive cue: only spacing and punctuation dropped. */
const exactKey = (text: string) => text.replace(/[^\p{L}\p{N}\p{M}]/gu, '');

interface WordLexicon {
  folded: Map<string, Cue>;
  exact: Map<string, Cue>;
  /** Keys of the first words of multi-word cues: only these are extended into phrases. */
  prefixes: Set<string>;
  maxWords: number;
}

function wordLexicon(lexemes: readonly Lexeme[]): WordLexicon {
  const lexicon: WordLexicon = { folded: new Map(), exact: new Map(), prefixes: new Set(), maxWords: 1 };
  for (const lexeme of lexemes) {
    const { text, exact } = lexeme;
    const cue = cueOf(lexeme);
    const words = text.match(WORD) ?? [];
    if (words.length === 0) continue;
    const map = exact ? lexicon.exact : lexicon.folded;
    const keyOf = exact ? exactKey : foldKey;
    const key = keyOf(words.join(''));
    // First entry wins: the hand-written lists come before the registries.
    if (!map.has(key)) map.set(key, cue);
    lexicon.maxWords = Math.max(lexicon.maxWords, words.length);
    for (let n = 1; n < words.length; n += 1) lexicon.prefixes.add(foldKey(words.slice(0, n).join('')));
  }
  return lexicon;
}

interface NoSpaceEntry {
  text: string;
  cue: Cue;
}

/** Cues of scripts without spaces, by first character, longest first (written with and without inner spaces). */
function noSpaceIndex(lexemes: readonly Lexeme[]): Map<number, NoSpaceEntry[]> {
  const index = new Map<number, NoSpaceEntry[]>();
  const seen = new Set<string>();
  for (const lexeme of lexemes) {
    const text = lexeme.text;
    const cue = cueOf(lexeme);
    for (const variant of [text, text.replace(/\s+/g, '')]) {
      if (seen.has(variant)) continue;
      seen.add(variant);
      const first = variant.charCodeAt(0);
      index.set(first, [...(index.get(first) ?? []), { text: variant, cue }]);
    }
  }
  for (const entries of index.values()) entries.sort((a, b) => b.text.length - a.text.length);
  return index;
}

const WORD_LEXICON = wordLexicon(LEXICON.filter((l) => !NO_SPACE_SCRIPT.test(l.text)));
const NO_SPACE = noSpaceIndex(LEXICON.filter((l) => NO_SPACE_SCRIPT.test(l.text)));

interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * "Bank" followed by a name: "Bank Islam", "Bank Rakyat", "Bank Jago" are banks even where the registry
 * lists them only under a longer name. Tries the longest run of up to three words after "bank" first.
 */
function bankNamed(
  text: string,
  words: readonly Word[],
  first: number,
  bankWord: number,
  country: string | undefined,
): { last: number; cue: Cue } | undefined {
  const next = words[bankWord + 1];
  if (!next || !BANK_NAME_STARTS.has(foldKey(next.text))) return undefined;
  for (let last = Math.min(bankWord + 3, words.length - 1); last > bankWord; last -= 1) {
    let joined = true;
    for (let k = bankWord + 1; k <= last && joined; k += 1)
      joined = joins(text, (words[k - 1] as Word).end, (words[k] as Word).start);
    if (!joined) continue;
    if (resolveBank(phrase(text, words, first, last), country)) return { last, cue: BANK_CUE };
    // A name the lexicon knows in a shorter form than the registry ("Bank Kerjasama Rakyat").
    let key = '';
    for (let k = first; k <= last; k += 1) key += foldKey((words[k] as Word).text);
    const known = WORD_LEXICON.folded.get(key);
    if (known?.kind === 'bank' && known.ref !== undefined) return { last, cue: known };
  }
  return undefined;
}

const BANK_CUE: Cue = cueOf({ kind: 'bank' });
// First words of the registry's bank names once a leading "Bank"/"PT" is set aside ("Bank Islam" → "islam"):
// only a "bank" followed by one of these is worth asking the registry about.
const BANK_NAME_STARTS = new Set(
  listBankAliases().flatMap(({ alias }) => {
    const words = (alias.match(WORD) ?? []).map(foldKey);
    const rest = words.filter(
      (w, i) => !(i < 2 && (w === 'bank' || w === 'pt' || w === 'ngan' || w === 'hang')),
    );
    return rest.length > 0 ? [rest[0] as string] : [];
  }),
);
const BANK_WORD = /^(?:bank|banco|ngan ?hang|ngân ?hàng)$/i;

const phrase = (text: string, words: readonly Word[], first: number, last: number) =>
  text.slice((words[first] as Word).start, (words[last] as Word).end);

function push(
  found: FoundCue[],
  text: string,
  words: readonly Word[],
  cue: Cue,
  first: number,
  last: number,
): void {
  const start = (words[first] as Word).start;
  const end = (words[last] as Word).end;
  found.push(foundCue(cue, start, end, text.slice(start, end)));
}

function findWordCues(text: string, country: string | undefined, found: FoundCue[]): void {
  const words: Word[] = [];
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(text); m !== null; m = CUE_WORD.exec(text)) {
    const first = m[0].charCodeAt(0);
    if (
      (first >= 0x0e00 && first <= 0x0eff) ||
      (first >= 0x1000 && first <= 0x109f) ||
      (first >= 0x1780 && first <= 0x17ff)
    )
      continue;
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const { folded, exact, prefixes, maxWords } = WORD_LEXICON;
  let i = 0;
  while (i < words.length) {
    let best: { cue: Cue; last: number } | undefined;
    let raw = '';
    let key = '';
    for (let j = i; j < words.length && j - i < maxWords; j += 1) {
      const word = words[j] as Word;
      if (j > i && !joins(text, (words[j - 1] as Word).end, word.start)) break;
      raw += word.text;
      key += foldKey(word.text);
      // Exact cues are looked up as written even where folding leaves a word unchanged ("vợ", "thật": letters
      // with two marks do not fold).
      const cue = (exact.size > 0 ? exact.get(raw) : undefined) ?? folded.get(key);
      if (cue) best = { cue, last: j };
      if (!prefixes.has(key)) break;
    }
    if (!best) {
      i += 1;
      continue;
    }
    let first = i;
    if (best.cue.kind === 'account') {
      // "akaun Bank Islam", "ngân hàng Techcombank": the generic word may start a bank's name.
      const bankWord = BANK_WORD.test((words[best.last] as Word).text)
        ? best.last
        : BANK_WORD.test(phrase(text, words, i, best.last))
          ? i
          : -1;
      const named = bankWord < 0 ? undefined : bankNamed(text, words, bankWord, best.last, country);
      if (named !== undefined) {
        if (bankWord > i) push(found, text, words, best.cue, i, bankWord - 1);
        first = bankWord;
        best = named;
      }
    }
    push(found, text, words, best.cue, first, best.last);
    i = best.last + 1;
  }
}

/** What turns a Thai family word into another word: แม่ค้า, พ่อค้า, ลูกค้า, ลูกหนี้, ลูกทีม, ลูกจ้าง, แฟนเพจ, แม่น้ำ. */
const NOT_KIN_AFTER = /^(?:ค้า|หนี้|ทีม|จ้าง|น้ำ|ข่าย|เพจ|คลับ|บ้าน)/;

function findNoSpaceCues(text: string, found: FoundCue[]): void {
  if (!NO_SPACE_SCRIPT.test(text)) return;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x0e00) continue;
    const entries = NO_SPACE.get(code);
    if (!entries) continue;
    let entry: NoSpaceEntry | undefined;
    for (const e of entries)
      if (text.startsWith(e.text, i)) {
        entry = e;
        break;
      }
    // "ไลน์" (LINE) is also the end of "ออนไลน์" (online).
    if (!entry || (entry.text.startsWith('ไลน์') && text.endsWith('ออน', i))) continue;
    // "แม่ค้า" (the seller), "ลูกค้า" (a customer), "แฟนเพจ" (a fan page): no family.
    if (
      entry.cue.kind === 'kin' &&
      NOT_KIN_AFTER.test(text.slice(i + entry.text.length, i + entry.text.length + 4))
    )
      continue;
    found.push(foundCue(entry.cue, i, i + entry.text.length, entry.text));
    i += entry.text.length - 1;
  }
}

/** Every cue word in the text, in order; where two overlap, the longer one. */
export function findCues(text: string, country?: string): FoundCue[] {
  const found: FoundCue[] = [];
  findWordCues(text, country, found);
  findNoSpaceCues(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundCue[] = [];
  for (const cue of found) {
    const last = kept.at(-1);
    if (last && cue.start < last.end) {
      if (cue.end - cue.start > last.end - last.start) kept[kept.length - 1] = cue;
      continue;
    }
    kept.push(cue);
  }
  return kept;
}

// Where a sentence ends: a cue does not reach across it. A full stop counts after a word of four or more
// letters or after a digit, so abbreviations ("a.n.", "no.", "Rek.", "J.D.") do not cut a sentence.
const SENTENCE_END = /[!?\n\r。]|\.(?=\s)/g;
const ENDS_SENTENCE = /(?:\p{L}{4}|\p{N})$/u;

/** Positions of sentence breaks, ascending. */
export function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    if (m[0] === '.' && !ENDS_SENTENCE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    breaks.push(m.index);
  }
  return breaks;
}

/** Whether a sentence break lies in [from, to). */
export function crossesBreak(breaks: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < breaks.length && (breaks[lo] as number) < to;
}
