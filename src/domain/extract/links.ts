import { refang } from '../indicators/defang.js';
import type { CanonicalIndicator } from '../indicators/index.js';
import { SOCIAL_PLATFORMS } from '../indicators/social.js';
import { isConsultedSite, isOfficialSite, isOwnValue } from './context.js';
import { crossesBreak, type FoundCue } from './cues.js';
import { BRAND_NAMES, WELL_KNOWN_DOMAINS } from './keywords.js';
import type { Found, ScanContext, Taken } from './scan.js';

// A dot as written plainly or defanged: "." "[.]" "(.)" "{.}" "[dot]" "(dot)".
const DOT = String.raw`(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?`;
const HOST = `(?:${LABEL}${DOT}){1,8}[a-z]{2,24}`;
// Characters a link may hold. Thai letters and full-width punctuation end a link: Thai text has no spaces.
const LINK_CHAR = String.raw`[^\s<>"'\u0060\u0e00-\u0e7f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]`;

const SCHEME_URL = new RegExp(
  String.raw`(?<![a-z0-9])(?:h(?:tt|xx|\*\*|tx|xt|\[tt\]|\[xx\])ps?)(?::\/\/|\[:\]\/\/|\[:\/\/\]|:\[\/\/\])${LINK_CHAR}{1,2000}`,
  'giu',
);
const EMAIL = new RegExp(
  String.raw`(?<![a-z0-9._%+\-])[a-z0-9._%+\-]{1,64}(?:@|\s?[[({]\s?(?:@|at)\s?[\])}]\s?)${HOST}(?![a-z0-9\-])`,
  'giu',
);
// A host written without a scheme, with or without a path.
const HOST_TEXT = new RegExp(
  String.raw`(?<![a-z0-9\-_.@/\\])(?:www${DOT})?${HOST}(?![a-z0-9\-_@])(?:[/?#]${LINK_CHAR}{0,2000})?`,
  'giu',
);
const IPV4 = new RegExp(
  String.raw`(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)${DOT}){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.])`,
  'g',
);

// Cheap tests that spare most narratives the full patterns: an "@" (or "[at]"), a dot between letters.
const MAY_HOLD_EMAIL = /@|[[({]\s?at\s?[\])}]/i;
const MAY_HOLD_HOST = new RegExp(`[a-z0-9]${DOT}[a-z]`, 'i');

