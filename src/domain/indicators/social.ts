import { cleanValue, hasControlCharacter } from './defang.js';
import { guarded } from './guard.js';
import { canonicalPhone } from './phone.js';
import {
  PHONE_SHAPE,
  resolveSocialPlatform,
  SOCIAL_PLATFORMS,
  type SocialPlatform,
} from './social.platforms.js';
import { type CanonicalContext, type CanonicalResult, fail, ok, type RawIndicator } from './types.js';

export { resolveSocialPlatform, SOCIAL_PLATFORMS, type SocialPlatform } from './social.platforms.js';

/**
 * A social media or messaging account: `<platform>:<handle>`. Accepts profile links of every platform in
 * {@link SOCIAL_PLATFORMS} (the link sets the platform), `@handle` or plain handles with `raw.platform`,
 * and canonical values themselves. Phone-based accounts (WhatsApp, Zalo, Viber, Signal numbers, wa.me links)
 * come back as kind `phone` with `details.platform`.
 *
 * Group and channel invite links (t.me/+…, chat.whatsapp.com/…, discord.gg/…) are kept as indicators:
 * `<platform>:invite/<code>`, code case kept. Scam "investment groups" spread by invite link, and the link
 * identifies the group until it is revoked. "/" never occurs in a handle, so these never collide with accounts.
 */
export function canonicalSocial(raw: RawIndicator, ctx: CanonicalContext = {}): CanonicalResult {
  return guarded(raw, 'not a valid social media account', (_value) => parseSocial(raw, ctx));
}

function parseSocial(raw: RawIndicator, ctx: CanonicalContext): CanonicalResult {
  const text = cleanValue(raw.value);
  if (text === '') return fail('value is empty');
  if (hasControlCharacter(text)) return fail('not an account: contains control characters');
  const givenName = typeof raw.platform === 'string' ? raw.platform.trim() : '';
  const given = givenName ? resolveSocialPlatform(givenName) : undefined;
  if (givenName && !given)
    return fail(
      `unknown platform "${clip(givenName)}"; known: ${SOCIAL_PLATFORMS.map((p) => p.id).join(', ')}`,
    );

  // A canonical value ("telegram:cs_support88") canonicalises to itself; a labelled one ("LINE ID: john88",
  // "WA: 0812…") reads the same way. "viber://…" and "tg://…" are links, not labels.
  const labelled = /^([^:/@]{1,24}?)\s*:(?!\/\/)\s*(\S.*)$/s.exec(text);
  const labelPlatform = labelled ? resolveSocialPlatform(labelled[1] ?? '') : undefined;
  if (labelled && labelPlatform)
    return parseSocial({ ...raw, platform: labelPlatform.id, value: labelled[2] ?? '' }, ctx);

  const link = asLink(text);
  if (typeof link === 'string') return fail(link);
  if (link) {
    const platform = platformOfLink(link);
    if (!platform)
      return fail(
        `a link to ${clip(link.hostname || link.protocol)}, not a profile on a known platform: record it as a url`,
      );
    return RULES[platform.id]!.link(link, segmentsOf(link), ctx);
  }
  if (!given) return fail('no platform: give the platform (telegram, line, facebook, …) or a profile link');
  if (/\s/.test(text) && !given.phoneBased && !PHONE_SHAPE.test(text))
    return fail(`"${clip(text)}" contains spaces: a ${given.name} username has none (is it a display name?)`);
  return RULES[given.id]!.plain(text, ctx);
}

