import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalSocial,
  resolveSocialPlatform,
  SOCIAL_PLATFORMS,
} from '../../../src/domain/indicators/social.js';
import type { CanonicalIndicator, CanonicalResult } from '../../../src/domain/indicators/types.js';

const social = (value: string, platform?: string, country?: string): CanonicalResult =>
  canonicalSocial({ kind: 'social', value, platform }, { country });
const accepted = (value: string, platform?: string, country?: string): CanonicalIndicator => {
  const result = social(value, platform, country);
  if (!result.ok) throw new Error(`${value} (${platform ?? 'no platform'}) refused: ${result.error}`);
  return result.indicator;
};
const canonicalOf = (value: string, platform?: string, country?: string) =>
  accepted(value, platform, country).value;
const refusal = (value: string, platform?: string): string => {
  const result = social(value, platform);
  if (result.ok) throw new Error(`${value} accepted as ${result.indicator.value}`);
  return result.error;
};

describe('resolveSocialPlatform', () => {
  it.each([
    ['tg', 'telegram'],
    ['Telegram', 'telegram'],
    [' TELEGRAM ', 'telegram'],
    ['t.me', 'telegram'],
    ['fb', 'facebook'],
    ['FB', 'facebook'],
    ['Messenger', 'facebook'],
    ['IG', 'instagram'],
    ['insta', 'instagram'],
    ['twitter', 'x'],
    ['x', 'x'],
    ['X', 'x'],
    ['WA', 'whatsapp'],
    ['WhatsApp', 'whatsapp'],
    ['Line ID', 'line'],
    ['ไลน์', 'line'],
    ['微信', 'wechat'],
    ['Zalo', 'zalo'],
    ['Tik Tok', 'tiktok'],
    ['yt', 'youtube'],
  ])('%s → %s', (name, id) => {
    expect(resolveSocialPlatform(name)?.id).toBe(id);
  });

  it('knows no platform for other words', () => {
    for (const word of ['', 'bank', 'myspace', '__proto__', 'constructor', 'line of credit'])
      expect(resolveSocialPlatform(word)).toBeUndefined();
  });

  it('has unique ids and a handle shape for every platform', () => {
    expect(new Set(SOCIAL_PLATFORMS.map((p) => p.id)).size).toBe(SOCIAL_PLATFORMS.length);
    for (const p of SOCIAL_PLATFORMS) expect(p.handle).toBeInstanceOf(RegExp);
    expect(SOCIAL_PLATFORMS.filter((p) => p.phoneBased).map((p) => p.id)).toEqual([
      'whatsapp',
      'zalo',
      'viber',
      'signal',
    ]);
  });
});

describe('canonicalSocial: Telegram', () => {
  it.each([
    ['@cs_support88', 'tg'],
    ['cs_support88', 'Telegram'],
    ['@CS_Support88', 'TELEGRAM'],
    ['https://t.me/CS_Support88', undefined],
    ['t.me/cs_support88', undefined],
    ['https://telegram.me/cs_support88', undefined],
    ['https://t.me/cs_support88?start=promo', undefined],
    ['https://t.me/s/cs_support88', undefined],
    ['https://t.me/cs_support88/1234', undefined],
    ['https://cs_support88.t.me', undefined],
    ['tg://resolve?domain=cs_support88', undefined],
    ['hxxps://t[.]me/cs_support88', undefined],
    ['telegram:cs_support88', undefined],
    ['@cs_support88\u200B', 'telegram'],
  ])('%s (%s) → telegram:cs_support88', (value, platform) => {
    expect(accepted(value, platform)).toEqual({
      kind: 'social',
      value: 'telegram:cs_support88',
      details: { platform: 'telegram' },
    });
  });

  it('keeps invite links as indicators, with the case of their code', () => {
    expect(canonicalOf('https://t.me/+AbCdEfGhIjKlMnOp')).toBe('telegram:invite/AbCdEfGhIjKlMnOp');
    expect(canonicalOf('https://t.me/joinchat/AbCdEfGhIjKlMnOp')).toBe('telegram:invite/AbCdEfGhIjKlMnOp');
    expect(canonicalOf('tg://join?invite=AbCdEfGhIjKlMnOp')).toBe('telegram:invite/AbCdEfGhIjKlMnOp');
    expect(canonicalOf('telegram:invite/AbCdEfGhIjKlMnOp')).toBe('telegram:invite/AbCdEfGhIjKlMnOp');
    expect(canonicalOf('https://t.me/+AbCdEfGhIjKlMnOp')).not.toBe(
      canonicalOf('https://t.me/+abcdefghijklmnop'),
    );
  });

  it('reads t.me/+<number> as the phone number it opens', () => {
    expect(accepted('https://t.me/+6281234567890')).toEqual({
      kind: 'phone',
      value: '+6281234567890',
      details: { country: 'ID', type: 'mobile', platform: 'telegram' },
    });
  });

  it('marks bots and keeps private channel ids', () => {
    expect(accepted('@refund_helper_bot', 'tg').details).toEqual({ platform: 'telegram', type: 'bot' });
    expect(canonicalOf('https://t.me/c/1234567890/55')).toBe('telegram:c/1234567890');
  });

  it.each([
    ['https://t.me/addstickers/Pack', /addstickers/],
    ['https://t.me/share/url?url=x', /share/],
    ['https://t.me/', /Telegram itself/],
    ['https://t.me/abc', /5–32/],
    ['https://t.me/1abcdef', /starting with a letter/],
  ])('refuses %s', (value, reason) => {
    expect(refusal(value)).toMatch(reason);
  });
});

