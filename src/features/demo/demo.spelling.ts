import type { IndicatorKind, RawIndicator } from '../../domain/indicators/types.js';
import type { DemoBank } from './demo.banks.js';
import { COUNTRY_PROFILES } from './demo.countries.js';
import type {
  AppEntity,
  CryptoEntity,
  Entity,
  PhoneEntity,
  SocialEntity,
  SocialPlatform,
  UrlEntity,
} from './demo.entities.js';
import { type Random, Weighted } from './demo.random.js';

/**
 * One thing, written the many ways people write it: the point of canonicalisation is that
 * `0812-3456-7890`, `+62 812 3456 7890` and `wa.me/6281234567890` meet, so the demo must write them so.
 */

/** Splits digits into groups of the given sizes; the last group takes the remainder. */
function group(digits: string, sizes: readonly number[], separator: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at + size >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  parts.push(digits.slice(at));
  return parts.join(separator);
}

type PhoneStyle =
  | 'national'
  | 'national-dash'
  | 'national-space'
  | 'intl-space'
  | 'intl'
  | 'cc-no-plus'
  | 'paren'
  | 'intl-dash'
  | 'wa'
  | 'wa-https'
  | 'tel';

const PHONE_STYLES = new Weighted<PhoneStyle>([
  ['national', 22],
  ['national-dash', 14],
  ['national-space', 14],
  ['intl-space', 14],
  ['intl', 10],
  ['cc-no-plus', 4],
  ['paren', 4],
  ['intl-dash', 4],
  ['wa', 5],
  ['wa-https', 2],
  ['tel', 3],
]);
/** E-wallet ids are typed into an app's transfer form: no links, no `tel:`. */
const WALLET_PHONE_STYLES = new Weighted<PhoneStyle>([
  ['national', 45],
  ['national-dash', 15],
  ['national-space', 15],
  ['intl-space', 10],
  ['intl', 15],
]);

export function spellPhone(phone: PhoneEntity, rng: Random, style = PHONE_STYLES.pick(rng)): string {
  if (phone.spellings) return rng.pick(phone.spellings);
  const plan = COUNTRY_PROFILES[phone.country].phone;
  const national = plan.trunk + phone.nsn;
  const intlGroups = plan.groups.map((size, i) => (i === 0 ? size - plan.trunk.length : size));
  switch (style) {
    case 'national':
      return national;
    case 'national-dash':
      return group(national, plan.groups, '-');
    case 'national-space':
      return group(national, plan.groups, ' ');
    case 'intl-space':
      return `+${plan.cc} ${group(phone.nsn, intlGroups, ' ')}`;
    case 'intl':
      return `+${plan.cc}${phone.nsn}`;
    case 'cc-no-plus': {
      const grouped = group(phone.nsn, intlGroups, ' ');
      return `${plan.cc}${grouped}`;
    }
    case 'paren': {
      if (plan.trunk === '') return group(national, plan.groups, ' ');
      const first = plan.groups[0]!;
      return `(${national.slice(0, first)}) ${national.slice(first)}`;
    }
    case 'intl-dash':
      return `+${plan.cc}-${group(phone.nsn, intlGroups, '-')}`;
    case 'wa':
      return `wa.me/${plan.cc}${phone.nsn}`;
    case 'wa-https':
      return `https://wa.me/${plan.cc}${phone.nsn}`;
    case 'tel':
      return `tel:+${plan.cc}${phone.nsn}`;
  }
}

/** Local spelling of a phone number for a reporter's contact or a narrative's "call me on". */
export const spellLocalPhone = (phone: PhoneEntity, rng: Random): string =>
  spellPhone(phone, rng, rng.pick(['national', 'national-dash', 'national-space'] as const));

const ACCOUNT_GROUPINGS: readonly (readonly number[])[] = [
  [3, 3],
  [4, 4],
  [3, 4],
  [4, 2, 4],
  [3, 2, 5],
];

function spellAccountDigits(digits: string, rng: Random): string {
  const roll = rng.next();
  if (roll < 0.55) return digits;
  const sizes = rng.pick(ACCOUNT_GROUPINGS);
  const separator = roll < 0.72 ? ' ' : roll < 0.9 ? '-' : '.';
  return group(digits, sizes, separator);
}

/** Bank as victims name it: alias (`BCA`, `กสิกรไทย`), full name, a case variant, the national code, or the BIC. */
export function spellBank(bank: DemoBank, rng: Random): string {
  const roll = rng.next();
  if (roll < 0.55) return rng.pick(bank.aliases);
  if (roll < 0.7) return bank.name;
  if (roll < 0.8) {
    const text = rng.chance(0.5) ? rng.pick(bank.aliases) : bank.name;
    return rng.chance(0.5) ? text.toUpperCase() : text.toLowerCase();
  }
  if (roll < 0.88 && bank.code) return bank.code;
  return rng.chance(0.7) ? bank.bic : `${bank.bic}XXX`;
}

const CHAIN_LABELS = {
  tron: ['USDT-TRC20', 'TRC20', 'TRON', 'USDT TRC20'],
  evm: ['ETH', 'ERC20', 'USDT-ERC20', 'BEP20', 'BSC'],
  btc: ['BTC', 'Bitcoin'],
} as const;