const TRAILING_PUNCTUATION = /[.,;:!?'"…)\]}]$/;
const DEFANGED = /\[|\(\.|\(dot|\{/i;

/**
 * Top-level domains that a plain "word.tld" mention must end in to count as a domain. Anything else
 * ("lost.Then", "Node.js", "a.n.") needs a scheme, a path, "www." or defanging to be taken as a link.
 */
const COMMON_TLDS = new Set(
  (
    'com net org info biz xyz top online site vip club shop store live io co me cc asia app pro link click cloud ' +
    'icu tk ml ga cf gq buzz fun win bet casino games life world today finance money cash trade bond cyou sbs ' +
    'id my th vn ph sg kh la mm bn tl cn hk tw uk us ly gl ws to ai'
  ).split(' '),
);

function trimLink(text: string): string {
  let t = text;
  while (TRAILING_PUNCTUATION.test(t)) {
    const last = t.at(-1);
    // A closing bracket that closes one opened inside the link stays ("…/wiki/Foo_(bar)", "evil[.]com]" no).
    if (last === ')' && countOf(t, '(') >= countOf(t, ')')) break;
    if (last === ']' && t.endsWith('[.]')) break;
    t = t.slice(0, -1);
  }
  return t;
}

const countOf = (text: string, char: string) => text.split(char).length - 1;

/** Hosts of profile links (t.me, wa.me, line.me, facebook.com…): such a link is an account, not a page. */
const PROFILE_HOSTS = SOCIAL_PLATFORMS.flatMap((platform) => platform.hosts);

/** The profile, app or phone behind a link on a messaging, social or app-store site, when it has one. */
function linkTarget(link: string, ctx: ScanContext): CanonicalIndicator | undefined {
  const clean = refang(link);
  const host = /^(?:https?:\/\/)?([^/?#:]+)/i.exec(clean)?.[1]?.toLowerCase() ?? '';
  if (/(?:^|\.)(?:play\.google\.com|apps\.apple\.com|itunes\.apple\.com)$/.test(host)) {
    const app = ctx.canonicalize({ kind: 'app', value: clean });
    return app.ok ? app.indicator : undefined;
  }
  if (!PROFILE_HOSTS.some((known) => host === known || host.endsWith(`.${known}`))) return undefined;
  const social = ctx.canonicalize({ kind: 'social', value: clean });
  return social.ok ? social.indicator : undefined;
}

function linkIndicator(text: string, ctx: ScanContext): CanonicalIndicator | undefined {
  const url = ctx.canonicalize({ kind: 'url', value: text });
  if (!url.ok) return undefined;
  const target = linkTarget(text, ctx);
  if (!target) return url.indicator;
  // The profile or app is what an analyst acts on; the link itself is kept as related.
  const { related, ...link } = url.indicator;
  return { ...target, related: [...(target.related ?? []), link] };
}

/** "https://www.facebook.com/" on its own: a site named in passing, like a bare "facebook.com". */
function isWellKnownHome(indicator: CanonicalIndicator): boolean {
  if (indicator.kind !== 'url' || !/^https?:\/\/[^/]+\/$/.test(indicator.value)) return false;
  return indicator.related?.some((r) => r.kind === 'domain' && WELL_KNOWN_DOMAINS.has(r.value)) ?? false;
}

/** Links with a scheme (plain or defanged: hxxps[:]//evil[.]com). */
export function findSchemeLinks(text: string, ctx: ScanContext, found: Found[]): void {
  SCHEME_URL.lastIndex = 0;
  for (let m = SCHEME_URL.exec(text); m !== null; m = SCHEME_URL.exec(text)) {
    const link = trimLink(m[0]);
    const indicator = linkIndicator(link, ctx);
    if (indicator && !isWellKnownHome(indicator))
      found.push({ indicator, start: m.index, end: m.index + link.length });
  }
}

/**
 * Email addresses (plain or defanged: cs[at]bank-help[.]com). Not the victim's own ("email ko juan@…",
 * "my email is …"): personal data, no indicator.
 */
export function findEmails(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  ctx: ScanContext,
  found: Found[],
  taken: Taken,
): void {
  if (!MAY_HOLD_EMAIL.test(text)) return;
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end) || isOwnValue(text, cues, breaks, start, end)) continue;
    const email = ctx.canonicalize({ kind: 'email', value: m[0] });
    if (email.ok) found.push({ indicator: email.indicator, start, end });
  }
}

/**
 * A host written the way Java and Android name packages, "com.jnt.cekresi.paket": three labels or more,
 * starting with a top-level domain (com, org, net, or a country's when the last label is no TLD).
 */
const PACKAGE_FIRST = new Set(['com', 'org', 'net', 'io']);
const COUNTRY_FIRST = new Set(['id', 'my', 'th', 'vn', 'ph', 'sg', 'co']);
function isPackageName(host: string, named: boolean): boolean {
  if (!/^[a-z][a-z0-9]*(?:\.[a-z][a-z0-9_]*){2,}$/.test(host)) return false;
  const first = host.slice(0, host.indexOf('.'));
  const last = host.slice(host.lastIndexOf('.') + 1);
  // "app.apk" is a file's name.
  if (last === 'apk') return false;
  return PACKAGE_FIRST.has(first) || (COUNTRY_FIRST.has(first) && (named || !COMMON_TLDS.has(last)));
}

/**
 * A package word right before a host: "(package vn.vaynhanh24h.cash)", "nama paketnya id.…", "tên gói vn.…",
 * "package name: com.…". Such a host is the app even when its last label is a top-level domain (".cash", ".vip").
 */
const PACKAGE_WORD =
  /(?:(?<![\p{L}])(?:package|pkg|app id|bundle id|application id|paket|gói)(?:\s?(?:name|id|nya))?|(?:nama|tên|mã)\s(?:paket|paketnya|gói)|แพ็กเกจ|แพ็คเกจ)[\s:：=(]*$|(?:(?<![\p{L}])(?:app|apk|aplikasi|aplikasinya|ứng dụng)|แอป|แอพ)\s?[(:：]\s*$/iu;

/** "Lazada.co", "shopee.com": a well-known site's name cut short, the brand, no domain of its own. */
function isWellKnownPrefix(host: string): boolean {
  const lower = host.toLowerCase();
  for (const known of WELL_KNOWN_DOMAINS) if (known.startsWith(`${lower}.`)) return true;
  return false;
}

/**
 * An institution's own domain is its plain name: no hyphen, no digit in its labels ("jet.co.id", "bca.co.id",
 * "lhdn.gov.my"); look-alikes mostly have them ("bca-promo.xyz", "dbs-rewards.online", "slot88maxwin.net").
 */
const isPlainName = (domain: string) => /^[a-z.]+$/.test(domain);

/**
 * Government zones ("lhdn.gov.my", "polri.go.id", "bocongan.gov.vn", "afp.mil.ph", "rtarf.mi.th"): only the state
 * registers names there, so a bare one named in a narrative is the real authority's site ("I checked my name on
 * the police portal …gov.my"). So too the zones only registered organisations and schools get, against their papers:
 * Thai ".or.th" (the regulators: sec.or.th, bot.or.th, oic.or.th), ".ac.th", Indonesian ".or.id", ".ac.id", ".sch.id",
 * and the region's ".edu" and ".ac" zones. Defanged, it is presented as an indicator and kept; a link with a path into one
 * is still extracted (compromised pages are); a look-alike ("dukcapil.go.id.verify-data.com") is another domain.
 */
const GOVERNMENT_ZONE =
  /(?:^|\.)(?:gov|go|mil)\.[a-z]{2}$|(?:^|\.)(?:mi|or|ac)\.th$|(?:^|\.)(?:ac|sch|or|mil)\.id$|(?:^|\.)(?:edu|ac)\.(?:my|vn|ph|sg|kh|la|mm|bn)$|\.(?:gov|mil|edu)$/;

/**
 * A brand's name written as its domain, capitalised like a name: "Traveloka.com", "Zalora.com.my", "Tiki.vn"; under
 * the top-level domains brands use, not those look-alikes are bought under (".xyz", ".vip", ".bet", ".online" …).
 */
const TITLE_CASE_HOST = /^[A-Z][a-z]+\.(?:com|net|org|co|io|id|my|th|vn|ph|sg|(?:com|co|net|org)\.[a-z]{2})$/;
/** What presents the next word as an address rather than a name: a site or link word, a colon, a quotation mark. */
const ADDRESS_BEFORE =
  /(?:(?:^|[^\p{L}])(?:site|website|web|webpage|link|url|domain|situs|laman|alamat|trang|địa chỉ|sa site na)|เว็บ|เว็บไซต์|ลิงก์|[:："'“‘([])\s*$/iu;
const FAKE_NAME_BACK = 30;
/**
 * Money put into a platform in the clause before it ("invested on Goldmax.com", "daftar di Cuanmax.com", "nạp tiền
 * vào …", "ลงทุนใน …"): the platform is where the money went, an address, whatever its capitals.
 */
const PLATFORM_USE =
  /(?:^|[^\p{L}])(?:invest\p{L}*|deposit\p{L}*|regist\p{L}*|sign(?:ed)? up|signup|log ?in|logged in|trad(?:e|ed|ing)|withdr\p{L}*|top(?:ped)? ?up|bet(?:s|ting)?|daftar|mendaftar|depo|tf|transfer|melabur|labur|pelaburan|judi|slot|casino|nag-?invest|nag-?deposit|nag-?register|nag-?sign up|mag-?invest|nạp|đầu tư|đăng ký|rút|cá cược|chơi)(?![\p{L}])[^,;.!?]{0,30}$|(?:ลงทุน|ฝาก|สมัคร|เทรด|โอน|เล่น)[^,;.!?]{0,30}$/iu;

/**
 * "Kerja freelance review hotel di Traveloka.com", "Harga asal di Zalora.com.my", "cộng tác viên cho Tiki.vn": a
 * domain capitalised like a name, inside a sentence, names the brand (a look-alike is written as an address, in
 * lower case, with hyphens or digits, or defanged). Not at a sentence start (every word is capitalised there),
 * nor after a site or link word, a colon or a quotation mark, nor near a "fake" word ("the fake site Cuanmax.com"),
 * nor where money was put into it ("invested on Goldmax.com").
 */
function isBrandMention(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  start: number,
  host: string,
): boolean {
  if (!TITLE_CASE_HOST.test(host)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (
    start === 0 ||
    /(?:^|[.!?。\n])[\s'"“‘(]*$/u.test(before) ||
    ADDRESS_BEFORE.test(before) ||
    PLATFORM_USE.test(before)
  )
    return false;
  for (const cue of cues) {
    if (cue.start >= start) break;
    if (
      cue.kind === 'fake' &&
      cue.ref !== 'their' &&
      start - cue.end <= FAKE_NAME_BACK &&
      !crossesBreak(breaks, cue.end, start)
    )
      return false;
  }
  return true;
}

/** "Own", "official", "help" and "support" words: a brand's own page ("carousell's own help page", "trang hỗ trợ"). */
const OWN_PAGE_WORD =
  /(?<![\p{L}])(?:own|official|help|support|resmi|rasmi|sendiri|bantuan|chính thức|hỗ trợ|riêng|opisyal|sariling|tulong)(?![\p{L}])|ทางการ|ช่วยเหลือ/iu;
const OWN_PAGE_BACK = 40;

/**
 * A page of a well-known site presented as that brand's own: "carousell's own help page carousell.com/support says
 * they never send such links", "trang hỗ trợ chính thức của Shopee shopee.vn/…", "pusat bantuan Lazada
 * lazada.co.id/helpcenter"; or as the real site the victim checked ("I checked on shopee.sg/…"). The brand is named
 * with an own, official, help or support word before the link, in its sentence, and nothing calls it fake. Profile
 * links (a Facebook page, a Telegram channel) are someone's account, never the brand's own page here.
 */
function isBrandsOwnPage(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  indicator: CanonicalIndicator,
  start: number,
  end: number,
): boolean {
  if (indicator.kind !== 'url' || indicator.related === undefined) return false;
  let domain: string | undefined;
  for (const related of indicator.related) if (related.kind === 'domain') domain = related.value;
  if (domain === undefined || !WELL_KNOWN_DOMAINS.has(domain)) return false;
  if (isOfficialSite(text, cues, breaks, start, end) || isConsultedSite(text, cues, breaks, start))
    return true;
  let from = Math.max(0, start - OWN_PAGE_BACK);
  for (const at of breaks) if (at < start && at >= from) from = at + 1;
  const before = text.slice(from, start);
  const brand = before.toLowerCase().lastIndexOf(domain.slice(0, domain.indexOf('.')));
  if (brand < 0 || !OWN_PAGE_WORD.test(before)) return false;
  for (const cue of cues) {
    if (cue.start >= start) break;
    if (cue.end > from && cue.kind === 'fake' && cue.ref !== 'their') return false;
  }
  return true;
}

/**
 * Hosts written without a scheme: a link when a path follows ("t.me/xyz", "bit[.]ly/abc"), otherwise a
 * domain. Plain "word.tld" mentions count only with a common TLD, and never for well-known sites, their
 * names cut short ("Lazada.co"), government sites, or a site presented as the real institution's ("web resmi
 * jet.co.id") or as where the victim checked a story ("Sy cek di pegadaian.co.id …", see context.ts).
 * A package name ("aplikasi com.jnt.cekresi.paket") is the Android app.
 */
export function findHosts(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  ctx: ScanContext,
  found: Found[],
  taken: Taken,
): void {
  if (!MAY_HOLD_HOST.test(text)) return;
  // Domains the text presents as real somewhere ("… the real ones are only sold on ticketmaster.sg"): not the
  // scammer's where the same text names them again ("Ticketmaster.sg said the tickets were fake").
  const real = new Set<string>();
  const first = found.length;
  HOST_TEXT.lastIndex = 0;
  for (let m = HOST_TEXT.exec(text); m !== null; m = HOST_TEXT.exec(text)) {
    const start = m.index;
    const written = trimLink(m[0]);
    const end = start + written.length;
    if (taken(start, end)) continue;
    const pathAt = written.search(/[/?#]/);
    if (pathAt > 0 && pathAt < written.length - 1) {
      const indicator = linkIndicator(written, ctx);
      if (indicator && !isBrandsOwnPage(text, cues, breaks, indicator, start, end))
        found.push({ indicator, start, end });
      continue;
    }
    const host = pathAt > 0 ? written.slice(0, pathAt) : written;
    const defanged = DEFANGED.test(host);
    if (
      !defanged &&
      (isPackageName(host, false) ||
        (COUNTRY_FIRST.has(host.slice(0, host.indexOf('.'))) &&
          PACKAGE_WORD.test(text.slice(Math.max(0, start - 24), start)) &&
          isPackageName(host, true)))
    ) {
      const app = ctx.canonicalize({ kind: 'app', value: host });
      if (app.ok) found.push({ indicator: app.indicator, start, end: start + host.length });
      continue;
    }
    const tld = host.slice(host.lastIndexOf('.') + 1);
    const marked = defanged || /^www[.[({]/i.test(host);
    if (
      !marked &&
      (!COMMON_TLDS.has(tld) ||
        tld !== tld.toLowerCase() ||
        BRAND_NAMES.has(host.toLowerCase()) ||
        isWellKnownPrefix(host))
    )
      continue;
    const domain = ctx.canonicalize({ kind: 'domain', value: host });
    if (!domain.ok || WELL_KNOWN_DOMAINS.has(domain.indicator.value)) continue;
    if (!defanged && GOVERNMENT_ZONE.test(domain.indicator.value)) continue;
    if (
      (!marked && pathAt < 0 && isBrandMention(text, cues, breaks, start, host)) ||
      (!defanged &&
        isPlainName(domain.indicator.value) &&
        (isOfficialSite(text, cues, breaks, start, start + host.length) ||
          isConsultedSite(text, cues, breaks, start)))
    ) {
      real.add(domain.indicator.value);
      continue;
    }
    found.push({ indicator: domain.indicator, start, end: start + host.length });
  }
  if (real.size === 0) return;
  for (let i = found.length - 1; i >= first; i -= 1) {
    const { indicator, start, end } = found[i] as Found;
    if (indicator.kind === 'domain' && real.has(indicator.value) && !DEFANGED.test(text.slice(start, end)))
      found.splice(i, 1);
  }
}

/** "IP", "server", "ไอพี": a bare dotted quad counts only after one of these ("version 1.2.3.4" is none). */
const IP_WORD = /(?:^|[^\p{L}])(?:ip|ip address|alamat ip|địa chỉ ip|ไอพี|server|máy chủ)(?![\p{L}])/iu;
const IP_WORD_REACH = 30;

/**
 * IPv4 addresses written bare, after an "IP" word (in a link they are found with the link). IPv6 is left
 * out: in prose it collides with times and MAC-like codes.
 */
export function findIps(text: string, ctx: ScanContext, found: Found[], taken: Taken): void {
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(text); m !== null; m = IPV4.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end) || !IP_WORD.test(text.slice(Math.max(0, start - IP_WORD_REACH), start))) continue;
    const ip = ctx.canonicalize({ kind: 'ip', value: m[0] });
    if (ip.ok) found.push({ indicator: ip.indicator, start, end });
  }
}
