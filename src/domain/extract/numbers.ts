import { BANK_GROUPS, BANKS, type BankEntry, bankByBic, resolveBank } from '../indicators/banks.js';
import type { CanonicalIndicator } from '../indicators/index.js';
import { inside, isOfficialLine, lastCueBefore, othersSpeech, ownedAfter, qualifies } from './context.js';
import { crossesBreak, type FoundCue } from './cues.js';
import { CURRENCY_BEFORE, NUMBER_CHANGE, STILL_AFTER, STILL_BEFORE, UNIT_AFTER } from './keywords.js';
import {
  CONTACT_KINDS,
  fromBetween,
  OWN_REACH,
  ownChain,
  ownFamily,
  ownNamedBefore,
  ownSubject,
  QUALIFIER_KINDS,
} from './owners.js';
import type { Candidate, Found, ScanContext, Taken } from './scan.js';

/*
 * Numbers in prose: phone numbers, bank accounts and e-wallet ids all look alike, so a number is read
 * through the cue words around it (see keywords.ts):
 *   - a code, reference or ID-card word right before it, or a currency/amount unit next to it → nothing;
 *   - a possessive on the cue word ("my account", "nomor saya", "GCash ko", "my Thai SIM", "Akaun saya sendiri
 *     Maybank …"), on a family member or friend next to it ("No telefon anak saya", "our family number", "nomor
 *     om sy", or without a possessive where the language drops it: "เบอร์ของครอบครัว", "number ni bunso"), or on
 *     the subject the number is the complement of ("My own account for the loan was CIMB …"), or written after
 *     the number ("0x… của tôi", "(BRI …, punya bapak)", "(mine)"), or where the narrator gives their contact ("pls
 *     contact me instead 092…", "sila hubungi saya di …") or lists their details ("my NRIC S78…, hp 9012…"), a family
 *     member with the number in brackets ("kapatid ko (0926…)", "kontak darurat sy (kakak, 0812…)"), the relative or
 *     friend the narrator called to check ("gọi cho bạn số …", "โทรหาเพื่อนที่เบอร์ …"), the family member a report is
 *     written for ("my mom … her Cellcard is 012…") → nothing: the victim's own (those rules are in owners.ts). Not a possessive inside someone
 *     else's quoted message ("'… GCash ko 0945 …'", see context.ts), nor one that a "from" turns around
 *     ("WhatsApp saya daripada 013-…": WhatsApp'd me from);
 *   - a code word qualified by a wallet or bank name ("Mã giao dịch MoMo: …") → nothing: the wallet's code;
 *   - a hotline word vouched for by the institution or an "official" word ("BDO hotline", "the real SPF
 *     hotline"), or by the victim checking with or reporting to it ("ฉันแจ้ง Shopee Call Center …"), or a
 *     number word with the institution's site between it and the number ("the number on OCBC's website is
 *     …") or a "real" word and the institution on it ("ICA's real number …"), or the victim calling the
 *     institution at the number ("Saya dah hubungi CIMB di 03-…", "Dah telefon Public Bank 03-…"), or the party
 *     that answered with its line in brackets ("the juristic office (053 272 119) said …"), and a number that is
 *     no mobile → nothing: the real institution's line;
 *   - "still" someone's number where someone claimed a change of number ("'Ma, ini nomor baru aku' …
 *     nomornya masih 0856…") → nothing: the real number of the person the scammer impersonated;
 *   - an e-wallet name (GCash 0917…, DANA 0812…) → e-wallet, the owner's phone in `related`;
 *   - a bank name or an account word (rekening BCA …, บัญชีกสิกรไทย …, STK … Vietcombank) → bank account,
 *     when the bank's account-number rules accept it (a bank of another country that has only a branch in the
 *     report's country is the home bank when the number has its length: "Bangkok Bank" in Cambodia is BKKBTHBK);
 *     not a bank named inside the holder's name ("… atas nama FZ NIAGA RESOURCES") nor as someone's employer
 *     ("the 'BOC agent'", "pegawai Maybank");
 *   - otherwise (or when the above refuse it) → phone, when it is a valid number of the report's country
 *     or written with "+" or an international prefix ("0062 852 …"); a number written with "+" is never an
 *     account.
 * The nearest cue decides. A cue belongs to one number (the nearer of the two it stands between) and does
 * not reach across a sentence end. A bare number that is none of these is not an indicator.
 */