function spellCrypto(entity: CryptoEntity, rng: Random): string {
  if (entity.chain === 'evm' && rng.chance(0.2)) return entity.address.toLowerCase();
  // BIP 173 allows an all-uppercase bech32 string (it fits QR alphanumeric mode).
  if (entity.chain === 'btc' && rng.chance(0.1)) return entity.address.toUpperCase();
  return entity.address;
}

const defang = (host: string): string => host.replaceAll('.', '[.]');

function spellUrl(url: UrlEntity, rng: Random): string {
  const roll = rng.next();
  if (roll < 0.4) return `https://${url.host}${url.path}`;
  if (roll < 0.48) return `http://${url.host}${url.path}`;
  if (roll < 0.63) return `${url.host}${url.path}`;
  if (roll < 0.75) return `hxxps://${defang(url.host)}${url.path}`;
  if (roll < 0.78) return `hxxp://${defang(url.host)}${url.path}`;
  if (roll < 0.83) return `HTTPS://${url.host.toUpperCase()}${url.path}`;
  if (roll < 0.88) return `https://${url.host.toUpperCase()}${url.path}`;
  return `https://${defang(url.host)}${url.path}`;
}

function spellDomain(host: string, rng: Random): string {
  const roll = rng.next();
  if (roll < 0.6) return host;
  if (roll < 0.7) return host.toUpperCase();
  if (roll < 0.8 && !host.startsWith('www.')) return `www.${host}`;
  if (roll < 0.95) return defang(host);
  return `${host}.`;
}

const PLATFORM_LABELS: Record<SocialPlatform, readonly string[]> = {
  telegram: ['Telegram', 'Telegram', 'telegram', 'TG'],
  line: ['LINE', 'Line', 'line'],
  facebook: ['Facebook', 'facebook', 'FB'],
  instagram: ['Instagram', 'IG'],
  tiktok: ['TikTok', 'Tiktok'],
};

export const platformLabel = (platform: SocialPlatform, rng: Random): string =>
  rng.pick(PLATFORM_LABELS[platform]);

/** A handle as written; `url` says whether the spelling names its platform itself. */
function spellHandle(social: SocialEntity, rng: Random): { value: string; url: boolean } {
  const h = social.handle;
  const roll = rng.next();
  switch (social.platform) {
    case 'telegram':
      if (roll < 0.35) return { value: `@${h}`, url: false };
      if (roll < 0.5) return { value: h, url: false };
      if (roll < 0.7) return { value: `t.me/${h}`, url: true };
      if (roll < 0.9) return { value: `https://t.me/${h}`, url: true };
      if (roll < 0.95) return { value: `telegram.me/${h}`, url: true };
      return { value: `@${h.toUpperCase()}`, url: false };
    case 'line':
      if (roll < 0.7) return { value: h, url: false };
      if (roll < 0.9) return { value: `line.me/ti/p/~${h}`, url: true };
      return { value: `https://line.me/ti/p/~${h}`, url: true };
    case 'facebook':
      if (roll < 0.3) return { value: `facebook.com/${h}`, url: true };
      if (roll < 0.7) return { value: `https://www.facebook.com/${h}`, url: true };
      if (roll < 0.8) return { value: `fb.com/${h}`, url: true };
      return { value: h, url: false };
    case 'instagram':
      if (roll < 0.5) return { value: `@${h}`, url: false };
      if (roll < 0.8) return { value: `instagram.com/${h}`, url: true };
      return { value: `https://www.instagram.com/${h}/`, url: true };
    case 'tiktok':
      if (roll < 0.6) return { value: `@${h}`, url: false };
      if (roll < 0.85) return { value: `tiktok.com/@${h}`, url: true };
      return { value: `https://www.tiktok.com/@${h}`, url: true };
  }
}

