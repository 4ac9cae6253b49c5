import {
  COPULA_BEFORE,
  inside,
  isNoun,
  lastCueBefore,
  othersSpeech,
  possessiveOf,
  qualifies,
} from './context.js';
import { crossesBreak, type FoundCue } from './cues.js';
import { type CueKind, NUMBER_CHANGE } from './keywords.js';
import type { Candidate } from './scan.js';

/*
 * Whose number it is, as the words around it say: the victim's own or the family's ("No telefon anak saya 017…",
 * "my son's number", "pls contact me instead at …", "kapatid ko (0926…)", a list of the narrator's details, a
 * relative the narrator called, a report written for a family member). A number that is, is no indicator: it is
 * personal data of the victim's side. Read by numbers.ts for each number it weighs.
 */

/** A possessive makes the number the victim's own when it sits on a cue word this close to the number. */
export const OWN_REACH = 15;
/** How far before its copula the possessed subject of "My account … was CIMB 7023…" may stand. */
const SUBJECT_REACH = 45;
/** Cue kinds that only qualify other cues (see context.ts): they say nothing about a number themselves. */
export const QUALIFIER_KINDS: ReadonlySet<CueKind> = new Set([
  'kin',
  'official',
  'fake',
  'email',
  'site',
  'check',
]);
/**
 * "From" / "by" between a possessed word and the number: the number is where something came from, not what the
 * victim owns ("WhatsApp saya daripada 013-…" is "WhatsApp'd me from", "HP sy ditelpon dr 0838…", "gọi cho tôi từ
 * số …", "โทรหาฉันจาก 08…", "tinext ako mula sa 0926…").
 */
const FROM_WORD =
  /(?:^|[^\p{L}])(?:from|by|dari|daripada|drpd|dr|oleh|từ|bởi|mula sa|galing sa|mula kay|galing kay)(?![\p{L}])|จาก|โดย/iu;
/** The words a "from" turns around: a contact ("WhatsApp saya dari …"), not an account ("akaun saya dari Maybank …"). */
export const CONTACT_KINDS: ReadonlySet<CueKind> = new Set(['phone', 'platform', 'number']);
export const fromBetween = (text: string, from: number, to: number) =>
  to > from && FROM_WORD.test(text.slice(from, to));

/**
 * The victim's or the family's, as the words right before the number say: where the narrator can be reached, a
 * family member with the number in brackets, a list of the narrator's details, a relative the narrator called, a
 * family member a report is written for. Each is looked at only when the word or mark right before the number allows.
 */
export function ownNamedBefore(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  number: Candidate,
  previousEnd: number,
): boolean {
  if (contactedAt(text, number)) return true;
  let before = number.start - 1;
  while (text[before] === ' ') before -= 1;
  const mark = text[before];
  if ((mark === '(' || mark === ',' || mark === ':') && ownBracket(text, cues, breaks, number)) return true;
  const last = lastCueBefore(cues, number.start);
  const cue = cues[last];
  if (cue === undefined || number.start - cue.end > KIN_CALL_REACH + 12) return false;
  return (
    ownList(text, cues, number, last) ||
    calledKin(text, cues, breaks, number, previousEnd, last) ||
    onBehalf(text, cues, breaks, number, last)
  );
}

/** How far before a number a family member may stand when only separators, a copula or a bracket follow it. */
const KIN_REACH = 30;
/**
 * Between the word naming a value and the family member after it: "of", "của", "ของ", "ni", a "real" or "own"
 * ("Nombor sebenar abang saya", "number of my son", "Số của chị tôi", "เบอร์ของครอบครัว", "number ni bunso").
 */
const NOUN_TO_KIN =
  /^\s*(?:(?:real|actual|true|own|sebenar|asli|sendiri|thật|riêng|จริง|ตัวจริง|totoong|tunay na|mismong)\s*)?(?:(?:of|milik|punya|kepunyaan|của|ของ|ni|ng|kay|nina)\s*)?(?:(?:my|our|the)\s+)?$/iu;
