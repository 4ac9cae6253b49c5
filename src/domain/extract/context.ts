import { crossesBreak, type FoundCue } from './cues.js';
import type { CueKind } from './keywords.js';

/*
 * What the words around a value say about whose it is, shared by numbers, emails, handles and domains:
 *   - the victim's own: a possessive on the word naming the value ("my email", "IG saya", "số của em là");
 *   - the real institution's: a hotline or site word with the institution or "official" next to it
 *     ("BDO hotline", "the real SPF hotline", "web resmi"), unless the text calls it fake or impersonated.
 */

/** Cue kinds that name what a value is: the nouns a possessive or an "official" word sits on. */
const NOUN_KINDS: ReadonlySet<CueKind> = new Set([
  'phone',
  'account',
  'number',
  'bank',
  'wallet',
  'platform',
  'email',
]);

/** A word naming what a value is (verbs like "call" are no nouns: "called me" is not "my phone"). */
export const isNoun = (cue: FoundCue): boolean => NOUN_KINDS.has(cue.kind) && cue.ref !== 'verb';

/** Whether a possessive qualifies a cue word: right before it ("my account") or right after ("akaun saya"). */
export function qualifies(possessive: FoundCue, cue: FoundCue): boolean {
  const gap = possessive.ref === 'before' ? cue.start - possessive.end : possessive.start - cue.end;
  return gap >= 0 && gap <= 2;
}

/** Index of the last cue that ends at or before `position` (cues are in text order, not overlapping). */
export function lastCueBefore(cues: readonly FoundCue[], position: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid] as FoundCue).end <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The possessive on a cue word, among the cues right next to it (index `i`), if any. */
export function possessiveOf(cues: readonly FoundCue[], i: number): FoundCue | undefined {
  const cue = cues[i] as FoundCue;
  for (const k of [i - 1, i + 1]) {
    const other = cues[k];
    if (other?.kind === 'own' && qualifies(other, cue)) return other;
  }
  return undefined;
}

/** A copula linking a subject to the value after it: "my number is …", "nomor saya adalah …", "SĐT là …". */
export const COPULA_BEFORE =
  /(?:^|[^\p{L}])(?:is|was|are|were|adalah|ialah|iaitu|yaitu|yakni|là|ay)[\s:：]*$|คือ\s*$/iu;