// Digit groups with one separator between them, as people type numbers: a space, a dash (with or without
// spaces around it), a dot, or brackets around an area code: "0812-3456-7890", "(021) 555 1234",
// "+1 (213) 373-4253", "123-4-56789-0". Not commas or slashes (amounts, dates), not ". " (a sentence ends).
const NUMBER =
  /(?<![\p{sc=Latin}\p{N}_@#$/\\:.,\-+])(?:\+[ \t]?|\(\+?(?=\d{1,4}\)))?\d{1,20}(?:(?:[ \t\u00a0]?[-\u2010-\u2015][ \t\u00a0]?|\.|[ \t\u00a0]?\((?=\d{1,4}\))|\)[ \t\u00a0]?|[ \t\u00a0])\d{1,20}){0,8}(?![\p{sc=Latin}\p{N}_@])/gu;
const MIN_DIGITS = 7;
const MAX_DIGITS = 19;
/** Work bound for hostile input (a narrative of 20k digits): numbers after this many are not looked at. */
const MAX_NUMBERS = 300;

const DATE = /^(?:\d{1,2}[.-]\d{1,2}[.-](?:\d{4}|\d{2})|\d{4}[.-]\d{1,2}[.-]\d{1,2})$/;
// 15.000.000 / 1.250.000 — thousands groups, as Indonesian and Vietnamese write amounts.
const AMOUNT = /^[1-9]\d{0,2}(?:[.,]\d{3})+$/;

/** How far (in characters) a cue before / after a number still speaks about it. */
const BACK = 60;
const AHEAD = 40;
/** Weak cues (ordinary words as well as names: "Dana", "Maya", "Boost") must be this close; in lower case, closer. */
const WEAK_BACK = 12;
const WEAK_AHEAD = 4;
const WEAK_LOWER_CASE = 3;
/** A code or reference word only cancels a number it stands right before. */
const NEGATIVE_BACK = 15;
/** A wallet named further before the number than this is not taken over a plain phone reading. */
const WALLET_REACH = 35;
/** A wallet named after the number must follow it closely: "0917 123 4567 (GCash)". */
const WALLET_AFTER = 10;
/** Phone types an institution's hotline never has. */
const MOBILE_TYPES = new Set(['mobile', 'fixed_line_or_mobile']);

/** Calling codes of the countries the platform serves, for numbers written "62812…" without "+". */
const CALLING_CODES: Record<string, string> = {
  ID: '62',
  MY: '60',
  TH: '66',
  VN: '84',
  PH: '63',
  SG: '65',
  KH: '855',
  LA: '856',
  MM: '95',
  BN: '673',
  TL: '670',
};
/**
 * National numbers (trunk "0" included) that can be phone numbers in each plan, a loose superset checked
 * before the full validation: it spares that (costly) validation the account numbers and ids in a narrative.
 */
const NATIONAL_SHAPES: Record<string, RegExp> = {
  ID: /^0[2-9]\d{6,11}$/,
  MY: /^0(?:1\d{8,9}|[3-9]\d{7,8})$/,
  TH: /^0(?:[689]\d{8}|[2-7]\d{7})$/,
  VN: /^0(?:[35789]\d{8}|2\d{9})$/,
  PH: /^0(?:9\d{9}|[2-8]\d{7,9})$/,
  KH: /^0[1-9]\d{7,8}$/,
  LA: /^0[1-9]\d{7,9}$/,
  MM: /^0[1-9]\d{6,9}$/,
};
/** Countries whose numbers have no trunk "0": an 8-digit number there is a phone only next to a phone word. */
const NO_TRUNK_PREFIX = new Set(['SG', 'BN', 'TL']);
const UNCUED_PHONE_TYPES_REFUSED = new Set(['toll_free', 'premium_rate', 'shared_cost', 'uan', 'voicemail']);

const gapOf = (cue: FoundCue, number: Candidate) =>
  cue.end <= number.start ? number.start - cue.end : cue.start - number.end;

/** The nearest cue of each kind before and after a number (distance in characters), and the bank named. */
interface Side {
  phone: number;
  wallet: number;
  walletCue?: FoundCue | undefined;
  bank: number;
  bankCue?: FoundCue | undefined;
  account: number;
}

interface Reading {
  before: Side;
  after: Side;
  /** The victim's own: a possessive on a cue word right before the number ("my account", "WA saya"). */
  own: boolean;
  /** A code, reference or ID-document word is the nearest cue before the number. */
  negative: boolean;
}

const side = (): Side => ({
  phone: Number.POSITIVE_INFINITY,
  wallet: Number.POSITIVE_INFINITY,
  bank: Number.POSITIVE_INFINITY,
  account: Number.POSITIVE_INFINITY,
});

/**
 * Reads the cues around a number. A cue speaks about the nearest number only: one standing beyond another
 * number ("… Public Bank 3123456708 a.n. Tan. Nombor ejen 012-998 7766") is that number's.
 */
function readCues(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  taken: Taken,
  number: Candidate,
  previousEnd: number,
  nextStart: number,
): Reading {
  const reading: Reading = { before: side(), after: side(), own: false, negative: false };
  // Cue words right before the number ("my Krungsri account 312…", "nomor WA saya"), for the possessive check.
  const deciders: FoundCue[] = [];
  const owns: FoundCue[] = [];
  let nearestBefore: FoundCue | undefined;
  let nearestBeforeIndex = -1;
  let nearestBeforeGap = Number.POSITIVE_INFINITY;
  for (let index = 0; index < cues.length; index += 1) {
    const cue = cues[index] as FoundCue;
    if (cue.start > number.end + AHEAD) break;
    if (cue.end < number.start - BACK || QUALIFIER_KINDS.has(cue.kind)) continue;
    const before = cue.end <= number.start;
    if (!before && cue.start < number.end) continue;
    if (before ? cue.end <= previousEnd : cue.start >= nextStart) continue;
    // Between two numbers, a cue goes with the nearer one: "081234567890 (OVO) dan 085711223344 (GoPay)".
    // (A cue reads more naturally before its number than after it: an after-distance counts 1.5 times, plus 2.)
    const here = before ? gapOf(cue, number) : gapOf(cue, number) * 1.5 + 2;
    const there = before
      ? previousEnd < 0 || crossesBreak(breaks, previousEnd, cue.start)
        ? Number.POSITIVE_INFINITY
        : (cue.start - previousEnd) * 1.5 + 2
      : nextStart === Number.POSITIVE_INFINITY || crossesBreak(breaks, cue.end, nextStart)
        ? Number.POSITIVE_INFINITY
        : nextStart - cue.end;
    if (there < here) continue;
    const gap = before ? number.start - cue.end : cue.start - number.end;
    if (before ? crossesBreak(breaks, cue.end, number.start) : crossesBreak(breaks, number.end, cue.start))
      continue;
    if (
      cue.weak &&
      gap > (cue.text === cue.text.toLowerCase() ? WEAK_LOWER_CASE : before ? WEAK_BACK : WEAK_AHEAD)
    )
      continue;
    if (taken(cue.start, cue.end)) continue;
    // "… 2203 1176 4428 atas nama FZ NIAGA RESOURCES": a bank's name inside the holder's name is no bank.
    if (!before && (cue.kind === 'bank' || cue.kind === 'wallet') && inHolderName(text, number.end, cue))
      continue;
    // "the 'BOC agent'", "pegawai Maybank", "nhân viên Vietcombank": a person, not an account there.
    if (cue.kind === 'bank' && staffOf(text, cue)) continue;
    // "Nag-text ang 0951 774 2206: 'GCash: Congrats…'": a name after a colon or an opening quotation mark is the
    // message's, not the number's.
    if (
      !before &&
      (cue.kind === 'wallet' || cue.kind === 'bank') &&
      opensMessage(text, number.end, cue.start)
    )
      continue;
    if (before && gap < nearestBeforeGap && cue.kind !== 'number' && cue.kind !== 'own') {
      nearestBefore = cue;
      nearestBeforeIndex = index;
      nearestBeforeGap = gap;
    }
    const s = before ? reading.before : reading.after;
    // A possessive after a verb is its object ("gọi tôi", "tinawagan ko"), not an owner.
    if (before && gap <= OWN_REACH && cue.kind !== 'own' && cue.kind !== 'negative' && cue.ref !== 'verb')
      deciders.push(cue);
    switch (cue.kind) {
      case 'phone':
        s.phone = Math.min(s.phone, gap);
        break;
      case 'platform':
        if (cue.phone) s.phone = Math.min(s.phone, gap);
        break;
      case 'wallet':
        if (gap < s.wallet) {
          s.wallet = gap;
          s.walletCue = cue;
        }
        break;
      case 'own':
        if (before) owns.push(cue);
        break;
      case 'bank':
        if (gap < s.bank) {
          s.bank = gap;
          s.bankCue = cue;
        }
        break;
      case 'account':
        s.account = Math.min(s.account, gap);
        break;
      case 'negative':
      case 'number':
        break;
    }
  }
  reading.negative =
    nearestBefore !== undefined &&
    nearestBeforeGap <= NEGATIVE_BACK &&
    isNegative(text, cues, nearestBefore, nearestBeforeIndex);
  reading.own =
    deciders.some(
      (cue) =>
        owns.some(
          (possessive) =>
            qualifies(possessive, cue, text) &&
            !(
              CONTACT_KINDS.has(cue.kind) &&
              fromBetween(text, Math.max(cue.end, possessive.end), number.start)
            ),
        ) && !otherValueNearer(deciders, cue),
    ) ||
    ownFamily(text, cues, breaks, number, previousEnd) ||
    ownChain(text, cues, number, previousEnd) ||
    ownSubject(text, cues, breaks, number, nearestBeforeIndex, nearestBeforeGap, previousEnd) ||
    ownedAfter(text, cues, number.end) ||
    ownNamedBefore(text, cues, breaks, number, previousEnd);
  return reading;
}

/** A colon, or an opening quotation mark after a space, in [from, to): what follows belongs to a message. */
function opensMessage(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text[i];
    if (c === ':' || c === '：') return true;
    if (
      (c === "'" || c === '"' || c === '“' || c === '‘' || c === '「') &&
      (i === from || /\s/.test(text[i - 1] ?? ''))
    )
      return true;
  }
  return false;
}

/** A value's family: contacts (phone, platform) or money (bank, account, wallet); plain number words have none. */
const familyOf = (cue: FoundCue) =>
  cue.kind === 'phone' || cue.kind === 'platform'
    ? 'contact'
    : cue.kind === 'bank' || cue.kind === 'account' || cue.kind === 'wallet'
      ? 'money'
      : undefined;

/**
 * A word of the other family standing between a possessed word and the number: in "ke rek BCA sy, trs WA dr 0815…"
 * the number is the WhatsApp's, not the victim's account.
 */
function otherValueNearer(deciders: readonly FoundCue[], possessed: FoundCue): boolean {
  const family = familyOf(possessed);
  if (family === undefined) return false;
  return deciders.some((other) => {
    if (other.start < possessed.end) return false;
    const otherFamily = familyOf(other);
    return otherFamily !== undefined && otherFamily !== family;
  });
}

/**
 * The account holder's name, and a bank's name inside it: "a.n." / "atas nama" / "name:" / "tên" / "ชื่อ" /
 * "pangalan", then name words up to the bank's name, and the name going on after it ("FZ NIAGA RESOURCES",
 * "MANDIRI SEJAHTERA"). A bank after the name ("a.n. Budi (BCA)", "a.n. Budi, BCA") is the account's bank.
 */
const HOLDER_THEN_NAME =
  /(?:(?:^|[^\p{L}])(?:a\.n\.?|a\/n|an\.|atas nama|nama|name|named|holder|account name|tên|chủ tk|chủ tài khoản|người nhận|pangalan|penerima)(?![\p{L}])|ชื่อ(?!ธนาคาร))[\s:.]*(?:[\p{L}\p{M}.'’-]+\s+){0,4}$/iu;
const NAME_GOES_ON = /^\s+\p{Lu}/u;
const inHolderName = (text: string, numberEnd: number, cue: FoundCue) =>
  HOLDER_THEN_NAME.test(text.slice(numberEnd, cue.start)) &&
  NAME_GOES_ON.test(text.slice(cue.end, cue.end + 3));
/** Words for an institution's staff: a bank named right before or after one is an employer, not an account. */
const STAFF_AFTER =
  /^['’"”]?\s?(?:agents?|officers?|staff|employees?|representatives?|reps?|personnel|managers?|investigators?|ahente|empleyado)(?![\p{L}])/iu;
const STAFF_BEFORE =
  /(?:^|[^\p{L}])(?:pegawai|petugas|karyawan|staf|ejen|wakil|kakitangan|nhân viên|cán bộ|ahente ng|empleyado ng|taga)[\s-]?['‘"“]?$|(?:เจ้าหน้าที่|พนักงาน)\s?$/iu;
const staffOf = (text: string, cue: FoundCue) =>
  STAFF_AFTER.test(text.slice(cue.end, cue.end + 20)) ||
  STAFF_BEFORE.test(text.slice(Math.max(0, cue.start - 16), cue.start));

/** Only spaces, a colon or a dash between two words: "Mã giao dịch MoMo", "พร้อมเพย์เลขบัตรประชาชน". */
const adjacent = (text: string, first: FoundCue, second: FoundCue) =>
  second.start >= first.end && /^[\s:：-]{0,2}$/.test(text.slice(first.end, second.start));

/**
 * Whether the nearest cue before a number makes it no indicator: a code or document word ("OTP", "No IC"), or a
 * wallet or bank name qualifying a code word right before it ("Mã giao dịch MoMo: 312…", "kode OTP DANA",
 * "no rujukan Maybank"). Not an identity-document word right after a wallet: PromptPay is registered to a
 * national ID ("พร้อมเพย์เลขบัตรประชาชน 1-1037-…"), the wallet's id.
 */
function isNegative(text: string, cues: readonly FoundCue[], nearest: FoundCue, index: number): boolean {
  const previous = cues[index - 1];
  if (nearest.kind === 'negative')
    return !(nearest.ref === 'id' && previous?.kind === 'wallet' && adjacent(text, previous, nearest));
  return (
    (nearest.kind === 'wallet' || nearest.kind === 'bank') &&
    previous?.kind === 'negative' &&
    adjacent(text, previous, nearest)
  );
}

/** A cheap first look, once per text: a "still" word anywhere (every number of a text asks). */
const ANY_STILL = /still|masih|tetap|vẫn|ยัง|pa ?rin|pa ?din/i;
let stillText: string | undefined;
let stillFound = false;
function mayHoldStill(text: string): boolean {
  if (text !== stillText) {
    stillText = text;
    stillFound = ANY_STILL.test(text);
  }
  return stillFound;
}

/** How far before a number its number word may stand in "nomornya masih 0856…", "number ni pinsan ay 0917…". */
const STILL_NOUN_BACK = 40;

/**
 * A number the text says is "still" someone's, in a narrative about a change of number: "'Bu, ini nomor baru aku'
 * … nomornya masih 0856-…", "Ang number ni pinsan ay 0917… pa rin", "số của con tôi vẫn là 09…", "เบอร์จริง
 * ของลูกยังเป็น 08…". The scammer claimed a new number; the person's real one is not the scammer's.
 * A number or phone word must name it, in the same clause, and the change must be spoken of before it.
 */
function isUnchangedNumber(
  text: string,
  number: Candidate,
  cues: readonly FoundCue[],
  breaks: readonly number[],
): boolean {
  if (!mayHoldStill(text)) return false;
  const still =
    STILL_BEFORE.test(text.slice(Math.max(0, number.start - 16), number.start)) ||
    STILL_AFTER.test(text.slice(number.end, number.end + 10));
  if (!still || !claimedChange(text, cues, breaks, number.start)) return false;
  for (let i = lastCueBefore(cues, number.start); i >= 0; i -= 1) {
    const cue = cues[i] as FoundCue;
    if (number.start - cue.end > STILL_NOUN_BACK || crossesBreak(breaks, cue.end, number.start)) return false;
    if (/[,;]/.test(text.slice(cue.end, number.start))) return false;
    if ((cue.kind === 'number' || cue.kind === 'phone') && cue.ref !== 'verb') return true;
  }
  return false;
}

const NUMBER_CHANGES = new RegExp(NUMBER_CHANGE.source, 'giu');
/** How far before a change of number a word of claim stands ("ngaku anak sy, katanya ganti nomor"). */
const CLAIM_BACK = 40;

/**
 * Whether someone, before `end`, claims a change of number: in a quoted message ("'Ma, ini nomor baru aku'") or
 * after a word of claim or impersonation ("ngaku anak sy, katanya ganti nomor", "claiming to be my son with a
 * new number"). The narrator's own "the scammer changed numbers" is no such claim.
 */
function claimedChange(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  end: number,
): boolean {
  const before = text.slice(0, end);
  if (!NUMBER_CHANGE.test(before)) return false;
  const quotes = othersSpeech(text);
  const pattern = NUMBER_CHANGES;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(before); m !== null; m = pattern.exec(before)) {
    const start = m.index;
    if (inside(quotes, start, start + m[0].length)) return true;
    for (let i = lastCueBefore(cues, start); i >= 0; i -= 1) {
      const cue = cues[i] as FoundCue;
      if (start - cue.end > CLAIM_BACK || crossesBreak(breaks, cue.end, start)) break;
      if (cue.kind === 'fake' && cue.ref !== 'their') return true;
    }
  }
  return false;
}

function isMoney(text: string, number: Candidate): boolean {
  if (AMOUNT.test(number.raw)) return true;
  return (
    CURRENCY_BEFORE.test(text.slice(Math.max(0, number.start - 6), number.start)) ||
    UNIT_AFTER.test(text.slice(number.end, number.end + 12))
  );
}

/**
 * An international prefix and the calling code of a country the platform serves, written as a group of their own
 * as "+62" is: "0062 852…", "0060 13-…", "0084 98…", "00 66 81…", "001 65 …". Account numbers that start with
 * "00" ("0039 1072 2841" at BDO) seldom go on with one of these codes, and the canonicaliser still has to find a
 * valid number behind the prefix; a bank named next to such a number still makes it an account.
 */
const IDD_GROUP = new RegExp(
  String.raw`^00[1789]?[ \t\u00a0]?(?:${Object.values(CALLING_CODES).join('|')})[ \t\u00a0\-.(]`,
);

/**
 * Whether the number is written the way a phone number is: "+…" or an international prefix ("0062 …"), a
 * trunk "0", or the country's calling code.
 */
/** Written with "+": a phone number, never an account. */
const withPlus = (number: Candidate) => number.raw.startsWith('+') || number.raw.startsWith('(+');

function phoneShaped(number: Candidate, country: string | undefined, cued: boolean): boolean {
  if (withPlus(number) || IDD_GROUP.test(number.raw)) return true;
  if (/^0[1-9]/.test(number.digits)) return NATIONAL_SHAPES[country ?? '']?.test(number.digits) ?? true;
  const code = country ? CALLING_CODES[country] : undefined;
  if (code && number.digits.startsWith(code) && number.digits.length >= code.length + 8) return true;
  return cued && country !== undefined && NO_TRUNK_PREFIX.has(country);
}

function asPhone(number: Candidate, ctx: ScanContext, cued: boolean): CanonicalIndicator | undefined {
  if (!phoneShaped(number, ctx.country, cued)) return undefined;
  const phone = ctx.canonicalize({ kind: 'phone', value: number.raw });
  if (!phone.ok) return undefined;
  const type = phone.indicator.details?.type;
  // Toll-free and service numbers written without a phone word are mostly the real bank's hotline.
  if (!cued && type !== undefined && UNCUED_PHONE_TYPES_REFUSED.has(type)) return undefined;
  return phone.indicator;
}

function asWallet(number: Candidate, cue: FoundCue, ctx: ScanContext): CanonicalIndicator | undefined {
  const wallet = ctx.canonicalize({ kind: 'ewallet', provider: cue.ref ?? cue.text, value: number.raw });
  if (!wallet.ok) return undefined;
  const indicator = wallet.indicator;
  if (indicator.related?.some((r) => r.kind === 'phone')) return indicator;
  // The wallet is what was paid; the phone behind it is kept as related, not as a second finding.
  const phone = ctx.canonicalize({ kind: 'phone', value: number.raw });
  return phone.ok ? { ...indicator, related: [...(indicator.related ?? []), phone.indicator] } : indicator;
}

function asBankAccount(number: Candidate, cue: FoundCue | undefined, ctx: ScanContext) {
  const name = cue?.ref ?? cue?.text;
  const bank =
    name === undefined ? undefined : (homeOfBranch(name, ctx.country, number.digits.length) ?? name);
  const account = ctx.canonicalize({ kind: 'bank_account', bank, value: number.raw });
  return account.ok ? account.indicator : undefined;
}

/** Per country, the home bank a name resolves to through a branch (undefined: none), as resolved once. */
const BRANCHES = new Map<string, Map<string, BankEntry | undefined>>();

/**
 * A bank of another country named in a report, where the registry also lists its branch in the report's country:
 * "Bangkok Bank account 305-4-71829-3" in a Cambodian report is the Thai bank (BKKBTHBK), not "Bangkok Bank Public
 * Company Limited, Cambodia Branch". The brand resolves to the local arm; when that arm is a branch of the home
 * bank (its legal name is the home bank's, then a place) and the number has the home bank's account length, the
 * account is at the home bank. Locally incorporated arms ("UOB Malaysia", "CIMB Thai") stay local banks.
 * Returns the home bank's BIC, or undefined to resolve the name as written.
 */
function homeOfBranch(name: string, country: string | undefined, digits: number): string | undefined {
  if (country === undefined || !BRANCH_COUNTRIES.has(country)) return undefined;
  let names = BRANCHES.get(country);
  if (names === undefined) {
    names = new Map();
    BRANCHES.set(country, names);
  }
  let home = names.get(name);
  if (home === undefined && !names.has(name)) {
    if (names.size > 1000) names.clear();
    const local = resolveBank(name, country);
    home = local === undefined ? undefined : HOME_OF_BRANCH.get(local.bic);
    names.set(name, home);
  }
  return home?.accountDigits?.includes(digits) ? home.bic : undefined;
}

/** Branches of a bank of another country (their legal name is the home bank's, then a place), by BIC: the home bank. */
const HOME_OF_BRANCH = new Map<string, BankEntry>();
for (const group of BANK_GROUPS) {
  const home = group.home === undefined ? undefined : bankByBic(group.home);
  if (home === undefined) continue;
  for (const bank of BANKS)
    if (bank.group === group.id && bank.country !== home.country && bank.name.startsWith(`${home.name},`))
      HOME_OF_BRANCH.set(bank.bic, home);
}
const BRANCH_COUNTRIES = new Set([...HOME_OF_BRANCH.keys()].map((bic) => bankByBic(bic)?.country));

/**
 * Cues before a number speak about it more surely than cues after it ("BCA 123…" vs "123… BCA"): a cue
 * before decides when it is the nearest of its rivals; a cue after decides only what the cues before left open,
 * and a bank named after a number does not turn a valid phone number into an account.
 */
function classify(
  text: string,
  number: Candidate,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  ctx: ScanContext,
  taken: Taken,
  previousEnd = -1,
  nextStart = Number.POSITIVE_INFINITY,
): CanonicalIndicator | undefined {
  if (!significant(text, number)) return undefined;
  const { before, after, own, negative } = readCues(
    text,
    cues,
    breaks,
    taken,
    number,
    previousEnd,
    nextStart,
  );
  if (
    negative ||
    own ||
    isInstitutionLine(text, number, cues, breaks, ctx) ||
    isUnchangedNumber(text, number, cues, breaks)
  )
    return undefined;
  const phoneCued = Math.min(before.phone, after.phone) < Number.POSITIVE_INFINITY;

  // A wallet: named before the number, no phone word or bank name nearer ("GCash account 0917…" is the wallet),
  // or right after it ("0917 123 4567 (GCash)").
  const walletBefore =
    before.walletCue && before.wallet <= WALLET_REACH && before.wallet <= Math.min(before.phone, before.bank);
  const walletAfter =
    !walletBefore &&
    after.walletCue &&
    after.wallet <= WALLET_AFTER &&
    before.bank === Number.POSITIVE_INFINITY;
  const walletCue = walletBefore ? before.walletCue : walletAfter ? after.walletCue : undefined;
  if (walletCue) {
    const wallet = asWallet(number, walletCue, ctx);
    if (wallet) return wallet;
  }

  // Written with "+", a phone number, never an account, even next to a bank's name ("The number on the fake OCBC
  // website was +65 6011 2233").
  if (withPlus(number)) return asPhone(number, ctx, phoneCued);
  const bankBefore = Math.min(before.bank, before.account);
  const bankName = nearer(before.bankCue, before.bank, after.bankCue, after.bank);
  if (bankBefore <= BACK && bankBefore < before.phone) {
    // An account word with no bank named: a valid phone number there is still read as a phone.
    const phone = bankName ? undefined : asPhone(number, ctx, phoneCued);
    if (phone) return phone;
    const account = asBankAccount(number, bankName, ctx);
    if (account) return account;
  } else if (after.bankCue && before.phone === Number.POSITIVE_INFINITY && after.bank < after.phone) {
    const phone = asPhone(number, ctx, phoneCued);
    if (phone) return phone;
    const account = asBankAccount(number, after.bankCue, ctx);
    if (account) return account;
  }
  return asPhone(number, ctx, phoneCued);
}

/**
 * Presented as the real institution's hotline ("BDO hotline (02) 8631-8000", "the real SPF hotline 1800…"; see
 * context.ts), and a number such a line can have: a landline, toll-free or service number. A mobile number
 * given as a bank's hotline is the scammer's.
 */
function isInstitutionLine(
  text: string,
  number: Candidate,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  ctx: ScanContext,
): boolean {
  if (!isOfficialLine(text, cues, breaks, number.start, number.end)) return false;
  const line = ctx.canonicalize({ kind: 'phone', value: number.raw });
  const type = line.ok ? line.indicator.details?.type : undefined;
  return type !== undefined && !MOBILE_TYPES.has(type);
}

function nearer(
  a: FoundCue | undefined,
  da: number,
  b: FoundCue | undefined,
  db: number,
): FoundCue | undefined {
  if (!a) return b;
  if (!b) return a;
  // An equally near name after the number loses to the one before.
  return da <= db * 1.5 + 2 ? a : b;
}

/** Not an amount, not a date: a number that may be an indicator (and that cue words next to it belong to). */
function significant(text: string, number: Candidate): boolean {
  return !DATE.test(number.raw) && !isMoney(text, number);
}

function candidate(text: string, start: number, end: number): Candidate | undefined {
  let s = start;
  let e = end;
  // A bracket that opens before the number or closes after it is not part of it: "(0977 888 999)"; one
  // around an area code is: "(02) 8631-8000".
  while (e > s && /[\s().-]/.test(text[e - 1] as string)) e -= 1;
  while (
    s < e &&
    /[\s(]/.test(text[s] as string) &&
    text[s + 1] !== '+' &&
    !/^\(\d{1,4}\)/.test(text.slice(s, e))
  )
    s += 1;
  const raw = text.slice(s, e);
  const digits = raw.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS) return undefined;
  return { start: s, end: e, raw, digits };
}

/** Where a run of groups is two numbers side by side ("BCA 1234567890 0987654321"): split points. */
function halves(number: Candidate): [Candidate, Candidate][] {
  const out: [Candidate, Candidate][] = [];
  for (let i = number.raw.indexOf(' '); i > 0; i = number.raw.indexOf(' ', i + 1)) {
    const left = number.raw.slice(0, i).trimEnd();
    const right = number.raw.slice(i + 1).trimStart();
    const leftDigits = left.replace(/\D/g, '');
    const rightDigits = right.replace(/\D/g, '');
    if (leftDigits.length < MIN_DIGITS || rightDigits.length < MIN_DIGITS) continue;
    const rightStart = number.end - right.length;
    out.push([
      { start: number.start, end: number.start + left.length, raw: left, digits: leftDigits },
      { start: rightStart, end: number.end, raw: right, digits: rightDigits },
    ]);
  }
  return out;
}

export function findNumbers(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  ctx: ScanContext,
  found: Found[],
  taken: Taken,
): void {
  const numbers: Candidate[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null && numbers.length < MAX_NUMBERS; m = NUMBER.exec(text)) {
    const number = candidate(text, m.index, m.index + m[0].length);
    if (number && !taken(number.start, number.end)) numbers.push(number);
  }
  const significants = numbers.map((n) => significant(text, n));
  numbers.forEach((number, k) => {
    let previousEnd = -1;
    for (let j = k - 1; j >= 0 && previousEnd < 0; j -= 1)
      if (significants[j]) previousEnd = (numbers[j] as Candidate).end;
    let nextStart = Number.POSITIVE_INFINITY;
    for (let j = k + 1; j < numbers.length && nextStart === Number.POSITIVE_INFINITY; j += 1)
      if (significants[j]) nextStart = (numbers[j] as Candidate).start;
    const whole =
      number.digits.length <= MAX_DIGITS
        ? classify(text, number, cues, breaks, ctx, taken, previousEnd, nextStart)
        : undefined;
    if (whole) {
      found.push({ indicator: whole, start: number.start, end: number.end });
      return;
    }
    for (const [left, right] of halves(number)) {
      const l = classify(text, left, cues, breaks, ctx, taken, previousEnd, right.start);
      const r = l && classify(text, right, cues, breaks, ctx, taken, left.end, nextStart);
      if (l && r) {
        found.push(
          { indicator: l, start: left.start, end: left.end },
          { indicator: r, start: right.start, end: right.end },
        );
        return;
      }
    }
  });
}