describe('canonicalSocial: WhatsApp, Zalo, Viber, Signal numbers are phones', () => {
  it.each([
    ['https://wa.me/6281234567890', undefined, undefined],
    ['wa.me/6281234567890?text=Halo', undefined, undefined],
    ['https://api.whatsapp.com/send?phone=6281234567890', undefined, undefined],
    ['0812-3456-7890', 'WA', 'ID'],
    ['+62 812 3456 7890', 'whatsapp', undefined],
    ['whatsapp:+6281234567890', undefined, undefined],
  ])('%s (%s) → +6281234567890', (value, platform, country) => {
    expect(accepted(value, platform, country)).toEqual({
      kind: 'phone',
      value: '+6281234567890',
      details: { country: 'ID', type: 'mobile', platform: 'whatsapp' },
    });
  });

  it('keeps WhatsApp group, channel and message links', () => {
    expect(canonicalOf('https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv')).toBe(
      'whatsapp:invite/AbCdEfGhIjKlMnOpQrStUv',
    );
    expect(canonicalOf('https://whatsapp.com/channel/0029VaAbCdEfGh')).toBe(
      'whatsapp:channel/0029VaAbCdEfGh',
    );
    expect(canonicalOf('https://wa.me/message/ABCDEFGHIJ1')).toBe('whatsapp:message/ABCDEFGHIJ1');
  });

  it('reads a national number on Zalo as Vietnamese, whatever the report country', () => {
    expect(canonicalOf('https://zalo.me/0912345678')).toBe('+84912345678');
    expect(canonicalOf('zalo.me/84912345678')).toBe('+84912345678');
    expect(canonicalOf('0912 345 678', 'Zalo', 'TH')).toBe('+84912345678');
    expect(accepted('0912 345 678', 'zalo').details?.platform).toBe('zalo');
    expect(canonicalOf('https://zalo.me/g/abcdef123')).toBe('zalo:invite/abcdef123');
    expect(canonicalOf('https://zalo.me/1234567890123456789')).toBe('zalo:1234567890123456789');
  });

  it('reads Viber and Signal numbers and links', () => {
    expect(canonicalOf('viber://chat?number=%2B66812345678')).toBe('+66812345678');
    expect(canonicalOf('081-234-5678', 'viber', 'TH')).toBe('+66812345678');
    expect(canonicalOf('https://signal.me/#p/+6581234567')).toBe('+6581234567');
    expect(canonicalOf('Refund_Agent.07', 'signal')).toBe('signal:refund_agent.07');
  });

  it('explains a bad number in platform terms', () => {
    expect(refusal('0812', 'whatsapp')).toMatch(/WhatsApp accounts are phone numbers/);
  });
});

describe('canonicalSocial: LINE', () => {
  it('reads personal LINE IDs case-insensitively from links and text', () => {
    for (const [value, platform] of [
      ['https://line.me/ti/p/~John.Doe88', undefined],
      ['line.me/R/ti/p/~john.doe88', undefined],
      ['line://ti/p/~john.doe88', undefined],
      ['John.Doe88', 'Line ID'],
      ['~john.doe88', 'line'],
      ['line:john.doe88', undefined],
    ] as const)
      expect(canonicalOf(value, platform)).toBe('line:john.doe88');
  });

  it('keeps official accounts (@id) apart from personal IDs', () => {
    expect(canonicalOf('https://line.me/R/ti/p/@shop123')).toBe('line:@shop123');
    expect(canonicalOf('https://page.line.me/shop123')).toBe('line:@shop123');
    expect(canonicalOf('@Shop123', 'LINE')).toBe('line:@shop123');
    expect(canonicalOf('shop123', 'LINE')).toBe('line:shop123');
  });

  it('keeps QR tokens and group links, refuses short links', () => {
    expect(canonicalOf('https://line.me/ti/p/AbCdEf12')).toBe('line:p/AbCdEf12');
    expect(canonicalOf('https://line.me/ti/g2/AbCdEfGh')).toBe('line:openchat/AbCdEfGh');
    expect(refusal('https://lin.ee/AbCdEf')).toMatch(/short link.*url/);
  });
});

