// The messaging and social platforms Jala knows: their names, link hosts and handle shapes.
/** Shape of a phone number as written, for the platforms whose accounts are phone numbers. */
export const PHONE_SHAPE = /^\+?[\d\s().-]{6,24}$/;

/**
 * A messaging or social platform. `<id>:<handle>` is the canonical value of an account on it.
 * The free-text extractor uses `aliases` (platform words, see {@link resolveSocialPlatform}) and `handle`
 * (the shape of an account name written next to one) to find handles in narratives.
 */
export interface SocialPlatform {
  readonly id: string;
  readonly name: string;
  /** Names and abbreviations people write, compared letters-and-digits only, lowercase ("Line ID" → "lineid"). */
  readonly aliases: readonly string[];
  /** Hosts of profile links; subdomains (m., www., api., chat.…) belong to the same platform. */
  readonly hosts: readonly string[];
  /** Accounts are phone numbers: a plain value is canonicalised as kind `phone` (E.164). */
  readonly phoneBased: boolean;
  /** Whether the platform ignores case in handles (canonical handles are then lowercase). */
  readonly caseInsensitive: boolean;
  /** Shape of a plain handle as written in text, "@" excluded (phone-based platforms: a phone number). */
  readonly handle: RegExp;
}

export const SOCIAL_PLATFORMS: readonly SocialPlatform[] = [
  {
    id: 'telegram',
    name: 'Telegram',
    aliases: ['tg', 'tele', 'telegramid', 'tgid', 'เทเลแกรม', '电报'],
    hosts: ['t.me', 'telegram.me', 'telegram.dog'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[a-z][a-z0-9_]{4,31}$/i,
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    aliases: ['wa', 'whatsap', 'watsap', 'watsapp', 'wasap', 'wassap', 'whatapp', 'wtsapp'],
    hosts: ['wa.me', 'whatsapp.com'],
    phoneBased: true,
    caseInsensitive: true,
    handle: PHONE_SHAPE,
  },
  {
    id: 'line',
    name: 'LINE',
    aliases: ['lineid', 'lineapp', 'ไลน์', 'ไอดีไลน์'],
    hosts: ['line.me', 'lin.ee'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[@~]?[a-z0-9._-]{3,20}$/i,
  },
  {
    id: 'facebook',
    name: 'Facebook',
    aliases: ['fb', 'fbook', 'messenger', 'fbmessenger', 'เฟซบุ๊ก', 'เฟสบุ๊ค', 'เฟส'],
    hosts: ['facebook.com', 'fb.com', 'fb.me', 'm.me', 'messenger.com', 'fb.watch'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[a-z0-9.]{5,50}$/i,
  },
  {
    id: 'instagram',
    name: 'Instagram',
    aliases: ['ig', 'insta', 'instagr'],
    hosts: ['instagram.com', 'instagr.am', 'ig.me'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[a-z0-9._]{1,30}$/i,
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    aliases: ['ติ๊กต็อก'],
    hosts: ['tiktok.com'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[a-z0-9._]{2,24}$/i,
  },
  {
    id: 'x',
    name: 'X',
    aliases: ['twitter', 'twt', 'xtwitter', 'twitterx'],
    hosts: ['x.com', 'twitter.com', 't.co'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[a-z0-9_]{1,15}$/i,
  },
  {
    id: 'wechat',
    name: 'WeChat',
    aliases: ['weixin', 'wx', 'vx', 'wechatid', '微信'],
    hosts: ['wechat.com', 'weixin.qq.com'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[a-z][a-z0-9_-]{5,19}$/i,
  },
  {
    id: 'zalo',
    name: 'Zalo',
    aliases: [],
    hosts: ['zalo.me'],
    phoneBased: true,
    caseInsensitive: true,
    handle: PHONE_SHAPE,
  },
  {
    id: 'viber',
    name: 'Viber',
    aliases: [],
    hosts: ['viber.com', 'vb.me'],
    phoneBased: true,
    caseInsensitive: true,
    handle: PHONE_SHAPE,
  },
  {
    id: 'signal',
    name: 'Signal',
    aliases: [],
    hosts: ['signal.me', 'signal.group'],
    phoneBased: true,
    caseInsensitive: true,
    handle: PHONE_SHAPE,
  },
  {
    id: 'discord',
    name: 'Discord',
    aliases: [],
    hosts: ['discord.gg', 'discord.com', 'discordapp.com'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[a-z0-9_.]{2,32}$/i,
  },
  {
    id: 'threads',
    name: 'Threads',
    aliases: [],
    hosts: ['threads.net', 'threads.com'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[a-z0-9._]{1,30}$/i,
  },
  {
    id: 'youtube',
    name: 'YouTube',
    aliases: ['yt'],
    hosts: ['youtube.com', 'youtu.be'],
    phoneBased: false,
    caseInsensitive: true,
    handle: /^[a-z0-9._-]{3,30}$/i,
  },
];

const aliasKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

const PLATFORM_BY_ALIAS = new Map<string, SocialPlatform>();
for (const platform of SOCIAL_PLATFORMS)
  for (const alias of [platform.id, platform.name, ...platform.aliases, ...platform.hosts])
    PLATFORM_BY_ALIAS.set(aliasKey(alias), platform);

/** The platform a name, alias or host names, in any case and spacing: 'tg', 'Telegram', 'FB', 'IG', 'x', 'Line ID', 't.me'. */
export function resolveSocialPlatform(text: string): SocialPlatform | undefined {
  if (typeof text !== 'string' || text.length > 100) return undefined;
  const key = aliasKey(text);
  return key === '' ? undefined : PLATFORM_BY_ALIAS.get(key);
}