function spellEmail(address: string, rng: Random): string {
  const roll = rng.next();
  if (roll < 0.75) return address;
  if (roll < 0.9)
    return address.replace(/(^|[._@])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  if (roll < 0.95) return address.toUpperCase();
  return `mailto:${address}`;
}

function spellApp(app: AppEntity, rng: Random): string {
  if (app.store === 'ios')
    return rng.chance(0.6)
      ? `https://apps.apple.com/app/id${app.id}`
      : `https://apps.apple.com/${rng.pick(['th', 'id', 'my', 'ph', 'vn', 'sg'])}/app/id${app.id}`;
  const roll = rng.next();
  if (roll < 0.6) return app.id;
  if (roll < 0.9) return `https://play.google.com/store/apps/details?id=${app.id}`;
  return `play.google.com/store/apps/details?id=${app.id}&hl=en`;
}

/** A value spelled, with the qualifier its kind needs and a human label for narratives. */
export interface Spelled {
  kind: IndicatorKind;
  value: string;
  qualifier?: { bank?: string; provider?: string; platform?: string; chain?: string };
  /** How a person names the bank/provider/platform/chain in a sentence. */
  label?: string;
  /** A mule account's holder, for "a.n. SITI RAHAYU". */
  holder?: string;
  /** Whether the kind can be told from the value and its qualifier, so `kind` may be left out. */
  selfEvident: boolean;
}

/** A foreign number is written the way it was seen, with its country code: at home it would be ambiguous. */
const FOREIGN_PHONE_STYLES = new Weighted<PhoneStyle>([
  ['intl-space', 35],
  ['intl', 30],
  ['intl-dash', 10],
  ['wa', 10],
  ['wa-https', 5],
  ['tel', 10],
]);

/** Spells an entity for a report filed in `home` (the region a reader assumes for local numbers). */
export function spell(entity: Entity, home: string, rng: Random): Spelled {
  switch (entity.kind) {
    case 'phone': {
      const value = spellPhone(
        entity,
        rng,
        (entity.country === home ? PHONE_STYLES : FOREIGN_PHONE_STYLES).pick(rng),
      );
      // Digits that start with a country code but no "+" (`62812 3456 7890`) are left for a person to label.
      return { kind: 'phone', value, selfEvident: /^(\+|tel:|(https:\/\/)?wa\.me\/|0)/.test(value) };
    }
    case 'bank_account': {
      const bank = spellBank(entity.bank, rng);
      return {
        kind: 'bank_account',
        value: spellAccountDigits(entity.digits, rng),
        qualifier: { bank },
        label:
          bank === entity.bank.code || bank.startsWith(entity.bank.bic)
            ? rng.pick(entity.bank.aliases)
            : bank,
        holder: entity.holder,
        selfEvident: true,
      };
    }
    case 'ewallet': {
      const provider = rng.pick(entity.wallet.labels);
      return {
        kind: 'ewallet',
        value: spellPhone(
          entity.phone,
          rng,
          (entity.country === home ? WALLET_PHONE_STYLES : FOREIGN_PHONE_STYLES).pick(rng),
        ),
        qualifier: { provider },
        label: provider,
        selfEvident: true,
      };
    }
    case 'crypto': {
      const chain = rng.chance(0.65) ? rng.pick(CHAIN_LABELS[entity.chain]) : undefined;
      return {
        kind: 'crypto',
        value: spellCrypto(entity, rng),
        ...(chain ? { qualifier: { chain } } : {}),
        label: entity.chain === 'tron' ? 'USDT' : (chain ?? (entity.chain === 'btc' ? 'BTC' : 'USDT')),
        selfEvident: true,
      };
    }
    case 'url': {
      const value = spellUrl(entity, rng);
      // A t.me or wa.me link is a URL here but reads as a handle: only unambiguous URLs go without a kind.
      const selfEvident = /^h[tx]{2}ps?:\/\//i.test(value) && !/^https?:\/\/(t\.me|wa\.me)\//i.test(value);
      return { kind: 'url', value, selfEvident };
    }
    case 'domain': {
      const value = spellDomain(entity.host, rng);
      return { kind: 'domain', value, selfEvident: !/^www\./i.test(value) };
    }
    case 'social': {
      const { value, url } = spellHandle(entity, rng);
      const platform = platformLabel(entity.platform, rng);
      return {
        kind: 'social',
        value,
        ...(url && rng.chance(0.5) ? {} : { qualifier: { platform } }),
        label: platform,
        selfEvident: true,
      };
    }
    case 'email':
      return { kind: 'email', value: spellEmail(entity.address, rng), selfEvident: true };
    case 'app':
      return { kind: 'app', value: spellApp(entity, rng), selfEvident: true };
  }
}

/** The structured form of a spelled value; `omitKind` leaves the kind for the importer to detect. */
export function toRawIndicator(spelled: Spelled, omitKind: boolean): RawIndicator {
  const raw: RawIndicator =
    omitKind && spelled.selfEvident ? { value: spelled.value } : { kind: spelled.kind, value: spelled.value };
  if (spelled.qualifier) Object.assign(raw, spelled.qualifier);
  return raw;
}

const TYPO_KINDS: ReadonlySet<IndicatorKind | undefined> = new Set(['phone', 'bank_account', 'ewallet']);

/**
 * A hand-typing slip in a number: one digit dropped, or two neighbouring digits swapped. Only numbers
 * people type get typos; addresses and links are pasted.
 */
export function addTypo(raw: RawIndicator, rng: Random): boolean {
  if (!TYPO_KINDS.has(raw.kind)) return false;
  const value = raw.value;
  const positions: number[] = [];
  for (let i = 0; i < value.length; i++)
    if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) positions.push(i);
  if (positions.length < 6) return false;
  // Leave the first four digits alone: a slip in the prefix is rarer than in the subscriber part.
  const k = rng.between(4, positions.length - 2);
  const at = positions[k]!;
  const next = positions[k + 1]!;
  if (rng.chance(0.5) || value[at] === value[next]) {
    raw.value = value.slice(0, at) + value.slice(at + 1);
  } else {
    raw.value =
      value.slice(0, at) + value[next] + value.slice(at + 1, next) + value[at] + value.slice(next + 1);
  }
  return true;
}