describe('canonicalSocial: Facebook', () => {
  it.each([
    'https://www.facebook.com/John.Smith55',
    'https://m.facebook.com/johnsmith55?ref=bookmarks',
    'https://web.facebook.com/john.smith.55/',
    'https://th-th.facebook.com/JohnSmith55/posts/123',
    'fb.com/johnsmith55',
    'https://m.me/john.smith55',
    'https://www.messenger.com/t/johnsmith55',
  ])('%s → facebook:johnsmith55 (periods and case do not count)', (value) => {
    expect(canonicalOf(value)).toBe('facebook:johnsmith55');
  });

  it('reads numeric profile ids from every link form', () => {
    for (const link of [
      'https://www.facebook.com/profile.php?id=100012345678',
      'https://facebook.com/100012345678',
      'https://www.facebook.com/people/John-Smith/100012345678/',
      'https://www.facebook.com/p/Refund-Center-100012345678/',
      'https://www.facebook.com/permalink.php?story_fbid=1&id=100012345678',
    ])
      expect(canonicalOf(link)).toBe('facebook:100012345678');
    expect(canonicalOf('100012345678', 'fb')).toBe('facebook:100012345678');
  });

  it('keeps groups', () => {
    expect(canonicalOf('https://www.facebook.com/groups/LowonganKerjaLN/')).toBe(
      'facebook:groups/lowongankerjaln',
    );
    expect(canonicalOf('facebook:groups/lowongankerjaln')).toBe('facebook:groups/lowongankerjaln');
  });

  it.each([
    ['https://www.facebook.com/login', /login/],
    ['https://www.facebook.com/share/p/AbCdEf/', /share/],
    ['https://www.facebook.com/marketplace/item/123', /marketplace/],
    ['https://fb.watch/abc/', /video/],
    ['https://www.facebook.com/', /Facebook itself/],
    ['https://www.facebook.com/profile.php', /without an id/],
    ['John Smith', /display name/],
    ['john', /at least 5/],
  ])('refuses %s', (value, reason) => {
    expect(refusal(value, 'facebook')).toMatch(reason);
  });
});

describe('canonicalSocial: Instagram, Threads, TikTok, X, YouTube, WeChat, Discord', () => {
  it.each([
    ['https://www.instagram.com/Promo.Shop_ID/', undefined, 'instagram:promo.shop_id'],
    ['https://instagram.com/stories/promo.shop_id/123', undefined, 'instagram:promo.shop_id'],
    ['@Promo.Shop_ID', 'IG', 'instagram:promo.shop_id'],
    ['https://www.threads.net/@promo.shop_id', undefined, 'threads:promo.shop_id'],
    ['https://www.threads.com/@promo.shop_id', undefined, 'threads:promo.shop_id'],
    ['https://www.tiktok.com/@ScamShop.ID/video/7234', undefined, 'tiktok:scamshop.id'],
    ['@scamshop.id', 'TikTok', 'tiktok:scamshop.id'],
    ['https://x.com/CryptoDoubler/status/1', undefined, 'x:cryptodoubler'],
    ['https://mobile.twitter.com/CryptoDoubler', undefined, 'x:cryptodoubler'],
    ['https://twitter.com/intent/user?screen_name=CryptoDoubler', undefined, 'x:cryptodoubler'],
    ['@cryptodoubler', 'twitter', 'x:cryptodoubler'],
    ['https://www.youtube.com/@InvestSmartTH', undefined, 'youtube:@investsmartth'],
    ['@InvestSmartTH', 'YouTube', 'youtube:@investsmartth'],
    [
      'https://youtube.com/channel/UCabcdefghijklmnopqrstuv',
      undefined,
      'youtube:channel/UCabcdefghijklmnopqrstuv',
    ],
    ['https://youtube.com/c/InvestSmart', undefined, 'youtube:c/investsmart'],
    ['https://youtube.com/InvestSmart', undefined, 'youtube:c/investsmart'],
    ['Refund_Agent88', 'WeChat', 'wechat:refund_agent88'],
    ['wxid_abc123def456', 'vx', 'wechat:wxid_abc123def456'],
    ['https://discord.gg/AbCdEf', undefined, 'discord:invite/AbCdEf'],
    ['https://discord.com/invite/AbCdEf', undefined, 'discord:invite/AbCdEf'],
    ['Crypto.Mentor', 'discord', 'discord:crypto.mentor'],
  ])('%s (%s) → %s', (value, platform, expected) => {
    expect(canonicalOf(value, platform)).toBe(expected);
  });

  it('reads a WeChat "ID" that is a phone number as the phone', () => {
    expect(accepted('+86 138 0013 8000', 'wechat')).toEqual({
      kind: 'phone',
      value: '+8613800138000',
      details: { country: 'CN', type: 'mobile', platform: 'wechat' },
    });
  });

  it.each([
    ['https://www.instagram.com/p/Cxyz123/', /"p"/],
    ['https://www.instagram.com/reel/Cxyz123/', /"reel"/],
    ['https://vm.tiktok.com/ZSabc123/', /short/],
    ['https://www.tiktok.com/tag/scam', /non-profile/],
    ['https://x.com/home', /"home"/],
    ['https://t.co/abc', /short/],
    ['https://youtu.be/dQw4w9WgXcQ', /video/],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', /"watch"/],
    ['https://weixin.qq.com/r/abc', /scan it in WeChat/],
    ['https://signal.me/#eu/abcdef', /encrypted/],
    ['@x.y..z', /not doubled/],
  ])('refuses %s', (value, reason) => {
    expect(refusal(value, 'instagram')).toMatch(reason);
  });
});

