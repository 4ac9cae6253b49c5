import { crossesBreak, type FoundCue } from './cues.js';
import type { CueKind } from './keywords.js';

/*
 * What the words around a value say about whose it is, shared by numbers, emails, handles and domains:
 *   - the victim's own: a possessive on the word naming the value ("my email", "IG saya", "số của em là");
 *   - the real institution's: a hotline or site word with the institution or "official" next to it
 *     ("BDO hotline", "the real SPF hotline", "web resmi"), a line or site the victim called, checked with or
 *     reported to ("lapor ke call center …", "Saya dah hubungi CIMB di …", "Sy cek di pegadaian.co.id …"), a
 *     number the institution's site lists ("the number on OCBC's website is …"), a site said to be the only
 *     real one ("yg resmi cuma …"), unless the text calls it fake or impersonated;
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
 * to check with …", "sila semak di …", "hãy kiểm tra trên …", "ให้ตรวจสอบที่ …", "pinapa-check sa …"). Not the "ให้"
 * of "ส่ง…มาให้" (sent to me) that ends the clause before: "เค้าส่งเลขพัสดุมาให้ เช็คแล้วไม่มีจริง".
 */
const INSTRUCTED =
  /(?:^|[^\p{L}])(?:told|asked|instructed|please|pls|kindly|suruh|disuruh|nyuruh|minta|diminta|mintak|diarahkan|arah|sila|hãy|vui lòng|yêu cầu|bảo|pinapa|pinag|paki|pakisuyo)(?:[\s-]+(?:me|us|him|her|them|to|saya|aku|sy|kami|tôi|mình|ako))*[\s-]*$|(?:กรุณา|ช่วย|(?<!มา|ส่ง)ให้)\s*$/iu;
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

/**
 * One word a possessive may reach across: an adjective of a phone or an account ("my Thai SIM", "my old number",
 * "nomor pribadi saya", "số cá nhân của tôi"), or a capitalised name ("my Globe number", "my PH number").
 */
const POSSESSED_ADJECTIVE =
  /^\s+(?:\p{Lu}[\p{L}\p{N}]{0,11}|own|new|old|other|personal|private|work|home|main|current|second|spare|office|business|shop|lama|baru|baharu|pribadi|peribadi|utama|lain|sendiri|kantor|pejabat|rumah|toko|kedai|bisnis|bisnes|bago|luma|dati|sarili|opisina|bahay|cũ|mới|riêng|cá nhân|chính|công ty|nhà)\s+$/u;

/**
 * Whether a possessive qualifies a cue word: right before it ("my account") or right after ("akaun saya"), or with
 * one adjective or name between them when the text is given ("my Thai SIM", "nomor lama saya").
 */
