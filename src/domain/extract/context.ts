import { crossesBreak, type FoundCue } from './cues.js';
import type { CueKind } from './keywords.js';

/*
 * What the words around a value say about whose it is, shared by numbers, emails, handles and domains:
 *   - the victim's own: a possessive on the word naming the value ("my email", "IG saya", "số của em là");
 *   - the real institution's: a hotline or site word with the institution or "official" next to it
 *     ("BDO hotline", "the real SPF hotline", "web resmi"), a line or site the victim checked with or
 *     reported to ("lapor ke call center …", "Sy cek di pegadaian.co.id …"), a number the institution's site
 *     lists ("the number on OCBC's website is …"), unless the text calls it fake or impersonated;
 *   - someone else's words: a possessive or a "check" inside a quoted message is the speaker's (mostly the
 *     scammer's: "'send it to my GCash 0945…'", "'Sila semak di …'"), not the victim's.
 */

/** Quotation marks: opening mark → closing mark. */
const QUOTES: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  '“': '”',
  '‘': '’',
  '«': '»',
  '「': '」',
  '『': '』',
};
/** Longest quotation looked for: a scammer's message quoted in a report is a sentence or a few. */
const MAX_QUOTE = 600;
const CLOSING = new Set(Object.values(QUOTES));
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Any quotation mark, to jump from one to the next. */
const QUOTE_MARK = /['"“”‘’«»「」『』]/g;

/**
 * Spans [start, end) of quoted text: an opening mark after a space, a bracket, a colon or the start ("'Tita,",
 * ": \"Hi Ma"), up to the next closing mark that ends a word ("…ya'", "…3306.'") within {@link MAX_QUOTE}. An
 * apostrophe inside or after a word ("Dato' Lim's", "it's") opens nothing. Linear: the marks are listed once,
 * and each opening mark moves its closing kind's cursor forward.
 */
export function quotedSpans(text: string): [number, number][] {
  const openers: number[] = [];
  const closers = new Map<string, { at: number[]; next: number }>();
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m !== null; m = QUOTE_MARK.exec(text)) {
    const j = m.index;
    const mark = m[0];
    const previous = text[j - 1];
    const next = text[j + 1];
    const afterWord = previous !== undefined && WORD_CHAR.test(previous);
    if (QUOTES[mark] !== undefined && !afterWord && next !== undefined && !/\s/.test(next)) openers.push(j);
    if (CLOSING.has(mark) && previous !== undefined && !/\s/.test(previous)) {
      if (next !== undefined && WORD_CHAR.test(next)) continue;
      const list = closers.get(mark) ?? { at: [], next: 0 };
      list.at.push(j);
      closers.set(mark, list);
    }
  }
  const spans: [number, number][] = [];
  let from = 0;
  for (const i of openers) {
    if (i < from) continue;
    const list = closers.get(QUOTES[text[i] as string] as string);
    if (!list) continue;
    while (list.next < list.at.length && (list.at[list.next] as number) < i + 2) list.next += 1;
    const j = list.at[list.next];
    if (j === undefined || j - i > MAX_QUOTE) continue;
    spans.push([i, j + 1]);
    from = j + 1;
  }
  return spans;
}

/**
 * The narrator introducing their own words: "I told him '…'", "sy bilang '…'", "tôi nói '…'", "sabi ko '…'",
 * "ฉันบอกเขาว่า '…'". Such a quotation is the victim speaking; every other is someone else's (mostly the scammer's).
 */
const NARRATOR_SPEECH =
  /(?:^|[^\p{L}])(?:(?:i|we|saya|sy|aku|kami|tôi|mình|em)\s+(?:\p{L}+\s+)?(?:told|said|replied|wrote|answered|texted|bilang|kata|cakap|jawab|balas|tulis|nói|trả lời|nhắn|bảo)(?:\s+\p{L}+)?|(?:sabi|sinabi|sagot|reply|text)\s+(?:ko|namin)(?:\s+\p{L}+)?)[\s:,]*$|(?:ฉัน|ผม|หนู|เรา)(?:ก็)?(?:บอก|ตอบ|พิมพ์)(?:ไป|เขา|ว่า)*\s*$/iu;

let lastText: string | undefined;
let lastSpans: readonly [number, number][] = [];

/**
 * Quotations of someone other than the narrator: what {@link quotedSpans} finds, less the narrator's own words.
 * The spans of the last text asked about are kept: the cue filter and the number reader ask about the same one.
 */
export function othersSpeech(text: string): readonly [number, number][] {
  if (text !== lastText) {
    lastSpans = quotedSpans(text).filter(
      ([start]) => !NARRATOR_SPEECH.test(text.slice(Math.max(0, start - 24), start)),
    );
    lastText = text;
  }
  return lastSpans;
}

/** Whether [start, end) lies inside one of `spans`. */
export const inside = (spans: readonly [number, number][], start: number, end: number) =>
  spans.some(([from, to]) => from < start && end < to);

/** Cue kinds that speak for the narrator: possessives ("my") and checking or reporting ("I checked with …"). */
const NARRATOR_KINDS: ReadonlySet<CueKind> = new Set(['own', 'check']);

/**
 * The cues without the narrator's words that stand inside quoted speech: in "'…send it to my GCash 0945…'" the
 * "my" is the speaker's, the scammer whose message the victim quotes, not the victim's; and in "'Sila semak
 * dengan talian khidmat pelanggan 03-…'" the checking is what the scammer asks for, not what the victim did.
 */