describe('canonicalSocial: platform choice and refusals', () => {
  it('lets a profile link set the platform over the one given', () => {
    expect(canonicalOf('https://t.me/cs_support88', 'facebook')).toBe('telegram:cs_support88');
  });

  it('keeps the same handle on two platforms apart', () => {
    expect(canonicalOf('cs_support88', 'telegram')).not.toBe(canonicalOf('cs_support88', 'instagram'));
  });

  it.each([
    ['@cs_support88', undefined, /no platform/],
    ['cs_support88', 'myspace', /unknown platform "myspace"; known: telegram/],
    ['https://example.com/cs', undefined, /not a profile on a known platform: record it as a url/],
    ['cs support', 'telegram', /display name/],
    ['', 'telegram', /empty/],
    ['cs\u0007support', 'telegram', /control characters/],
  ])('refuses %s (%s)', (value, platform, reason) => {
    expect(refusal(value, platform)).toMatch(reason);
  });
});

const HANDLE_PLATFORMS = [
  'telegram',
  'instagram',
  'tiktok',
  'x',
  'facebook',
  'line',
  'discord',
  'youtube',
  'threads',
  'wechat',
];

describe('canonicalSocial: properties', () => {
  it('never throws, whatever the value and platform', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 150 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 80,
      }),
      fc
        .array(
          fc.constantFrom(
            '@',
            'https://',
            't.me/',
            'wa.me/',
            'facebook.com/',
            'profile.php?id=',
            '+',
            '~',
            '/',
            'tg://',
            'line://',
            '%',
            '%zz',
            '\uD800',
            '\u202E',
            'a',
            '1',
          ),
          { maxLength: 20 },
        )
        .map((parts) => parts.join('')),
    );
    const platform = fc.option(
      fc.oneof(
        fc.constantFrom(...HANDLE_PLATFORMS, 'wa', 'zalo', 'viber', 'signal', '__proto__'),
        fc.string(),
      ),
      {
        nil: undefined,
      },
    );
    fc.assert(
      fc.property(hostile, platform, (value, p) => {
        const result = social(value, p, 'ID');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('canonical values are fixed points, with or without the platform given', () => {
    const handle = fc
      .tuple(
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
        fc.string({
          unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_'),
          minLength: 5,
          maxLength: 12,
        }),
      )
      .map(([a, b]) => a + b.replace(/_+$/, 'x'));
    fc.assert(
      fc.property(fc.constantFrom(...HANDLE_PLATFORMS), handle, fc.boolean(), (platform, name, withAt) => {
        const first = social(withAt ? `@${name.toUpperCase()}` : name, platform);
        fc.pre(first.ok);
        if (!first.ok) return;
        const canonical = first.indicator.value;
        expect(canonicalOf(canonical)).toBe(canonical);
        expect(canonicalOf(canonical, platform)).toBe(canonical);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('canonicalSocial: labelled values', () => {
  it.each([
    ['Telegram: @cs_support88', 'telegram:cs_support88'],
    ['TG:cs_support88', 'telegram:cs_support88'],
    ['LINE ID: John.Doe88', 'line:john.doe88'],
    ['IG : promo.shop_id', 'instagram:promo.shop_id'],
    ['WA: +62 812 3456 7890', '+6281234567890'],
    ['Telegram: https://t.me/CS_Support88', 'telegram:cs_support88'],
  ])('%s → %s', (value, expected) => {
    expect(canonicalOf(value)).toBe(expected);
  });

  it('does not take a scheme for a label', () => {
    expect(refusal('tel:+6281234567890')).toMatch(/no platform/);
    expect(canonicalOf('tg://resolve?domain=cs_support88')).toBe('telegram:cs_support88');
  });
});