/** Only separators, or a copula, between the word naming a value and the value. */
const LINK_TO_VALUE =
  /^[\s:：=(\-–]*(?:(?:is|was|are|adalah|ialah|iaitu|yaitu|là|ay|คือ)(?![\p{L}])[\s:：]*)?$/iu;
/** How far before a value the word naming it may stand for a possessive on it to make the value the victim's. */
const OWN_VALUE_REACH = 25;

/**
 * Whether the value starting at `start` (an email, a handle) is the victim's own: the word naming it right
 * before it carries a possessive ("email ko juan@…", "my IG is @…", "อีเมลของฉัน …", "Telegram saya @…").
 */
export function isOwnValue(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
): boolean {
  for (let i = lastCueBefore(cues, start); i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (cue.end < start - OWN_VALUE_REACH || crossesBreak(breaks, cue.end, start)) return false;
    if (cue.kind === 'own') continue;
    if (!isNoun(cue)) return false;
    const possessive = possessiveOf(cues, i);
    if (!possessive) return false;
    const from = Math.max(cue.end, possessive.end);
    return from <= start && LINK_TO_VALUE.test(text.slice(from, start));
  }
  return false;
}

/** How far before a number its hotline word may stand. */
const LINE_BACK = 60;
/** How far before a hotline word an "official" word or the institution may stand ("the real SPF hotline"). */
const OFFICIAL_BACK = 12;
/** How far before the hotline word a "fake" / "pretending" word still speaks about it. */
const FAKE_BACK = 40;

/** Whether an account-kind cue is the plain word "bank" (as in "the bank hotline"), not "account". */
const BANK_WORD = /^(?:bank|banco|bangko|ngân hàng|ngan hang|ธนาคาร)$/i;

/** The institution or an "official" word: what makes a hotline the real one. */
function vouches(cue: FoundCue): boolean {
  return (
    cue.kind === 'official' ||
    cue.kind === 'bank' ||
    cue.kind === 'wallet' ||
    (cue.kind === 'account' && BANK_WORD.test(cue.text))
  );
}

/**
 * Whether a "fake" word stands in [from, to) in the same sentence as `to`; a third person's possessive
 * ("their", "nila", "của họ") only right on one of `words` (the hotline, site or "official" word).
 */
function fakeBetween(
  cues: readonly FoundCue[],
  breaks: readonly number[],
  from: number,
  to: number,
  last: number,
  words: readonly FoundCue[],
): boolean {
  for (let i = last; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (cue.end < from || crossesBreak(breaks, cue.end, to)) return false;
    if (cue.kind !== 'fake') continue;
    if (cue.ref !== 'their') return true;
    if (words.some((word) => Math.max(word.start - cue.end, cue.start - word.end) <= 2)) return true;
  }
  return false;
}

/**
 * Whether the number at [start, end) is presented as a real institution's line: the nearest noun before it is
 * a hotline word (`ref: 'service'`) with the institution or an "official" word next to it ("BDO hotline",
 * "hotline BCA", "the real SPF hotline", "tổng đài Vietcombank", "สายด่วนธนาคาร"), or a phone or number word
 * with a word meaning "official" right on it and the institution named ("Halo BRI di nomor resmi …"); in one
 * clause with the number, and with no word calling it fake or impersonated ("pretending to be the BDO
 * hotline", "ngaku call center BCA", "tự xưng tổng đài", "hotline BCA … palsu").
 * The caller still checks the number: an institution's hotline is never a mobile number.
 */
export function isOfficialLine(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
  end: number,
): boolean {
  const last = lastCueBefore(cues, start);
  let head = -1;
  for (let i = last; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (start - cue.end > LINE_BACK || crossesBreak(breaks, cue.end, start)) return false;
    if (cue.kind === 'phone' && cue.ref === 'verb') continue;
    if (cue.kind === 'phone' || cue.kind === 'number') {
      head = i;
      break;
    }
    // The institution or a qualifier may stand between the hotline word and the number ("hotline BCA …");
    // another value's word ("… WA …", "rekening …", "OTP") means the number is that one's.
    if ((isNoun(cue) && !vouches(cue)) || cue.kind === 'negative') return false;
  }
  if (head < 0) return false;
  const word = cues[head] as FoundCue;
  // "Sabi ng BDO hotline, ang (02) 8888 1234 ay scammer": another clause, another number.
  if (/[,;]/.test(text.slice(word.end, start))) return false;
  const vouchers: FoundCue[] = [];
  for (let i = head - 1; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (word.start - cue.end > OFFICIAL_BACK || crossesBreak(breaks, cue.end, word.start)) break;
    if (vouches(cue)) vouchers.push(cue);
  }
  for (let i = head + 1; i <= last; i += 1)
    if (vouches(cues[i] as FoundCue)) vouchers.push(cues[i] as FoundCue);
  const vouched =
    word.ref === 'service'
      ? vouchers.length > 0
      : vouchers.some((v) => v.ref === 'strict' && Math.max(word.start - v.end, v.start - word.end) <= 2) &&
        vouchers.some((v) => v.ref !== 'strict');
  return (
    vouched &&
    !fakeBetween(cues, breaks, word.start - FAKE_BACK, start, last, [word, ...vouchers]) &&
    !fakeAfter(text, cues, breaks, end)
  );
}

/** How far after a number "palsu", "fake", "giả" still speak about it ("hotline BCA 1500-888 palsu"). */
const FAKE_AHEAD = 20;

/** A "fake" word right after a number, in the same clause. */
function fakeAfter(text: string, cues: readonly FoundCue[], breaks: readonly number[], end: number): boolean {
  for (let i = lastCueBefore(cues, end) + 1; i < cues.length; i += 1) {
    const cue = cues[i] as FoundCue;
    if (cue.start - end > FAKE_AHEAD || crossesBreak(breaks, end, cue.start)) return false;
    if (/[,;]/.test(text.slice(end, cue.start))) return false;
    if (cue.kind === 'fake' && cue.ref !== 'their') return true;
  }
  return false;
}

/** How far before a domain "official website" / "web resmi" may stand. */
const SITE_BACK = 25;

/**
 * Whether a domain at `start` is presented as the real institution's site: an "official" word on a site word
 * right before it ("web resmi jet.co.id", "the official website of …", "trang web chính thức", "เว็บไซต์ทางการ"),
 * and no word calls it fake or impersonated.
 */
export function isOfficialSite(cues: readonly FoundCue[], breaks: readonly number[], start: number): boolean {
  const last = lastCueBefore(cues, start);
  for (let i = last; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (start - cue.end > SITE_BACK || crossesBreak(breaks, cue.end, start)) return false;
    if (cue.kind !== 'official') continue;
    const next = cues[i + 1];
    const previous = cues[i - 1];
    const site =
      next?.kind === 'site' && next.start - cue.end <= 3
        ? next
        : previous?.kind === 'site' && cue.start - previous.end <= 3
          ? previous
          : undefined;
    // "Trang web chính thức của Bộ Công an là …": the authority is named between the words and the domain.
    if (!site) continue;
    return !fakeBetween(cues, breaks, cue.start - FAKE_BACK, start, last, [cue, site]);
  }
  return false;
}