/** Between a family member and the word after it: "my son's number", "My nephew's own number", "Mom's real phone". */
const KIN_TO_NOUN = /^(?:['’]s)?\s*(?:(?:own|real|actual|true)\s+)?$/iu;
/** What may stand between a family member (and its possessive) and the number: "(mẹ cháu)", "is", "ay", ":". */
const KIN_TAIL =
  /^(?:\s*\([^()]{0,24}\))?[\s:：=(\-–]*(?:(?:is|was|are|adalah|ialah|iaitu|yaitu|là|ay|คือ)(?![\p{L}])[\s:：]*)?$/iu;
/** A genitive a possessive-less family member needs ("của mẹ", "ของแม่", "ni bunso", "Mom's"); Thai needs none. */
const GENITIVE = /(?:of|milik|punya|của|ของ|ni|ng|kay|nina)\s*$|[\u0e00-\u0e7f]$/iu;
/** How far before a family member a word of claim still speaks about it ("ngaku anak sy, …"). */
const KIN_CLAIM_BACK = 40;

/**
 * A family member's number or account: "No telefon anak saya 017…", "my son's number 0917…", "My nephew's own number
 * is …", "số điện thoại của vợ tôi là 09…", "เบอร์ลูกสาวฉัน 08…", "nomor om sy 0813…", "Nombor sebenar abang saya 019…",
 * "Số của chị tôi (mẹ cháu) 0914…". A possessive on the family member, and a phone or account word next to it.
 * Without a possessive, a word that names only kin (not "Ibu", "kuya", "chị", titles for strangers too, nor a
 * friend) counts where the language leaves the possessive out: after a genitive or, in Thai, right after the word
 * ("เบอร์ของครอบครัว 081…", "บัญชีกรุงเทพของแม่ …", "Số của mẹ 09…", "number ni bunso 0917…", "Mom's number is …"), with
 * nothing but a copula before the number, outside quoted speech, and with no claim or new number in sight.
 */
export function ownFamily(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  number: Candidate,
  previousEnd: number,
): boolean {
  for (let i = lastCueBefore(cues, number.start); i >= 0; i -= 1) {
    const kin = cues[i] as FoundCue;
    if (kin.end < number.start - KIN_REACH || kin.end <= previousEnd) return false;
    if (kin.kind !== 'kin' || crossesBreak(breaks, kin.end, number.start)) continue;
    if (fromBetween(text, kin.end, number.start)) return false;
    // A contact the victim gave an app or a form ("kontak darurat", "người thân") is the victim's, possessive or not.
    const possessive =
      possessiveOf(cues, i, text) ??
      narratorAfter(text, kin) ??
      (kin.ref === 'contact' && !claimNear(cues, breaks, kin.start) ? kin : undefined);
    // The word naming the value: before the family member (past possessives and "real" words), or right after it.
    let k = i - 1;
    while (cues[k]?.kind === 'own' || cues[k]?.kind === 'official') k -= 1;
    const before = cues[k];
    let j = i + 1;
    while (cues[j]?.kind === 'own' || cues[j]?.kind === 'official') j += 1;
    const after = cues[j];
    const nounBefore =
      before !== undefined && isNoun(before) && NOUN_TO_KIN.test(text.slice(before.end, kin.start))
        ? before
        : undefined;
    const nounAfter =
      after !== undefined &&
      isNoun(after) &&
      after.end <= number.start &&
      KIN_TO_NOUN.test(
        text.slice(possessive && possessive.start > kin.start ? possessive.end : kin.end, after.start),
      )
        ? after
        : undefined;
    if (!nounBefore && !nounAfter) continue;
    const tailFrom = Math.max(kin.end, possessive?.end ?? 0, nounAfter?.end ?? 0);
    const tight = KIN_TAIL.test(text.slice(tailFrom, number.start));
    if (possessive) {
      if (tight || kin.end >= number.start - OWN_REACH) return true;
      continue;
    }
    if (kin.ref === 'title' || kin.ref === 'friend' || !tight || someoneElses(text, cues, i)) continue;
    const genitive = nounBefore
      ? GENITIVE.test(text.slice(Math.max(0, kin.start - 8), kin.start))
      : /^['’]s/.test(text.slice(kin.end, kin.end + 2));
    if (!genitive) continue;
    const head = (nounBefore ?? kin).start;
    if (
      inside(othersSpeech(text), kin.start, kin.end) ||
      NUMBER_CHANGE.test(text.slice(Math.max(0, head - 12), number.start)) ||
      claimNear(cues, breaks, head)
    )
      continue;
    return true;
  }
  return false;
}

/**
 * Vietnamese narrators who call themselves "em" ("Số của mẹ em …": my mother's number): read as a possessive on a
 * family member only ("tài khoản em" may be the scammer, who calls himself "em" too).
 */
const NARRATOR_EM = /^\s+em(?![\p{L}])/u;
function narratorAfter(text: string, kin: FoundCue): FoundCue | undefined {
  const m = NARRATOR_EM.exec(text.slice(kin.end, kin.end + 5));
  if (!m) return undefined;
  const end = kin.end + m[0].length;
  return { kind: 'own', ref: 'after', start: end - 2, end, text: 'em', weak: undefined, phone: undefined };
}

/** A third person's family member: "his mother's number", "akaun isteri dia", "vợ anh ta", "บัญชีของแม่เขา". */
const THIRD_BEFORE = /(?:^|[^\p{L}])(?:his|her|their|its|kanyang|kaniyang|kanilang)\s+$/iu;
const THIRD_AFTER =
  /^\s*(?:dia|mereka|beliau|niya|nila|anh ta|anh ấy|chị ta|chị ấy|cô ta|ông ta|bà ta|nó|họ|hắn|ấy)(?![\p{L}])|^\s*(?:เขา|เธอ|มัน)/iu;
function someoneElses(text: string, cues: readonly FoundCue[], i: number): boolean {
  const kin = cues[i] as FoundCue;
  const next = cues[i + 1];
  return (
    THIRD_BEFORE.test(text.slice(Math.max(0, kin.start - 8), kin.start)) ||
    THIRD_AFTER.test(text.slice(kin.end, kin.end + 10)) ||
    (next?.kind === 'fake' && next.ref === 'their' && next.start - kin.end <= 1)
  );
}

/** A word of claim or impersonation shortly before `at`, in its sentence ("ngaku anak …", "pretending to be Mom"). */
function claimNear(cues: readonly FoundCue[], breaks: readonly number[], at: number): boolean {
  for (let i = lastCueBefore(cues, at); i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (at - cue.end > KIN_CLAIM_BACK || crossesBreak(breaks, cue.end, at)) return false;
    if (cue.kind === 'fake' && cue.ref !== 'their') return true;
  }
  return false;
}

/** What may join the words of "Akaun saya sendiri Maybank 1570…", "rek sy sendiri BNI 0442…": spacing, "own", a copula. */
const OWN_CHAIN_LINK =
  /^[\s:：=(\-–]*(?:(?:sendiri|own|mismo|riêng|เอง|is|was|adalah|ialah|iaitu|là|ay|คือ)(?![\p{L}])[\s:：=(\-–]*)?$/iu;
const OWN_CHAIN_GAP = 12;

/**
 * A possessed account word with "own" and the bank's name between it and the number: "Akaun saya sendiri Maybank
 * 1570 …", "rek sy sendiri BNI 0442 …", "my own account, the Maybank one" is not one. Only cue words naming a value,
 * possessives and the links above stand between.
 */
export function ownChain(
  text: string,
  cues: readonly FoundCue[],
  number: Candidate,
  previousEnd: number,
): boolean {
  let at = number.start;
  for (let i = lastCueBefore(cues, number.start); i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (
      cue.end <= previousEnd ||
      at - cue.end > OWN_CHAIN_GAP ||
      !OWN_CHAIN_LINK.test(text.slice(cue.end, at))
    )
      return false;
    if (cue.kind === 'own') {
      const noun = cues[cue.ref === 'before' ? i + 1 : i - 1];
      return noun !== undefined && isNoun(noun) && noun.ref !== 'verb' && qualifies(cue, noun, text);
    }
    if (!isNoun(cue)) return false;
    at = cue.start;
  }
  return false;
}

/**
 * The number is the complement of a possessed subject: "My own account for receiving the loan was CIMB 7023…",
 * "my number is 9734 1182", "nombor saya ialah 012…". A copula right before the number (or before the bank
 * named right before it), and before that copula, in the same clause, a cue word with a possessive on it.
 */
export function ownSubject(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  number: Candidate,
  nearestIndex: number,
  nearestGap: number,
  previousEnd: number,
): boolean {
  const nearest = cues[nearestIndex];
  const named = nearest && nearestGap <= 2 && (nearest.kind === 'bank' || nearest.kind === 'wallet');
  const at = named ? nearest.start : number.start;
  const copula = COPULA_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
  if (!copula) return false;
  const copulaAt = at - copula[0].length + (copula[0].length - copula[0].trimStart().length);
  for (let i = lastCueBefore(cues, copulaAt); i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (cue.end < copulaAt - SUBJECT_REACH || cue.end <= previousEnd) return false;
    if (cue.kind === 'own' || QUALIFIER_KINDS.has(cue.kind)) continue;
    if (!isNoun(cue) || crossesBreak(breaks, cue.end, at)) return false;
    const between = text.slice(cue.end, copulaAt);
    // One clause: no comma, and no earlier copula ("my account was hacked and the money is in …").
    if (/[,;]/.test(between) || COPULA_INSIDE.test(between)) return false;
    return possessiveOf(cues, i, text) !== undefined;
  }
  return false;
}
const COPULA_INSIDE = /(?:^|[^\p{L}])(?:is|was|are|were|adalah|ialah|là|ay)(?![\p{L}])|คือ/iu;

/**
 * Where someone can reach the narrator, said the way one gives a contact: "pls contact me instead 092…", "call me at
 * 9123 4567", "you can reach me on 0917…", "sila hubungi saya di 012-…", "vui lòng liên hệ tôi theo số …", "ติดต่อฉัน
 * ได้ที่เบอร์ …", "tawagan mo ako sa 0917…". An imperative or a "can", never a past tense: "she called me on +65 9…" is
 * her number. Not "via"/"lewat"/"qua" (the channel), nor in a quoted message ("'call me at …'" is the scammer's own).
 */
const CONTACTED_AT =
  /(?:(?<![\p{L}-])(?:call|ring|phone|text|sms|message|contact|reach|whatsapp)\s+(?:me|us)(?:\s+back)?(?:\s+(?:at|on)(?:\s+(?:my|this|the|our))?(?:\s+(?:phone|mobile|cell|hp|number|no\.?))*|\s+(?:instead|directly))|(?<![\p{L}])(?:sila|boleh|blh|tolong|pls|please|mohon|bisa|harap)\s+(?:hubungi|hub|telefon|telepon|telpon|telp|call|sms|mesej|whatsapp|wasap|contact|kontak)\s+(?:saya|sy|sya|aku|kami)(?:\s+(?:semula|balik|kembali))?\s+(?:di|ke|pada|kat|dekat)(?:\s+(?:nombor|nomor|no|talian|hp|telefon|tel))*|(?<![\p{L}])(?:(?:vui lòng|xin|hãy|có thể|cứ)\s+(?:liên hệ|liên lạc|gọi|gọi lại|nhắn tin)(?:\s+(?:cho|với))?\s+(?:tôi|mình|em)(?:\s+(?:qua|vào|tại|theo))?|(?:liên hệ|liên lạc)(?:\s+lại)?(?:\s+với)?\s+(?:tôi|mình|em)\s+theo)(?:\s+(?:số(?:\s+điện thoại)?|sđt|sdt))?|(?<![\p{L}])(?:tawagan|i-?text|kontakin|i-?contact|i-?message)(?:\s+(?:mo|nyo|niyo))?\s+(?:ako|kami)\s+sa(?:\s+(?:number|numero|no\.?))?|(?:ติดต่อ|โทร)(?:กลับ)?(?:หา)?(?:ฉัน|ผม|ดิฉัน|เรา|หนู)?ได้(?:ที่|ทาง)(?:เบอร์(?:โทร)?)?)[\s:：]*$/iu;
const CONTACTED_BACK = 40;

/** The last word of every form above, and the narrator's pronoun they hold: a cheap first look before the pattern. */
const CONTACT_TAILS = new Set(
  'at on instead directly phone mobile cell hp number no di ke pada kat dekat nombor nomor talian telefon tel tôi mình em qua vào tại theo số thoại sđt sdt sa numero'.split(
    ' ',
  ),
);
const THAI_CONTACT_TAIL = /(?:ที่|ทาง|เบอร์|โทร)\s*$/;
const NARRATOR_WORD = /\b(?:me|us|saya|sy|sya|aku|kami|ako|em)\b|tôi|mình|ได้/i;

/** The word right before `end` (past spaces, colons and a full stop), in lower case. */
function wordBefore(text: string, end: number): string {
  let j = end;
  for (let c = text.charCodeAt(j - 1); c === 32 || c === 58 || c === 46 || c === 0xff1a || c === 160; ) {
    j -= 1;
    c = text.charCodeAt(j - 1);
  }
  let i = j;
  while (i > 0 && j - i < 12) {
    const code = text.charCodeAt(i - 1);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0)) break;
    i -= 1;
  }
  return text.slice(i, j).toLowerCase();
}

function contactedAt(text: string, number: Candidate): boolean {
  const word = wordBefore(text, number.start);
  if (!CONTACT_TAILS.has(word) && !THAI_CONTACT_TAIL.test(word)) return false;
  const window = text.slice(Math.max(0, number.start - CONTACTED_BACK), number.start);
  return (
    NARRATOR_WORD.test(window) &&
    CONTACTED_AT.test(window) &&
    !inside(othersSpeech(text), number.start, number.end)
  );
}

/** "(" right before a number, and a family word with a comma or colon inside the bracket: "(kakak, 0812…)". */
const KIN_BRACKET = /^\(\s*(?:[^\s(),:;]{1,16}(?:\s[^\s(),:;]{1,16})?\s*[,:]\s*)?$/u;
const KIN_BRACKET_REACH = 26;

/**
 * A family member's or a contact's number in brackets right after them: "Pati kapatid ko (0926 118 4472) tinetext nila",
 * "my sister (0917…)", "kontak darurat sy (kakak, 0812 7700 3412)", "em gái tôi (09…)", "น้องสาวฉัน (08…)". The family
 * word carries a possessive (a contact word needs none); no claim or change of number in sight, not in a quotation.
 */
function ownBracket(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  number: Candidate,
): boolean {
  let open = number.start - 1;
  while (open >= 0 && number.start - open <= KIN_BRACKET_REACH && text[open] !== '(') open -= 1;
  if (open < 0 || text[open] !== '(') return false;
  const inner = text.slice(open, number.start);
  if (!KIN_BRACKET.test(inner)) return false;
  if (/[,:]\s*$/.test(inner)) {
    const word = cues[lastCueBefore(cues, number.start)];
    if (word === undefined || word.kind !== 'kin' || word.start <= open) return false;
  }
  let i = lastCueBefore(cues, open);
  if (cues[i] === undefined || open - (cues[i] as FoundCue).end > 1) return false;
  if (cues[i]?.kind === 'own' && cues[i]?.ref === 'after') i -= 1;
  const kin = cues[i];
  if (kin === undefined || kin.kind !== 'kin') return false;
  if (kin.ref !== 'contact' && possessiveOf(cues, i, text) === undefined) return false;
  return (
    !claimNear(cues, breaks, kin.start) &&
    !NUMBER_CHANGE.test(text.slice(Math.max(0, kin.start - 20), number.start)) &&
    !inside(othersSpeech(text), kin.start, kin.end)
  );
}

/**
 * One value, then a comma or "and", between a possessed word and the word naming the number: "my NRIC S7812345D, hp
 * 9012 7736", "IC saya 850722-10-5541, no tel 012-…", "CCCD của tôi 0012…, SĐT 09…", "บัตรประชาชนของฉัน 1-1037-… เบอร์ 08…".
 * The narrator listing their own details: the possessive goes on to the next.
 */
const LIST_LINK =
  /^[\s:：=]*[^\s,;]*\d[^,;]{0,20}?\s*(?:[,;/&]|\s(?:and|dan|và|at|และ))\s*$|^[\s:：=]*[^\s,;]*\d[^\s,;]*\s+$/iu;
const LIST_REACH = 36;

function ownList(text: string, cues: readonly FoundCue[], number: Candidate, i: number): boolean {
  const noun = cues[i];
  if (
    noun === undefined ||
    number.start - noun.end > 4 ||
    !isNoun(noun) ||
    !/^[\s:：=(-]*$/.test(text.slice(noun.end, number.start))
  )
    return false;
  let h = i - 1;
  let possessive: FoundCue | undefined;
  if (cues[h]?.kind === 'own') {
    possessive = cues[h];
    h -= 1;
  }
  const head = cues[h];
  if (head === undefined || (!isNoun(head) && head.kind !== 'negative')) return false;
  const after = possessive !== undefined && possessive.start > head.start;
  const valueFrom = after ? (possessive as FoundCue).end : head.end;
  if (noun.start - valueFrom > LIST_REACH) return false;
  if (after ? !qualifies(possessive as FoundCue, head, text) : possessiveOf(cues, h, text) === undefined)
    return false;
  return LIST_LINK.test(text.slice(valueFrom, noun.start));
}

/**
 * A call to a family member or a friend, right before them: "called my sister", "gọi cho bạn", "โทรหาเพื่อน",
 * "telp anak sy", "tinawagan ko si ate".
 */
const CALL_TO =
  /(?:(?<![\p{L}])(?:call|called|rang|phoned|texted|messaged|contacted|telp|telpon|telepon|telefon|nelpon|hubungi|menghubungi|gọi|gọi điện|nhắn|nhắn tin|liên hệ|liên lạc|tinawagan|tinext|kinontak)(?:\s+(?:lại|ko|namin))?(?:\s+(?:my|our|ang|si|kay|kina|ke|kepada|cho|với))*\s*|โทร(?:ไป)?(?:หา|ถาม)|ติดต่อ(?:ไป)?หา)$/iu;
/** Between the family member (and its possessive) and the number: "at", "sa", "di nomor", "số", "ที่เบอร์". */
const KIN_CALL_TAIL =
  /^[\s,]*(?:(?:at|on|sa|di|ke|pada|kat|vào|theo|qua)\s+|ที่|ทาง)?(?:(?:his|her|their|the|nomor|nombor|no|number|numero|số|sđt)\s+|เบอร์(?:โทร)?)?[:：]?\s*$/iu;
const KIN_CALL_REACH = 20;

/**
 * The number the narrator called a family member or a friend at, to check a story: "Tôi ck xong gọi cho bạn số 0988…",
 * "พอโทรหาเพื่อนที่เบอร์ 081-…", "I called my son at 0917…", "Sy telp anak sy di 0812…". The person's real number, not
 * the scammer's (a title for strangers, "kuya", "chị", needs a possessive). Not where someone claims to be them.
 */
function calledKin(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  number: Candidate,
  previousEnd: number,
  last: number,
): boolean {
  let i = last;
  // Past the word naming the number ("gọi cho bạn số …", "โทรหาเพื่อนที่เบอร์ …"): the tail below allows it.
  while (cues[i]?.kind === 'number' || (cues[i]?.kind === 'phone' && cues[i]?.ref === undefined)) i -= 1;
  let tailFrom = -1;
  const possessive = cues[i];
  if (possessive?.kind === 'own' && possessive.ref === 'after') {
    tailFrom = possessive.end;
    i -= 1;
  }
  const kin = cues[i];
  if (kin === undefined || kin.kind !== 'kin' || kin.end <= previousEnd) return false;
  if (number.start - kin.end > KIN_CALL_REACH) return false;
  if (tailFrom >= 0 && !qualifies(possessive as FoundCue, kin, text)) return false;
  if (!KIN_CALL_TAIL.test(text.slice(tailFrom >= 0 ? tailFrom : kin.end, number.start))) return false;
  if (kin.ref === 'title' && possessiveOf(cues, i, text) === undefined) return false;
  if (!CALL_TO.test(text.slice(Math.max(0, kin.start - 28), kin.start))) return false;
  return !claimNear(cues, breaks, kin.start) && !inside(othersSpeech(text), kin.start, kin.end);
}

/** Family words of each gender, for "her" and "his" in a report written for a family member. */
const FEMALE_KIN =
  /^(?:mom|mum|mother|mommy|mummy|mama|sister|wife|daughter|grandma|grandmother|aunt|auntie|aunty|niece|granddaughter)$/i;
const MALE_KIN = /^(?:dad|father|daddy|papa|brother|husband|son|grandpa|grandfather|uncle|nephew|grandson)$/i;
/** Only separators or a copula between the word naming a number and the number: "her Cellcard is 012…". */
const NOUN_TO_NUMBER = /^[\s:：=(\-–]*(?:(?:is|was)\s+)?$/i;

/**
 * A report written for a family member, who is then "she" or "he": "my mom … met 'Daniel' on Tinder … her Cellcard
 * is 012 887 340". "Her"/"his" on a phone word, and the narrator's family member of that gender named before; no
 * claim or impersonation anywhere before ("a woman claiming to be from the bank; her number was …").
 */
function onBehalf(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  number: Candidate,
  last: number,
): boolean {
  let i = last;
  const noun = cues[i];
  if (noun === undefined || !CONTACT_KINDS.has(noun.kind)) return false;
  // "His Maxis number is …": the words naming the number may be two.
  const first = cues[i - 1];
  if (first !== undefined && CONTACT_KINDS.has(first.kind) && noun.start - first.end <= 1) i -= 1;
  const pronoun = cues[i - 1];
  if (
    pronoun === undefined ||
    pronoun.kind !== 'fake' ||
    pronoun.ref !== 'their' ||
    noun.ref === 'verb' ||
    (cues[i] as FoundCue).start - pronoun.end > 2 ||
    !NOUN_TO_NUMBER.test(text.slice(noun.end, number.start)) ||
    crossesBreak(breaks, noun.end, number.start)
  )
    return false;
  const gender = /^her$/i.test(pronoun.text)
    ? FEMALE_KIN
    : /^his$/i.test(pronoun.text)
      ? MALE_KIN
      : undefined;
  if (gender === undefined) return false;
  for (let k = i - 2; k >= 0; k -= 1) {
    const cue = cues[k] as FoundCue;
    if (cue.kind === 'fake' && cue.ref !== 'their') return false;
    const possessive = cues[k - 1];
    if (
      cue.kind === 'kin' &&
      gender.test(cue.text) &&
      possessive?.kind === 'own' &&
      possessive.ref === 'before' &&
      qualifies(possessive, cue, text)
    )
      return true;
  }
  return false;
}