/** A URL when the text is a link (with a scheme, or a known platform host followed by a path). */
function asLink(text: string): URL | string | undefined {
  let input: string | undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) input = text;
  else if (/^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]|$)/i.test(text)) {
    const host = text.split(/[/?#]/, 1)[0]!.toLowerCase();
    if (platformOfHost(host) || /[/?#]/.test(text)) input = `https://${text}`;
  }
  if (input === undefined) return undefined;
  try {
    return new URL(input);
  } catch {
    return `not a valid link: "${clip(text)}"`;
  }
}

function platformOfHost(host: string): SocialPlatform | undefined {
  const h = host.replace(/\.$/, '');
  return SOCIAL_PLATFORMS.find((p) => p.hosts.some((known) => h === known || h.endsWith(`.${known}`)));
}

const SCHEME_PLATFORM: Record<string, string> = {
  'tg:': 'telegram',
  'line:': 'line',
  'viber:': 'viber',
  'whatsapp:': 'whatsapp',
};
function platformOfLink(url: URL): SocialPlatform | undefined {
  const byScheme = SCHEME_PLATFORM[url.protocol];
  if (byScheme) return SOCIAL_PLATFORMS.find((p) => p.id === byScheme);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return platformOfHost(url.hostname.toLowerCase());
}

function segmentsOf(url: URL): string[] {
  // Custom-scheme links (line://ti/p/~id, tg://resolve) carry the first segment in the host position.
  const path =
    url.protocol === 'http:' || url.protocol === 'https:' ? url.pathname : `/${url.host}${url.pathname}`;
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

// ——— results ———

function account(platform: string, handle: string, type?: string): CanonicalResult {
  const details: Record<string, string> = { platform };
  if (type) details.type = type;
  return ok({ kind: 'social', value: `${platform}:${handle}`, details });
}

const INVITE_CODE = /^[A-Za-z0-9_-]{4,64}$/;
function invite(platform: string, code: string | undefined, what = 'invite'): CanonicalResult {
  if (!code || !INVITE_CODE.test(code))
    return fail(`not a valid ${platformName(platform)} ${what} code: "${clip(code ?? '')}"`);
  return account(platform, `${what}/${code}`, what);
}

function phoneAccount(platform: string, value: string, ctx: CanonicalContext): CanonicalResult {
  const result = canonicalPhone({ kind: 'phone', value }, ctx);
  if (!result.ok) return fail(`${platformName(platform)} accounts are phone numbers; ${result.error}`);
  return ok({ ...result.indicator, details: { ...result.indicator.details, platform } });
}

function notAnAccount(platform: string, what: string): CanonicalResult {
  return fail(`${platformName(platform)} ${what} link, not an account: record it as a url`);
}

function badHandle(platform: string, handle: string, rule: string): CanonicalResult {
  return fail(`"${clip(handle)}" is not a ${platformName(platform)} username: ${rule}`);
}

function platformName(id: string): string {
  return SOCIAL_PLATFORMS.find((p) => p.id === id)?.name ?? id;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// ——— per-platform rules ———

interface PlatformRules {
  /** A plain handle (or the handle part of a canonical value). */
  plain(text: string, ctx: CanonicalContext): CanonicalResult;
  /** A link on one of the platform's hosts or schemes; segments are the decoded path segments. */
  link(url: URL, segments: string[], ctx: CanonicalContext): CanonicalResult;
}

const lower = (text: string) => text.toLowerCase();
const stripAt = (text: string) => text.replace(/^@/, '');
/** A set of reserved path words, written space-separated. */
const reserved = (words: string) => new Set(words.split(/\s+/).filter((w) => w !== ''));

const TELEGRAM_RESERVED = reserved(
  'addstickers addemoji addtheme addlist setlanguage share proxy socks iv login bg ' +
    'confirmphone invoice contact m nft giftcode',
);
const telegram: PlatformRules = {
  plain(text, ctx) {
    if (text.startsWith('invite/')) return invite('telegram', text.slice(7));
    if (text.startsWith('c/'))
      return /^\d{5,20}$/.test(text.slice(2))
        ? account('telegram', text, 'private_channel')
        : fail('not a Telegram channel id');
    if (text.startsWith('+')) {
      // t.me/+<phone> opens a chat by number; t.me/+<hash> is an invite link.
      if (/^\+[\d\s().-]+$/.test(text)) return phoneAccount('telegram', text, ctx);
      return invite('telegram', text.slice(1));
    }
    const handle = lower(stripAt(text));
    if (!/^[a-z][a-z0-9_]{4,31}$/.test(handle))
      return badHandle('telegram', text, '5–32 letters, digits or _, starting with a letter');
    return account('telegram', handle, handle.endsWith('bot') ? 'bot' : undefined);
  },
  link(url, segments, ctx) {
    if (url.protocol === 'tg:') {
      const domain = url.searchParams.get('domain');
      const hash = url.searchParams.get('invite');
      if (url.hostname === 'resolve' && domain) return telegram.plain(domain, ctx);
      if (url.hostname === 'join' && hash) return invite('telegram', hash);
      return notAnAccount('telegram', `tg://${url.hostname}`);
    }
    // https://<username>.t.me is the same account as t.me/<username>.
    const sub = /^([a-z0-9_]+)\.t\.me$/i.exec(url.hostname)?.[1];
    if (sub && sub !== 'www') return telegram.plain(sub, ctx);
    const [first, second] = segments;
    if (first === undefined) return fail('a link to Telegram itself, not to an account');
    const word = first.toLowerCase();
    if (word === 's')
      return second ? telegram.plain(second, ctx) : fail('a Telegram preview link without a channel');
    if (word === 'joinchat') return invite('telegram', second);
    if (word === 'c') return telegram.plain(`c/${second ?? ''}`, ctx);
    if (word === 'boost' && second) return telegram.plain(second, ctx);
    if (TELEGRAM_RESERVED.has(word) || word === 'boost') return notAnAccount('telegram', `"${word}"`);
    return telegram.plain(first, ctx);
  },
};

const whatsapp: PlatformRules = {
  plain(text, ctx) {
    for (const what of ['invite', 'channel', 'message'])
      if (text.startsWith(`${what}/`)) return invite('whatsapp', text.slice(what.length + 1), what);
    return phoneAccount('whatsapp', text, ctx);
  },
  link(url, segments, ctx) {
    const host = url.hostname.toLowerCase();
    if (host === 'chat.whatsapp.com') return invite('whatsapp', segments[0]);
    if (segments[0] === 'channel') return invite('whatsapp', segments[1], 'channel');
    if (host.endsWith('wa.me') && segments[0] === 'message')
      return invite('whatsapp', segments[1], 'message');
    return phoneAccount('whatsapp', url.href, ctx);
  },
};

const line: PlatformRules = {
  plain(text) {
    // LINE IDs are lowercase; official accounts (LINE OA) carry "@", personal IDs do not. The two are
    // separate namespaces, so "@shop1" and "shop1" stay distinct.
    if (text.startsWith('p/'))
      return /^[A-Za-z0-9_-]{4,64}$/.test(text.slice(2))
        ? account('line', text, 'qr')
        : fail('not a LINE QR code token');
    if (text.startsWith('invite/')) return invite('line', text.slice(7));
    if (text.startsWith('openchat/')) return invite('line', text.slice(9), 'openchat');
    const official = text.startsWith('@');
    const id = lower(text.replace(/^[@~]/, ''));
    if (!/^[a-z0-9._-]{3,20}$/.test(id))
      return badHandle('line', text, '3–20 letters, digits, ".", "_" or "-"');
    return official ? account('line', `@${id}`, 'official') : account('line', id);
  },
  link(url, segments, ctx) {
    const host = url.hostname.toLowerCase();
    if (host === 'lin.ee') return notAnAccount('line', 'lin.ee short');
    if (host === 'page.line.me' && segments[0]) return line.plain(`@${stripAt(segments[0])}`, ctx);
    const parts = segments[0]?.toLowerCase() === 'r' ? segments.slice(1) : segments;
    const [ti, what, code] = parts;
    if (ti?.toLowerCase() === 'ti' && what === 'p' && code) {
      if (code.startsWith('~') || code.startsWith('@')) return line.plain(code, ctx);
      return line.plain(`p/${code}`, ctx);
    }
    if (ti?.toLowerCase() === 'ti' && what === 'g' && code) return invite('line', code);
    if (ti?.toLowerCase() === 'ti' && what === 'g2' && code) return invite('line', code, 'openchat');
    return notAnAccount('line', 'non-profile');
  },
};

const FACEBOOK_RESERVED = reserved(
  'login login.php home.php watch marketplace events stories reel reels photo.php photo ' +
    'photos video.php help policies privacy settings messages notifications friends search ' +
    'hashtag gaming business ads legal terms about dialog plugins recover checkpoint bookmarks ' +
    'me tr media fundraisers donate live reg r.php index.php ajax lite share sharer sharer.php ' +
    'l.php story watchparty saved',
);
const facebook: PlatformRules = {
  plain(text) {
    if (text.startsWith('groups/')) {
      const group = lower(text.slice(7));
      return /^[a-z0-9._-]{1,100}$/.test(group)
        ? account('facebook', `groups/${group}`, 'group')
        : fail('not a Facebook group name or id');
    }
    const handle = lower(stripAt(text));
    if (/^\d{5,20}$/.test(handle)) return account('facebook', handle, 'id');
    // Facebook: "periods and capitalisation don't count as part of a username" (John.Smith55 = johnsmith55).
    const folded = handle.replace(/\./g, '');
    if (!/^[a-z0-9.]+$/.test(handle) || folded.length < 5 || folded.length > 50 || /^\d+$/.test(folded))
      return badHandle('facebook', text, 'at least 5 letters, digits or periods (or a numeric profile id)');
    return account('facebook', folded);
  },
  link(url, segments, ctx) {
    const host = url.hostname.toLowerCase();
    if (host === 'fb.watch') return notAnAccount('facebook', 'video');
    const first = segments[0]?.toLowerCase();
    if (first === undefined) return fail('a link to Facebook itself, not to an account');
    if (host === 'm.me' || host.endsWith('fb.me')) return facebook.plain(segments[0]!, ctx);
    if (host.endsWith('messenger.com'))
      return first === 't' && segments[1]
        ? facebook.plain(segments[1], ctx)
        : notAnAccount('facebook', 'Messenger');
    const ownerId = url.searchParams.get('id');
    if (first === 'profile.php' || first === 'permalink.php' || first === 'story.php')
      return ownerId ? facebook.plain(ownerId, ctx) : fail(`a Facebook ${first} link without an id`);
    if (first === 'people' || first === 'pages') {
      const id = [...segments].reverse().find((s) => /^\d{5,20}$/.test(s));
      return id ? facebook.plain(id, ctx) : fail(`a Facebook ${first} link without a numeric id`);
    }
    if (first === 'p') {
      const id = /-(\d{5,20})$/.exec(segments[1] ?? '')?.[1];
      return id ? facebook.plain(id, ctx) : fail('a Facebook page link without a numeric id');
    }
    if (first === 'groups') return facebook.plain(`groups/${segments[1] ?? ''}`, ctx);
    if (first === 'pg' && segments[1]) return facebook.plain(segments[1], ctx);
    if (FACEBOOK_RESERVED.has(first)) return notAnAccount('facebook', `"${first}"`);
    return facebook.plain(segments[0]!, ctx);
  },
};

/** Instagram and Threads share usernames: up to 30 letters, digits, "_" and non-leading, non-doubled periods. */
function instagramStyle(platform: string, text: string): CanonicalResult {
  const handle = lower(stripAt(text));
  if (
    !/^[a-z0-9._]{1,30}$/.test(handle) ||
    handle.startsWith('.') ||
    handle.endsWith('.') ||
    handle.includes('..')
  )
    return badHandle(platform, text, 'up to 30 letters, digits, "_" or "." (not at the ends, not doubled)');
  return account(platform, handle);
}
const INSTAGRAM_RESERVED = reserved(
  'p reel reels tv explore accounts direct about developer legal web challenge emails session ' +
    'privacy directory s ar api static share',
);
const instagram: PlatformRules = {
  plain: (text) => instagramStyle('instagram', text),
  link(url, segments) {
    const [first, second] = segments;
    if (url.hostname.toLowerCase().endsWith('ig.me'))
      return first === 'm' && second
        ? instagramStyle('instagram', second)
        : notAnAccount('instagram', 'ig.me');
    if (first === undefined) return fail('a link to Instagram itself, not to an account');
    if (first.toLowerCase() === 'stories' && second) return instagramStyle('instagram', second);
    if (INSTAGRAM_RESERVED.has(first.toLowerCase())) return notAnAccount('instagram', `"${first}"`);
    return instagramStyle('instagram', first);
  },
};

const threads: PlatformRules = {
  plain: (text) => instagramStyle('threads', text),
  link: (_url, segments) =>
    segments[0]?.startsWith('@')
      ? instagramStyle('threads', segments[0])
      : notAnAccount('threads', 'non-profile'),
};

const tiktok: PlatformRules = {
  plain(text) {
    const handle = lower(stripAt(text));
    if (!/^[a-z0-9._]{2,24}$/.test(handle))
      return badHandle('tiktok', text, '2–24 letters, digits, "_" or "."');
    return account('tiktok', handle);
  },
  link(url, segments, ctx) {
    if (/^(vm|vt)\./i.test(url.hostname) || segments[0] === 't') return notAnAccount('tiktok', 'short');
    return segments[0]?.startsWith('@')
      ? tiktok.plain(segments[0], ctx)
      : notAnAccount('tiktok', 'non-profile');
  },
};

const X_RESERVED = reserved(
  'home i intent share search explore settings messages notifications hashtag login logout ' +
    'signup tos privacy compose account download jobs about help',
);
const x: PlatformRules = {
  plain(text) {
    const handle = lower(stripAt(text));
    if (!/^[a-z0-9_]{1,15}$/.test(handle)) return badHandle('x', text, 'up to 15 letters, digits or _');
    return account('x', handle);
  },
  link(url, segments, ctx) {
    if (url.hostname.toLowerCase() === 't.co') return notAnAccount('x', 't.co short');
    const first = segments[0];
    if (first === undefined) return fail('a link to X itself, not to an account');
    const screenName = url.searchParams.get('screen_name');
    if (first === 'intent' && screenName) return x.plain(screenName, ctx);
    if (X_RESERVED.has(first.toLowerCase())) return notAnAccount('x', `"${first}"`);
    return x.plain(first, ctx);
  },
};

const wechat: PlatformRules = {
  plain(text, ctx) {
    // WeChat IDs start with a letter, so a number is the phone the account was registered with.
    if (PHONE_SHAPE.test(text)) return phoneAccount('wechat', text, ctx);
    const id = lower(text);
    if (!/^[a-z][a-z0-9_-]{5,19}$/.test(id))
      return badHandle('wechat', text, '6–20 letters, digits, "_" or "-", starting with a letter');
    return account('wechat', id);
  },
  link: () =>
    fail('a WeChat QR or web link does not show the account: scan it in WeChat to get the WeChat ID'),
};

const zalo: PlatformRules = {
  plain(text, ctx) {
    if (text.startsWith('invite/')) return invite('zalo', text.slice(7));
    // Official accounts and some users have long numeric Zalo ids (18–19 digits, longer than any phone number).
    if (/^\d{16,20}$/.test(text)) return account('zalo', text, 'id');
    // Zalo is Vietnamese: a national number on it (leading 0) is read as Vietnamese whatever the report's country.
    const region = /^\s*0(?!0)/.test(text) ? 'VN' : ctx.country;
    return phoneAccount('zalo', text, { country: region });
  },
  link(_url, segments, ctx) {
    const [first, second] = segments;
    if (first === 'g') return invite('zalo', second);
    if (first && /^\d+$/.test(first))
      return zalo.plain(first.startsWith('0') || first.length >= 16 ? first : `+${first}`, ctx);
    return notAnAccount('zalo', 'non-profile');
  },
};

const viber: PlatformRules = {
  plain(text, ctx) {
    if (text.startsWith('invite/')) return invite('viber', text.slice(7));
    return phoneAccount('viber', text, ctx);
  },
  link(url, _segments, ctx) {
    const number = url.searchParams.get('number');
    if (url.protocol === 'viber:' && number) return phoneAccount('viber', number.replace(/^ /, '+'), ctx);
    const code = url.searchParams.get('g2') ?? url.searchParams.get('g');
    if (url.hostname.toLowerCase() === 'invite.viber.com' && code) return invite('viber', code);
    return notAnAccount('viber', 'non-profile');
  },
};

const signal: PlatformRules = {
  plain(text, ctx) {
    // Signal usernames (2024) always end in a numeric discriminator: "name.01".
    const username = lower(stripAt(text));
    if (/^[a-z_][a-z0-9_]{2,31}\.\d{2,9}$/.test(username)) return account('signal', username);
    return phoneAccount('signal', text, ctx);
  },
  link(url, _segments, ctx) {
    const phone = /^#p\/(\+\d+)$/.exec(url.hash)?.[1];
    if (url.hostname.toLowerCase() === 'signal.me' && phone) return phoneAccount('signal', phone, ctx);
    return fail(
      'a Signal username or group link is encrypted: open it in Signal to read the account, or record it as a url',
    );
  },
};

const discord: PlatformRules = {
  plain(text) {
    if (text.startsWith('invite/')) return invite('discord', text.slice(7));
    if (text.startsWith('users/'))
      return /^\d{15,21}$/.test(text.slice(6))
        ? account('discord', text, 'id')
        : fail('not a Discord user id');
    const handle = lower(stripAt(text));
    if (/^[^#@:]{2,32}#\d{4}$/.test(handle)) return account('discord', handle, 'legacy');
    if (!/^[a-z0-9_.]{2,32}$/.test(handle) || handle.includes('..'))
      return badHandle('discord', text, '2–32 letters, digits, "_" or "." (no "..")');
    return account('discord', handle);
  },
  link(url, segments, ctx) {
    const [first, second] = segments;
    if (url.hostname.toLowerCase().endsWith('discord.gg')) return invite('discord', first);
    if (first === 'invite') return invite('discord', second);
    if (first === 'users' && second) return discord.plain(`users/${second}`, ctx);
    return notAnAccount('discord', 'non-profile');
  },
};

const YOUTUBE_NOT_CHANNEL = reserved(
  'watch shorts playlist results feed live embed hashtag premium account redirect post clip ' +
    'signin logout about t',
);
const youtube: PlatformRules = {
  plain(text) {
    const channel = /^(?:channel\/)?(UC[A-Za-z0-9_-]{22})$/.exec(text)?.[1];
    if (channel) return account('youtube', `channel/${channel}`, 'channel');
    const legacy = /^(c|user)\/([A-Za-z0-9._-]{1,100})$/.exec(text);
    if (legacy) return account('youtube', `${legacy[1]}/${lower(legacy[2] ?? '')}`, 'legacy');
    const handle = lower(stripAt(text));
    if (!/^[a-z0-9._-]{3,30}$/.test(handle))
      return badHandle('youtube', text, '3–30 letters, digits, "_", "-" or "."');
    return account('youtube', `@${handle}`);
  },
  link(url, segments, ctx) {
    if (url.hostname.toLowerCase().endsWith('youtu.be')) return notAnAccount('youtube', 'video');
    const [first, second] = segments;
    if (first === undefined) return fail('a link to YouTube itself, not to a channel');
    if (first.startsWith('@')) return youtube.plain(first, ctx);
    if ((first === 'channel' || first === 'c' || first === 'user') && second)
      return youtube.plain(`${first}/${second}`, ctx);
    if (YOUTUBE_NOT_CHANNEL.has(first.toLowerCase())) return notAnAccount('youtube', `"${first}"`);
    // youtube.com/<name> is the legacy custom URL, the same channel as youtube.com/c/<name>.
    return youtube.plain(`c/${first}`, ctx);
  },
};

const RULES: Record<string, PlatformRules> = {
  telegram,
  whatsapp,
  line,
  facebook,
  instagram,
  tiktok,
  x,
  wechat,
  zalo,
  viber,
  signal,
  discord,
  threads,
  youtube,
};