export function withoutQuotedNarrator(text: string, cues: readonly FoundCue[]): FoundCue[] {
  if (!cues.some((cue) => NARRATOR_KINDS.has(cue.kind))) return [...cues];
  const spans = othersSpeech(text);
  if (spans.length === 0) return [...cues];
  return cues.filter((cue) => !NARRATOR_KINDS.has(cue.kind) || !inside(spans, cue.start, cue.end));
}

/**
 * An instruction right before a check word: the scammer told the victim to check ("disuruh cek di …", "told me
 * to check with …", "sila semak di …", "hãy kiểm tra trên …", "ให้ตรวจสอบที่ …", "pinapa-check sa …").
 */
const INSTRUCTED =
  /(?:^|[^\p{L}])(?:told|asked|instructed|please|pls|kindly|suruh|disuruh|nyuruh|minta|diminta|mintak|diarahkan|arah|sila|hãy|vui lòng|yêu cầu|bảo|pinapa|pinag|paki|pakisuyo)(?:[\s-]+(?:me|us|him|her|them|to|saya|aku|sy|kami|tôi|mình|ako))*[\s-]*$|(?:กรุณา|ให้|ช่วย)\s*$/iu;
const INSTRUCTED_BACK = 24;

/** Whether a check word is the narrator's own checking, not an instruction to check. */
function narratorChecks(text: string, cue: FoundCue): boolean {
  return (
    cue.kind === 'check' && !INSTRUCTED.test(text.slice(Math.max(0, cue.start - INSTRUCTED_BACK), cue.start))
  );
}

/**
 * What may stand between a check or report word and the hotline word after it: "with", "to", "ke", "กับ", an
 * article, a pronoun, and a short name or prefix ("แจ้ง Shopee Call Center", "checked with the Lazada customer service").
 */
const CHECK_TO_LINE =
  /^[\s:]*(?:(?:it|this|ini|itu|saya|sy|aku|ako|kami|with|to|at|the|ke|kepada|dengan|pada|sa|kay|ng|với|cho|tới|đến|lên|กับ|ไปที่|ไปยัง|ที่|ไป)(?![\p{L}\p{M}])[\s:]*){0,3}(?:[\p{Lu}\d][\p{L}\d&.]{0,15}[\s-]?)?$/u;

/** Whether the cue right before the hotline word at `head` is the narrator checking with or reporting to it. */
function checkedWith(text: string, cues: readonly FoundCue[], head: number): boolean {
  const word = cues[head] as FoundCue;
  let k = head - 1;
  while (cues[k]?.kind === 'own') k -= 1;
  const before = cues[k];
  return (
    before !== undefined &&
    narratorChecks(text, before) &&
    CHECK_TO_LINE.test(text.slice(before.end, word.start))
  );
}

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
  let site = false;
  for (let i = last; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (start - cue.end > LINE_BACK || crossesBreak(breaks, cue.end, start)) return false;
    if (cue.kind === 'phone' && cue.ref === 'verb') continue;
    if (cue.kind === 'site') site = true;
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
  // A number word vouched for: "official" right on it and the institution named ("nomor resmi BCA"), or the
  // institution's site between it and the number ("the number on OCBC's website is …", "nomor di situs BCA …",
  // "เบอร์บนเว็บไซต์ธนาคาร …"): what an institution lists on its own site is its own line.
  const vouched =
    word.ref === 'service'
      ? vouchers.length > 0 || checkedWith(text, cues, head)
      : (site && vouchers.some((v) => v.ref !== 'strict')) ||
        (vouchers.some((v) => v.ref === 'strict' && Math.max(word.start - v.end, v.start - word.end) <= 2) &&
          vouchers.some((v) => v.ref !== 'strict'));
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

/** How far before a domain the narrator's check word may stand ("I checked my name on …", "cek lowongan di …"). */
const CHECK_BACK = 40;
/**
 * A check word's object (a few words), then "on" / "di" / "trên" / "ที่" right before the domain. Not a site word
 * ("cek di website cuanmax.com" may be the victim looking at the scammer's own site).
 */
const CHECK_TO_SITE =
  /^[^,;!?]{0,40}?(?:(?<![\p{L}\p{M}])(?:on|at|in|via|di|pada|dalam|kat|trên|tại|ở|sa)|ที่|ใน|บน)[\s:：]*$/iu;

/**
 * Whether a domain at `start` is the site the narrator checked a story on: "I checked on singpost.com and there
 * was no such parcel", "Sy cek di pegadaian.co.id …", "Saya semak di laman kwsp.com.my …", "Tôi kiểm tra trên
 * shopee.vn …", "เช็คที่เว็บ thaipost.net …". A victim checks a scam against the real institution's site. Not
 * when the scammer asked for the checking ("disuruh cek di …"), nor in a quoted message, nor near a "fake" word.
 */
export function isConsultedSite(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
): boolean {
  const last = lastCueBefore(cues, start);
  for (let i = last; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (start - cue.end > CHECK_BACK || crossesBreak(breaks, cue.end, start)) return false;
    if (cue.kind === 'fake' && cue.ref !== 'their') return false;
    if (cue.kind !== 'check') continue;
    return (
      narratorChecks(text, cue) &&
      CHECK_TO_SITE.test(text.slice(cue.end, start)) &&
      !fakeBetween(cues, breaks, cue.start, start, last, [cue])
    );
  }
  return false;
}