export function qualifies(possessive: FoundCue, cue: FoundCue, text?: string): boolean {
  const before = possessive.ref === 'before';
  const gap = before ? cue.start - possessive.end : possessive.start - cue.end;
  if (gap >= 0 && gap <= 2) return true;
  if (text === undefined || gap < 3 || gap > 16) return false;
  return POSSESSED_ADJECTIVE.test(
    before ? text.slice(possessive.end, cue.start) : text.slice(cue.end, possessive.start),
  );
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
export function possessiveOf(cues: readonly FoundCue[], i: number, text?: string): FoundCue | undefined {
  const cue = cues[i] as FoundCue;
  for (const k of [i - 1, i + 1]) {
    const other = cues[k];
    if (other?.kind === 'own' && qualifies(other, cue, text)) return other;
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
 * Whether the value at [start, end) (an email, a handle, a wallet) is the victim's own: the word naming it right
 * before it carries a possessive ("email ko juan@…", "my IG is @…", "อีเมลของฉัน …", "Telegram saya @…"), or the owner
 * follows it ("ví MetaMask 0x… của tôi", see {@link ownedAfter}).
 */
export function isOwnValue(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
  end?: number,
): boolean {
  if (end !== undefined && ownedAfter(text, cues, end)) return true;
  for (let i = lastCueBefore(cues, start); i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (cue.end < start - OWN_VALUE_REACH || crossesBreak(breaks, cue.end, start)) return false;
    if (cue.kind === 'own') continue;
    if (!isNoun(cue)) return false;
    const possessive = possessiveOf(cues, i, text);
    if (!possessive) return false;
    const from = Math.max(cue.end, possessive.end);
    return from <= start && LINK_TO_VALUE.test(text.slice(from, start));
  }
  return false;
}

/** A genitive right after a value: "(BRI 3320-…, punya bapak)", "… milik sy", "… ni mama", "belonging to my son". */
const GENITIVE_AFTER = /^\s*[,(]?\s*(?:(punya|milik|kepunyaan|belonging to|owned by|của|ของ|ni|kay)\s*)?/iu;
/** "(mine)", "(my own)", "(akin)", "(punya saya)" right after a value. */
const MINE_AFTER =
  /^\s*[,(]\s*(?:mine|my own|akin|sa akin|saya punya|sy punya|punya saya|punya sy)\s*(?:[),;]|$)/iu;
const OWNER_AFTER_REACH = 3;
const OWNER_AFTER_BACK = 24;

/**
 * The owner written after a value: the victim ("ví MetaMask 0x… của tôi", "123-4-56789-0 ของฉัน", "6810 334 912 milik sy",
 * "(mine)", "(my wallet)") or the victim's family ("(BRI 3320-…, punya bapak)", "… ni mama", "… ของแม่"). A title for strangers
 * ("bapak", "chị") counts as family where the text has called it the victim's before ("Bapak sy … punya bapak").
 * A bare "saya" or "ฉัน" after a value is the next clause's subject, no owner.
 */
export function ownedAfter(text: string, cues: readonly FoundCue[], end: number): boolean {
  let next = end;
  while (text[next] === ' ') next += 1;
  if ((text[next] === '(' || text[next] === ',') && MINE_AFTER.test(text.slice(end, end + OWNER_AFTER_BACK)))
    return true;
  const k = lastCueBefore(cues, end) + 1;
  const cue = cues[k];
  if (cue === undefined || cue.start - end > OWNER_AFTER_BACK) return false;
  // "của tôi", "ของฉัน": a genitive of its own.
  if (cue.kind === 'own' && cue.start - end <= OWNER_AFTER_REACH && /^(?:của|ของ)/i.test(cue.text))
    return true;
  // "(my wallet)", "(my son's)": a possessed word in brackets right after the value.
  if (cue.kind === 'own' && cue.ref === 'before' && text[next] === '(' && cue.start - next <= 2) {
    const noun = cues[k + 1];
    return noun !== undefined && (isNoun(noun) || noun.kind === 'kin') && qualifies(cue, noun, text);
  }
  if (cue.kind !== 'own' && cue.kind !== 'kin') return false;
  const m = GENITIVE_AFTER.exec(text.slice(end, end + OWNER_AFTER_BACK));
  if (m?.[1] === undefined || cue.start !== end + m[0].length) return false;
  if (cue.kind === 'own') return cue.ref === 'after';
  if ((cue.ref !== 'title' && cue.ref !== 'friend') || possessiveOf(cues, k, text)) return true;
  return calledOwnBefore(text, cues, k);
}

/** Whether the text called this family title the victim's before: "Bapak sy dpt WA …" for a later "punya bapak". */
function calledOwnBefore(text: string, cues: readonly FoundCue[], k: number): boolean {
  const word = (cues[k] as FoundCue).text.toLowerCase();
  for (let i = k - 1; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (cue.kind === 'kin' && cue.text.toLowerCase() === word && possessiveOf(cues, i, text)) return true;
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

/** A negation in the clause after a hearsay word: "katanya BRI ga prnh …", "they said it's not …", "wala raw …". */
const DENIAL_AFTER =
  /^[^,;.!?]{0,30}?(?:(?<![\p{L}])(?:not|never|no|isn't|wasn't|don't|doesn't|didn't|tidak|tak|ga|gak|nggak|enggak|ngga|bukan|tiada|takde|belum|blm|không|chưa|chẳng|hindi|wala|walang)(?![\p{L}])|ไม่)/iu;

/**
 * Whether a "fake" word stands in [from, to) in the same sentence as `to`; a third person's possessive
 * ("their", "nila", "của họ") only right on one of `words` (the hotline, site or "official" word).
 */
function fakeBetween(
  text: string,
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
    // Hearsay of a denial is the real party speaking: "katanya BRI ga prnh ngirim link, web resminya cm …".
    if (cue.ref === 'hearsay' && DENIAL_AFTER.test(text.slice(cue.end, cue.end + 40))) continue;
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
  return (
    hotlineVouched(text, cues, breaks, start, end) ||
    narratorCalled(text, cues, breaks, start, end) ||
    partySaid(text, cues, breaks, start, end)
  );
}

function hotlineVouched(
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
  // A number word vouched for: the institution's site between it and the number ("the number on OCBC's website is
  // …", "nomor di situs BCA …", "เบอร์บนเว็บไซต์ธนาคาร …": what an institution lists on its own site is its own line),
  // or an "official" or "real" word on it and the institution named: "nomor resmi BCA", "the real CIMB number",
  // "เบอร์จริงของธนาคาร", or a name's possessive ("ICA's real number"; "the seller's official number" is no institution).
  const officials = vouchers.filter((v) => v.kind === 'official');
  const firstOfficial = Math.min(word.start, ...officials.map((v) => v.start));
  const vouched =
    word.ref === 'service'
      ? vouchers.length > 0 ||
        checkedWith(text, cues, head) ||
        afterOfficialSubject(text, cues, breaks, head) ||
        namedLine(text, cues, breaks, word, start)
      : (site && vouchers.some((v) => v.ref !== 'strict')) ||
        (officials.some((v) => v.ref === 'strict') && vouchers.some((v) => v.ref !== 'strict')) ||
        (officials.length > 0 &&
          (vouchers.some((v) => v.kind !== 'official') ||
            NAMED_OWNER.test(text.slice(Math.max(0, firstOfficial - 40), firstOfficial))));
  return (
    vouched &&
    !fakeBetween(text, cues, breaks, word.start - FAKE_BACK, start, last, [word, ...vouchers]) &&
    !fakeAfter(text, cues, breaks, end)
  );
}

/** A name written right before a hotline word: "HASiL Care Line", "K-Contact Center", "Shopee hotline". */
const NAME_ON_LINE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&]*)(?:\s|-\s?)$/u;
/** Or right after it, before the number: "Call center Garuda 0804…", "tổng đài Shopee 1900…", "สายด่วน Kerry 1217". */
const NAME_AFTER_LINE = /^\s+(\p{Lu}[\p{L}\p{N}&-]*)(?:\s+\p{Lu}[\p{L}\p{N}&-]*)?[\s:：]*$/u;
/** Capitalised words that name nothing: an article or pronoun starting a sentence ("The hotline …"). */
const NO_NAME =
  /^(?:the|a|an|this|that|their|his|her|its|my|our|your|ang|yung|si|ini|itu|no|nomor|nombor|số)$/i;
/**
 * A call coming in, or a claim, in the clause before a line: "I received a call from Pos Laju customer service …",
 * "ada call dari …", "'Shopee customer service' …". The institution's name on such a line is the caller's claim.
 */
const INCOMING =
  /(?:^|[^\p{L}])(?:from|dari|daripada|drpd|dr|từ|mula sa|galing sa|received?|receiving|got|get|terima|menerima|dapat|nhận)(?![\p{L}])|จาก|ได้รับ|มีสาย|โทรมา|['"“‘]/iu;
const NAMED_LINE_BACK = 40;

/**
 * A hotline word the institution's name is written on, outside any incoming call or claim: "Laman STR betul …,
 * HASiL Care Line 03-8911 1000", "โทร K-Contact Center 02-888-8888", "Call center Garuda 0804 1 807 807 jg blg ga ada".
 * The name is no cue word (the caller still checks that the number is no mobile).
 */
function namedLine(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  word: FoundCue,
  start: number,
): boolean {
  const m = NAME_ON_LINE.exec(text.slice(Math.max(0, word.start - 20), word.start));
  const after = m === null ? NAME_AFTER_LINE.exec(text.slice(word.end, start)) : null;
  const name = m?.[1] ?? after?.[1];
  if (name === undefined || NO_NAME.test(name)) return false;
  const nameStart = m ? word.start - m[0].length : word.end + (after?.[0].indexOf(name) ?? 0);
  const previous = cues[lastCueBefore(cues, nameStart + name.length)];
  if (previous && previous.end > nameStart) return false;
  if (after && lastCueBefore(cues, start) !== lastCueBefore(cues, word.end)) return false;
  let from = Math.max(0, Math.min(nameStart, word.start) - NAMED_LINE_BACK);
  const upTo = Math.min(nameStart, word.start);
  for (const at of breaks) if (at < upTo && at >= from) from = at + 1;
  const clause = text.slice(from, upTo);
  return !INCOMING.test(clause) && !MESSAGE_OR_INSTRUCTION.test(clause);
}

/** A line in brackets after the party that answered the victim: "the juristic office (053 272 119) said …". */
const SAID_AFTER =
  /^\s*\)\s*(?:(?:had|has|then|also|later|dah|sudah|đã|cũng)\s+)?(?:said|says|told|confirmed|replied|explained|informed|kata|katanya|cakap|bilang|bilangnya|menjelaskan|sahkan|mengesahkan|memberitahu|nói|cho biết|xác nhận|trả lời|sabi|sinabi|kinumpirma)(?![\p{L}])|^\s*\)\s*(?:ก็|ได้)?(?:บอก|ยืนยัน|ตอบ|แจ้งว่า)/iu;
/** Who may answer: an office, a branch, a building's management, or a name ("the juristic office", "pihak pengurusan"). */
const PARTY_BEFORE =
  /(?:(?<![\p{L}])(?:office|management|reception|front desk|branch|headquarters|counter|pejabat|kantor|pengurusan|pengelola|kaunter|cawangan|cabang|văn phòng|ban quản lý|chi nhánh|quầy|opisina|sangay)|สำนักงาน|นิติบุคคล|นิติ|สาขา)\s*\(\s*$/iu;
const NAME_BEFORE_BRACKET = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.-]*\s*\(\s*$/u;
const PARTY_BACK = 50;
/**
 * What the party said refutes the story: a negation or the scam named ("said the unit belongs to someone else and
 * nobody named Nok works there", "kata unit itu bukan …", "xác nhận không có …", "บอกว่าไม่มี …"). A party that
 * asks for money ("the company office (03-…) said I must pay …") is the scam's.
 */
const REFUTES =
  /(?<![\p{L}])(?:not|no|never|nobody|none|nothing|isn't|wasn't|doesn't|didn't|don't|else|fake|scam\p{L}*|tidak|tak|ga|gak|nggak|bukan|tiada|takde|belum|palsu|penipuan|không|chưa|chẳng|giả|lừa đảo|hindi|wala|walang|peke)(?![\p{L}])|ไม่|ปลอม|มิจฉาชีพ/iu;
const REFUTES_AHEAD = 80;

/**
 * The party the victim turned to, answering, with its line in brackets: "When I arrived the juristic office (053 272
 * 119) said the unit belongs to someone else", "Pihak bank (1500 888) bilang …", "Ngân hàng (1900 545 413) xác nhận
 * …", "สาขา (02-…) บอกว่า …". An office, branch, bank, official body or name before the bracket; no person, scammer,
 * "from", incoming call or quotation mark in the clause before it; nothing calling it fake; and what it said
 * refutes the story (see {@link REFUTES}). (The caller still checks that it is no mobile.)
 */
function partySaid(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
  end: number,
): boolean {
  if (text[start - 1] !== '(' && text[start - 2] !== '(') return false;
  if (!SAID_AFTER.test(text.slice(end, end + 24)) || !REFUTES.test(text.slice(end, end + REFUTES_AHEAD)))
    return false;
  const open = text.lastIndexOf('(', start);
  const before = text.slice(Math.max(0, open - 24), open + 1);
  const i = lastCueBefore(cues, open);
  const cue = cues[i];
  const named =
    PARTY_BEFORE.test(before) ||
    (NAME_BEFORE_BRACKET.test(before) && !(cue && open - cue.end <= 1 && !vouches(cue))) ||
    (cue !== undefined && open - cue.end <= 1 && vouches(cue));
  if (!named) return false;
  let from = Math.max(0, open - PARTY_BACK, text.lastIndexOf(',', open) + 1, text.lastIndexOf(';', open) + 1);
  for (const at of breaks) if (at < open && at >= from) from = at + 1;
  const clause = text.slice(from, open);
  return !(
    NOT_CALLED.test(clause) ||
    INCOMING.test(clause) ||
    fakeBetween(text, cues, breaks, from, end, i, cue ? [cue] : [])
  );
}

/** A name's possessive: "ICA's ", "Bank Negara's ", "the SPF's ". Lower-case owners ("the seller's") are no institution. */
const NAMED_OWNER = /(?:^|[^\p{L}])(?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+$/u;

/** "… and the hotline", "dan talian", "và tổng đài", "และสายด่วน": a hotline word joined to what came before. */
const JOINED =
  /(?:^|[^\p{L}])(?:and|dan|serta|và|at|saka|o|or|atau|hoặc)\s+(?:(?:the|its|their|a)\s+)?$|และ\s*$|หรือ\s*$/iu;
/** How far before a joined hotline word the official site or line it is joined to may stand. */
const JOINED_BACK = 90;

/**
 * A hotline word joined by "and" to an official site or line named before it in the sentence: "Laman sebenar
 * KWSP ialah www.kwsp.gov.my dan talian 03-…", "The official website is … and the hotline …", "Trang chính thức là
 * … và tổng đài …". The official word must sit on a site, phone or number word, and nothing call it fake.
 */
function afterOfficialSubject(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  head: number,
): boolean {
  const word = cues[head] as FoundCue;
  if (!JOINED.test(text.slice(Math.max(0, word.start - 12), word.start))) return false;
  for (let i = head - 1; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (word.start - cue.end > JOINED_BACK || crossesBreak(breaks, cue.end, word.start)) return false;
    if (cue.kind === 'fake' && cue.ref !== 'their') return false;
    if (cue.kind !== 'official') continue;
    const onIt = [cues[i - 1], cues[i + 1]].find(
      (other) =>
        other !== undefined &&
        (other.kind === 'site' ||
          other.kind === 'number' ||
          (other.kind === 'phone' && other.ref !== 'verb')) &&
        Math.max(cue.start - other.end, other.start - cue.end) <= 3,
    );
    if (onIt && !fakeBetween(text, cues, breaks, cue.start - FAKE_BACK, word.start, head - 1, [cue, onIt]))
      return true;
  }
  return false;
}

/**
 * The narrator calling, contacting or checking with an institution at the number: "Saya dah hubungi CIMB di 03-…",
 * "Bila saya telefon Balai Polis Georgetown 04-…", "I called ICA at 6391 6100", "Tôi đã gọi cho Vietcombank số …",
 * "Tinawagan ko ang Metrobank sa (02) …", "ฉันโทรไปธนาคารกสิกรไทย 02-…", "Saya semak dengan pejabat LHDN di talian …".
 * The subject is the narrator ("he called me" is the scammer), or none where the language drops it at a clause's
 * start ("Dah telefon Public Bank 03-…", "…, lalu telp BCA di …", "โทร K-Contact Center 02-…", "Xong gọi tổng đài …";
 * not "Call center …", a noun), the call goes to the number ("called from" is the other way), and between the call
 * and the number stands the institution (a bank, a wallet, an official or public body, an acronym, a name on a
 * customer-service line) with no person ("the Maybank officer"), scammer, quotation mark or clause break. The
 * caller still checks that the number is no mobile.
 */
const NARRATOR_CALL =
  /(?:^|[^\p{L}])(?:i|we|saya|sy|aku|aq|gw|kami|tôi|mình|em|chúng tôi|(?:my|our)\s+\p{L}+|\p{L}+\s+(?:saya|sy|aku|tôi|mình|em))(?:\s+(?:then|finally|also|immediately|later|had|have|already|dah|sudah|udah|sdh|pun|terus|langsung|lalu|segera|kemudian|akhirnya|đã|cũng|liền|lập tức|sau đó))*\s+(?:called|call|rang|ring|phoned|phone|dialled|dialed|contacted|contact|reached|telefon|telepon|telpon|telp|tlp|telfon|nelpon|nelfon|menelepon|menelefon|hubungi|hub|menghubungi|kontak|gọi|gọi điện|liên hệ|liên lạc)(?:\s+(?:back|up|semula|balik|lại|cho|tới|đến|lên))?(?![\p{L}])|(?:^|[^\p{L}])(?:tinawagan|kinontak|tinext)\s+(?:ko|namin)(?![\p{L}])|(?:^|[^\p{L}])(?:tumawag|nag-?call)\s+(?:ako|kami)(?![\p{L}])|(?:ฉัน|ผม|ดิฉัน|เรา|หนู)(?:จึง|ก็|ได้|เลย)*โทร(?:ไป|หา|ถาม|แจ้ง|กลับ)?|โทร(?:ไป|ถาม|แจ้ง|กลับ)/giu;
/**
 * The same call with no subject, where the language drops it at a clause's start: after a full stop or comma, or a
 * "then" ("Dah telefon Public Bank 03-…", "…, lalu telp BCA di …", "Xong gọi tổng đài …", "Called OCBC at …", "โทร
 * K-Contact Center 02-…"). English only in the past tense: "call …" there is an instruction.
 */
const PRO_DROP_CALL =
  /(?:^|[.!?,;:\n]\s*|(?:^|[^\p{L}])(?:lalu|terus|trus|trs|kemudian|pastu|tapos|xong|rồi|sau đó)\s+)(?:(?:dah|sudah|udah|sdh|đã|langsung|segera|terus|then)\s+)*(?:called|rang|phoned|contacted|telefon|telepon|telpon|telp|tlp|nelpon|nelfon|hubungi|menghubungi|gọi|gọi điện|liên hệ|tumawag)(?:\s+(?:semula|balik|lại|cho|tới|đến|sa))?(?![\p{L}])|(?:^|[\s,])(?:แล้ว|จึง|เลย|ก็|รีบ|พอ)?(?:โทร(?!มา|เข้า)(?:ไป|หา|ถาม|แจ้ง|กลับ)?|ติดต่อ(?:ไป)?(?:ที่|หา)?)/giu;
/**
 * A message or an instruction before a call without a subject: the call is what the message said to do ("SMS kata
 * cukai tertunggak, hubungi HASiL Care Line …", "disuruh klik link lalu telp CS …"), not what the narrator did.
 */
const MESSAGE_OR_INSTRUCTION =
  /(?:^|[^\p{L}])(?:sms|message|messages|msg|mesej|pesan|tin nhắn|mensahe|told|asked|instructed|please|pls|kindly|suruh|disuruh|nyuruh|minta|diminta|sila|hãy|vui lòng|yêu cầu|bảo|paki|pakisuyo)(?![\p{L}])|ข้อความ|กรุณา/iu;
/** The verbs of {@link NARRATOR_CALL} cut short: a cheap first look (most windows hold none). */
const ANY_CALL =
  /call|rang|ring|phon|dial|contact|reach|tele|telp|tlp|telf|nelp|nelf|hub|kontak|gọi|liên|tinawag|kinontak|tinext|tumawag|โทร|ติดต่อ/i;
const CALLED_BACK = 70;
const REPORT_WORD =
  /report|lapor|adu|complain|reklamo|แจ้ง|ร้องเรียน|trình báo|phản ánh|list|senarai|daftar|danh sách|บัญชีดำ|แบล็กลิสต์/iu;
/**
 * What must not stand between the call and the number: a person, the scammer, a direction ("from"), a subject
 * ("about"), a quotation mark, a clause break.
 */
const NOT_CALLED =
  /[,;"‘“”«»]|['’](?!s\s)|(?:^|[^\p{L}])(?:from|dari|daripada|drpd|từ|mula sa|galing sa|agents?|officers?|staff|pegawai|petugas|ejen|nhân viên|cán bộ|scam\p{L}*|fraud\p{L}*|suspect|penipu|pelaku|penyamar|lừa đảo|kẻ gian|manloloko|scammer|about|regarding|tentang|mengenai|soal|pasal|berkenaan|về|tungkol|hinggil)(?![\p{L}])|จาก|เจ้าหน้าที่|พนักงาน|มิจฉาชีพ|คนร้าย|เกี่ยวกับ/iu;
const ACRONYM = /(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu;
const CAPITALISED = /(?<![\p{L}])\p{Lu}[\p{L}\p{N}]*/gu;

/**
 * A name between a call and a number that is no cue word ("SMS", "OTP", "Hotline"): an acronym ("ICA", "PDRM",
 * "DSWD"), or with `pattern` = CAPITALISED any capitalised word ("Shopee", "Lazada").
 */
function namesInstitution(
  cues: readonly FoundCue[],
  between: string,
  offset: number,
  pattern: RegExp,
): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(between); m !== null; m = pattern.exec(between)) {
    const from = offset + m.index;
    const to = from + m[0].length;
    if (!cues.some((cue) => cue.start < to && from < cue.end)) return true;
  }
  return false;
}

function narratorCalled(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
  end: number,
): boolean {
  const from = Math.max(0, start - CALLED_BACK);
  const window = text.slice(from, start);
  let callEnd = -1;
  if (ANY_CALL.test(window)) {
    NARRATOR_CALL.lastIndex = 0;
    for (let m = NARRATOR_CALL.exec(window); m !== null; m = NARRATOR_CALL.exec(window))
      callEnd = from + m.index + m[0].length;
    if (callEnd < 0) {
      PRO_DROP_CALL.lastIndex = 0;
      for (let m = PRO_DROP_CALL.exec(window); m !== null; m = PRO_DROP_CALL.exec(window))
        if (!MESSAGE_OR_INSTRUCTION.test(window.slice(0, m.index))) callEnd = from + m.index + m[0].length;
    }
  }
  // Or the narrator checking with it: "Saya semak dengan pejabat LHDN di talian 03-…" (not reporting to it: "I
  // reported to the police the number …" reports the scammer's).
  for (let i = lastCueBefore(cues, start); i >= 0 && (cues[i] as FoundCue).end > callEnd; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (cue.end < from) break;
    if (narratorChecks(text, cue) && !REPORT_WORD.test(cue.text)) {
      callEnd = cue.end;
      break;
    }
  }
  if (callEnd < 0 || crossesBreak(breaks, callEnd, start)) return false;
  const between = text.slice(callEnd, start);
  if (NOT_CALLED.test(between) || inside(othersSpeech(text), callEnd, start)) return false;
  const vouchers: FoundCue[] = [];
  let service = false;
  const last = lastCueBefore(cues, start);
  for (let i = last; i >= 0 && (cues[i] as FoundCue).start >= callEnd; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (vouches(cue)) vouchers.push(cue);
    else if (!(cue.kind === 'own' || cue.kind === 'number' || cue.kind === 'site' || cue.kind === 'phone'))
      return false;
    if (cue.kind === 'phone' && cue.ref === 'service') service = true;
  }
  // The institution: a bank, wallet or public body, an acronym ("ICA", "PDRM"), or a name on a customer-service
  // line ("Tôi liên hệ tổng đài Shopee …", "tinawagan ko yung hotline ng Lazada …").
  const named =
    vouchers.length > 0 ||
    namesInstitution(cues, between, callEnd, ACRONYM) ||
    (service && namesInstitution(cues, between, callEnd, CAPITALISED));
  if (!named) return false;
  return (
    !fakeBetween(text, cues, breaks, callEnd - FAKE_BACK, start, last, vouchers) &&
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
 * "Only" right before a domain, with what may stand between ("only via their own site …", "yg resmi cuma …", "hanya
 * di …", "chỉ trên …", "lamang sa …"), or right after it ("… เท่านั้น", "… sahaja", "… lang", "… thôi").
 */
const ONLY_BEFORE =
  /(?:^|[^\p{L}])(?:only|solely|hanya|hny|cuma|cuman|cm|chỉ|duy nhất|lamang|lang)(?:\s+[^\s,;.!?'"‘’“”]+){0,5}?\s+(?:via|at|on|in|from|through|di|dari|lewat|melalui|pada|kat|sa|trên|tại|qua|từ|ở|site|website|web|page|app|portal|situs|laman|trang)[\s:：]*$|(?:^|[^\p{L}])(?:only|solely|hanya|hny|cuma|cuman|cm|chỉ|lamang|lang)[\s:：]*$|(?:แค่|เพียง|เฉพาะ)[^\s,]{0,12}?(?:ที่|จาก|ใน|ทาง)?\s*$/iu;
const ONLY_AFTER = /^[\s,)]*(?:only|sahaja|saja|je|lang|lamang|thôi|mà thôi|เท่านั้น)(?![\p{L}])/iu;
/** Only connecting words between an "official" word and the domain it qualifies: "yg resmi cuma …", "resmi hanya di …". */
const OFFICIAL_TO_DOMAIN =
  /^(?:[\s:：]*(?:only|just|solely|one|is|are|was|at|on|in|via|from|di|ke|pada|dari|lewat|melalui|hanya|hny|cuma|cuman|cm|saja|sahaja|je|ialah|adalah|iaitu|yaitu|yakni|kat|sa|ay|lang|lamang|ang|là|chỉ|trên|tại|ở|คือ|ที่|แค่|เพียง)(?![\p{L}]))*[\s:：]*$/iu;
/** The scam named between a "real" word and the domain: "the real scammer site was only …". */
const SCAM_WORD =
  /(?:^|[^\p{L}])(?:scam\p{L}*|fraud\p{L}*|penipu\p{L}*|tipu|bodong|lừa đảo|manloloko|budol)(?![\p{L}])|มิจฉาชีพ|หลอกลวง/iu;
/** "Only" anywhere between an "official" word and the domain. */
const ONLY_CONNECTS =
  /(?:^|[^\p{L}])(?:only|just|solely|hanya|hny|cuma|cuman|cm|chỉ|lamang|lang)(?![\p{L}])|แค่|เพียง/iu;
/** How far before a domain the real or official party may be named when "only" marks the domain as theirs. */
const ONLY_CONTEXT_BACK = 120;

/**
 * Whether a domain at [start, end) is presented as the real institution's site:
 *   - an "official" word on a site word right before it ("web resmi jet.co.id", "the official website of …",
 *     "trang web chính thức", "เว็บไซต์ทางการ", "แอปจริงของ PEA …");
 *   - an "official" or "real" word with "only" between it and the domain ("yg resmi cuma bankmandiri.co.id",
 *     "Info undian resmi cuma di telkomsel.com", "the real one is only …");
 *   - "only" on the domain, in a sentence that names the real or official party or someone's own site ("the real
 *     villa manager said …, only via their own site …", "… ดูได้จาก pea.co.th เท่านั้น");
 * and no word calls it fake or impersonated; the last two not in someone else's quoted words.
 */
export function isOfficialSite(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
  end: number,
): boolean {
  const last = lastCueBefore(cues, start);
  for (let i = last; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (start - cue.end > SITE_BACK || crossesBreak(breaks, cue.end, start)) break;
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
    if (site) return !fakeBetween(text, cues, breaks, cue.start - FAKE_BACK, start, last, [cue, site]);
    const between = text.slice(cue.end, start);
    if (
      cue.ref !== 'authority' &&
      ONLY_CONNECTS.test(between) &&
      !SCAM_WORD.test(between) &&
      OFFICIAL_TO_DOMAIN.test(between) &&
      !inside(othersSpeech(text), start, end)
    )
      return !fakeBetween(text, cues, breaks, cue.start - FAKE_BACK, start, last, [cue]);
  }
  if (
    !ONLY_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    !ONLY_AFTER.test(text.slice(end, end + 12))
  )
    return false;
  if (inside(othersSpeech(text), start, end)) return false;
  // The nearest word before the domain that says whose it is: real or official (or someone's own site), or fake.
  for (let i = last; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (start - cue.end > ONLY_CONTEXT_BACK || crossesBreak(breaks, cue.end, start)) break;
    if (cue.kind === 'fake' && cue.ref !== 'their') return false;
    if (
      (cue.kind === 'official' && cue.ref !== 'authority') ||
      (cue.kind === 'own' && cues[i + 1]?.kind === 'site')
    )
      return !SCAM_WORD.test(text.slice(cue.end, start));
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
 * "With" an institution and its site in brackets: "เช็คกับ ก.ล.ต. (sec.or.th)", "I checked with the SEC (sec.gov.ph)",
 * "Cek ke OJK (ojk.go.id)": the institution is named, a capitalised name or an acronym (a site word is no name).
 */
const CHECK_WITH_NAMED =
  /^[\s:：]*(?:(?:with|to|dengan|kepada|ke|với|sa|kay)\s+(?:(?:the|ang)\s+)?|กับ\s*)(?:\p{Lu}[\p{L}\p{N}.&-]*|[\u0e01-\u0e4e.]+)(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}\s*\(\s*$/u;
/**
 * Looking a name, number or account up on a site: "searched the seller's name on …", "ลองค้นชื่อใน …", "cari nama
 * penjual di …", "tra số điện thoại trên …", "hinanap ko ang pangalan sa …". A site one looks people up on is a
 * register or a blacklist, not the scammer's.
 */
const LOOKED_UP =
  /(?<![\p{L}\p{M}])(?:search(?:ed)?|looked up|look up|googled|cari|mencari|nyari|dicari|carik|tìm|tìm kiếm|tra|hinanap|sinearch|nag-?search)\s+(?:[^\s,;.!?]+\s+){0,3}?(?:name|number|account|company|nama|nomor|nombor|rekening|akaun|syarikat|tên|số|tài khoản|công ty|pangalan|numero)(?![\p{L}\p{M}])[^,;.!?]{0,30}?(?<![\p{L}\p{M}])(?:on|in|at|di|pada|kat|trên|tại|ở|sa)\s*$|ค้น(?:หา)?(?:ชื่อ|เบอร์|เลขบัญชี|บัญชี)[^\s,]{0,20}?(?:ใน|ที่|บน|จาก)\s*$/iu;
const LOOKED_UP_BACK = 70;

/**
 * Whether a domain at `start` is the site the narrator checked a story on: "I checked on singpost.com and there
 * was no such parcel", "Sy cek di pegadaian.co.id …", "Saya semak di laman kwsp.com.my …", "Tôi kiểm tra trên
 * shopee.vn …", "เช็คที่เว็บ thaipost.net …", "เช็คกับ ก.ล.ต. (sec.or.th)", or looked someone up on ("ลองค้นชื่อใน
 * blacklistseller.com …", "searched his name on …"). A victim checks a scam against the real institution's site. Not
 * when the scammer asked for the checking ("disuruh cek di …"), nor in a quoted message, nor near a "fake" word.
 */
export function isConsultedSite(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
): boolean {
  const last = lastCueBefore(cues, start);
  if (lookedUp(text, cues, breaks, start, last)) return true;
  for (let i = last; i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (start - cue.end > CHECK_BACK || crossesBreak(breaks, cue.end, start)) return false;
    if (cue.kind === 'fake' && cue.ref !== 'their') return false;
    if (cue.kind !== 'check') continue;
    const between = text.slice(cue.end, start);
    return (
      narratorChecks(text, cue) &&
      (CHECK_TO_SITE.test(between) || CHECK_WITH_NAMED.test(between)) &&
      !fakeBetween(text, cues, breaks, cue.start, start, last, [cue])
    );
  }
  return false;
}

/** The narrator looking someone up on the site at `start` (see {@link LOOKED_UP}), not told to, not in a quotation. */
function lookedUp(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
  last: number,
): boolean {
  const from = Math.max(0, start - LOOKED_UP_BACK);
  const m = LOOKED_UP.exec(text.slice(from, start));
  if (!m) return false;
  const verb = from + m.index + (m[0].length - m[0].trimStart().length);
  return (
    !crossesBreak(breaks, verb, start) &&
    !INSTRUCTED.test(text.slice(Math.max(0, verb - INSTRUCTED_BACK), verb)) &&
    !inside(othersSpeech(text), start, start + 1) &&
    !fakeBetween(text, cues, breaks, verb - FAKE_BACK, start, last, [])
  );
}
