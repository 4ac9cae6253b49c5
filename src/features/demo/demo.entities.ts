import type { AseanCountry } from '../../domain/countries.js';
import type { ScamType } from '../../domain/report.js';
import { BANKS, type DemoBank, type DemoEwallet, EWALLETS } from './demo.banks.js';
import { COUNTRY_PROFILES, GENERIC_TLDS } from './demo.countries.js';
import { cryptoAddress, type DemoChain } from './demo.crypto.js';
import { personName } from './demo.names.js';
import { type Random, Weighted } from './demo.random.js';

/**
 * The things scammers use, as they are (one value each); `demo.spelling.ts` writes them the many ways
 * victims do. Pools of these are what tie one syndicate's reports together.
 */
export type SocialPlatform = 'telegram' | 'line' | 'facebook' | 'instagram' | 'tiktok';

export interface PhoneEntity {
  kind: 'phone';
  country: AseanCountry;
  /** National significant number: the digits after the country code. */
  nsn: string;
  /** How a non-mobile number (a call centre's) is written, instead of the mobile patterns. */
  spellings?: readonly string[];
}
export interface BankAccountEntity {
  kind: 'bank_account';
  country: AseanCountry;
  bank: DemoBank;
  digits: string;
  holder: string;
}
export interface EwalletEntity {
  kind: 'ewallet';
  country: AseanCountry;
  wallet: DemoEwallet;
  phone: PhoneEntity;
}
export interface CryptoEntity {
  kind: 'crypto';
  chain: DemoChain;
  address: string;
}
export interface UrlEntity {
  kind: 'url';
  host: string;
  path: string;
}
export interface DomainEntity {
  kind: 'domain';
  host: string;
}
export interface SocialEntity {
  kind: 'social';
  platform: SocialPlatform;
  handle: string;
}
export interface EmailEntity {
  kind: 'email';
  address: string;
}
export interface AppEntity {
  kind: 'app';
  store: 'android' | 'ios';
  id: string;
}

export type Entity =
  | PhoneEntity
  | BankAccountEntity
  | EwalletEntity
  | CryptoEntity
  | UrlEntity
  | DomainEntity
  | SocialEntity
  | EmailEntity
  | AppEntity;

const phonePrefixes = new Map(
  Object.values(COUNTRY_PROFILES).map((p) => [p.code, p.phone.prefixes] as const),
);

export function newPhone(country: AseanCountry, rng: Random): PhoneEntity {
  const plan = COUNTRY_PROFILES[country].phone;
  const [prefix, rest] = rng.pick(phonePrefixes.get(country)!);
  return { kind: 'phone', country, nsn: prefix.slice(plan.trunk.length) + rng.digits(rest) };
}

const bankTables = new Map(
  (Object.keys(BANKS) as AseanCountry[]).map((c) => [
    c,
    new Weighted(BANKS[c].map((b) => [b, b.weight] as const)),
  ]),
);
const walletTables = new Map(
  (Object.keys(EWALLETS) as AseanCountry[])
    .filter((c) => EWALLETS[c].length > 0)
    .map((c) => [c, new Weighted(EWALLETS[c].map((w) => [w, w.weight] as const))]),
);

export function newBankAccount(country: AseanCountry, rng: Random): BankAccountEntity {
  const bank = bankTables.get(country)!.pick(rng);
  return {
    kind: 'bank_account',
    country,
    bank,
    digits: String(rng.between(1, 9)) + rng.digits(bank.accountDigits - 1),
    holder: personName(country, rng),
  };
}

export const hasEwallets = (country: AseanCountry): boolean => walletTables.has(country);

export function newEwallet(country: AseanCountry, rng: Random): EwalletEntity {
  return {
    kind: 'ewallet',
    country,
    wallet: walletTables.get(country)!.pick(rng),
    phone: newPhone(country, rng),
  };
}

/** USDT on TRON carries most scam money (Chainalysis, UNODC 2024); some ETH/BSC, a little BTC. */
const CHAINS = new Weighted<DemoChain>([
  ['tron', 0.75],
  ['evm', 0.2],
  ['btc', 0.05],
]);

export function newCrypto(rng: Random, chain: DemoChain = CHAINS.pick(rng)): CryptoEntity {
  return { kind: 'crypto', chain, address: cryptoAddress(chain, rng) };
}

const split = (list: string): string[] => list.split(' ');

/** Words scam sites and handles are made of, per kind of scam. */
const THEME_WORDS: Record<ScamType, readonly string[]> = {
  investment: split(
    'vip gold asia prime royal mega global alpha nova apex fortune dragon tiger crown trade invest capital fx coin bit profit wealth fund futures quant finance stock ai',
  ),
  job: split(
    'task order mission like review rating agent work kerja job parttime shopee lazada tiktok mall boost click commission',
  ),
  romance: split('coin trade bit gold global exchange wallet futures crypto smart mining earn'),
  impersonation: split(
    'pos kurir paket resi cekresi customs beacukai pajak tax polis court refund verify help secure official',
  ),
  ecommerce: split('shop store outlet deal sale murah mall flash promo gadget official hemat diskon'),
  loan: split('pinjam dana kredit loan cash kilat cepat easy tunai vay pinjaman quick fast credit'),
  sextortion: split('chat live video cam date meet love hot room'),
  gambling: split('slot bet casino gacor maxwin togel jackpot win play spin lucky jp'),
  phishing: split(
    'bca bri mandiri kbank scb maybank cimb bdo bpi vcb dbs ocbc poin reward update verifikasi login secure',
  ),
  other: split('lucky hadiah prize donate care help gift bonus'),
};
const COUNTRY_TAGS: Partial<Record<AseanCountry, string>> = {
  ID: 'id',
  TH: 'th',
  MY: 'my',
  PH: 'ph',
  VN: 'vn',
  SG: 'sg',
};

const SYLLABLES = split(
  'ka ki ku ko ra ri ru lo li la mi ma mo na ne no pa pi po sa su ta tu va xi zu ya yo',
);
const syllables = (rng: Random, count: number): string => {
  let out = '';
  for (let i = 0; i < count; i++) out += rng.pick(SYLLABLES);
  return out;
};

function brandName(theme: ScamType, country: AseanCountry, rng: Random): string {
  const words = THEME_WORDS[theme];
  const first = rng.pick(words);
  let second = rng.pick(words);
  if (second === first) second = rng.pick(THEME_WORDS.investment);
  const joiner = rng.chance(0.3) ? '-' : '';
  const tag = COUNTRY_TAGS[country];
  const qualifier = rng.chance(0.2) && tag ? `${joiner || '-'}${tag}` : rng.chance(0.15) ? 'pro' : '';
  // A number or a made-up word, as registrants add to get a name that is free.
  const unique = rng.chance(0.55)
    ? String(rng.between(1, 9999))
    : `${joiner}${syllables(rng, rng.between(2, 3))}`;
  return `${first}${joiner}${second}${qualifier}${unique}`;
}

const SUBDOMAINS = ['m', 'app', 'h5', 'www', 'member'];

export function newHost(theme: ScamType, country: AseanCountry, rng: Random): string {
  const cc = COUNTRY_PROFILES[country].tlds;
  const tld = cc.length > 0 && rng.chance(0.15) ? rng.pick(cc) : rng.pick(GENERIC_TLDS);
  const host = `${brandName(theme, country, rng)}.${tld}`;
  return rng.chance(0.15) ? `${rng.pick(SUBDOMAINS)}.${host}` : host;
}

const code = (rng: Random, length: number): string => {
  let out = '';
  for (let i = 0; i < length; i++) out += 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[rng.int(32)];
  return out;
};

const PATHS: Record<ScamType, readonly string[]> = {
  investment: [
    '/#/login',
    '/h5/#/pages/login/login',
    '/register?invite={c}',
    '/m/index.html',
    '/trade',
    '/#/register?code={c}',
  ],
  job: ['/task', '/#/pages/task/index', '/register?ref={c}', '/mission/order', '/h5/#/login'],
  romance: ['/#/login', '/register?invite={c}', '/app/download', '/wallet'],
  impersonation: ['/track?id={n}', '/cek-resi', '/pay/fee', '/refund', '/verify'],
  ecommerce: ['/product/{n}', '/checkout', '/promo/flash-sale', '/shop/item?id={n}'],
  loan: ['/apply', '/download', '/daftar', '/apk/app-release.apk'],
  sextortion: ['/room/{n}', '/live', '/download/app.apk'],
  gambling: ['/register?ref={c}', '/daftar', '/promo', '/login'],
  phishing: ['/login', '/verifikasi', '/secure/login.php', '/update/index.html', '/auth?token={c}'],
  other: ['/', '/claim', '/form'],
};

export function newUrl(
  theme: ScamType,
  country: AseanCountry,
  rng: Random,
  host = newHost(theme, country, rng),
): UrlEntity {
  const path = rng
    .pick(PATHS[theme])
    .replace('{c}', code(rng, 6))
    .replace('{n}', String(rng.between(1000, 99999)));
  return { kind: 'url', host, path };
}

const PERSONAS = split(
  'lisa amy jessica kevin vivian anna linda david sophia michael jenny emma nina alex mei',
);
const ROLES = split('cs admin mentor hr agent support manager teacher assistant official service');

export function newHandle(platform: SocialPlatform, theme: ScamType, rng: Random): SocialEntity {
  const word = rng.pick(THEME_WORDS[theme]).replace(/[^a-z]/g, '') || 'vip';
  const person = rng.chance(0.5) ? rng.pick(PERSONAS) : rng.pick(ROLES);
  // Numbers make handles unique enough that unrelated operations rarely pick the same one by chance.
  const digits = rng.between(1, 99_999);
  let handle: string;
  // LINE IDs are at most 20 characters, lowercase.
  if (platform === 'line')
    handle = `${person}${rng.pick(['.', '_', ''])}${word.slice(0, 8)}${digits % 10_000}`;
  else if (platform === 'facebook') handle = `${person}.${word}.${digits}`;
  else handle = `${person}_${word}${digits}`;
  // Telegram usernames are 5–32 characters of [a-z0-9_] (https://core.telegram.org/method/account.updateUsername).
  if (handle.length < 5) handle += rng.digits(5 - handle.length);
  handle = handle.slice(0, platform === 'line' ? 20 : 32);
  return {
    kind: 'social',
    platform,
    handle: platform !== 'line' && rng.chance(0.2) ? capitalise(handle) : handle,
  };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const SUBDOMAIN = /^(?:m|app|h5|www|member)\./;
const FREEMAIL = split('gmail.com gmail.com outlook.com hotmail.com yahoo.com proton.me');

export function newEmail(theme: ScamType, rng: Random, host?: string): EmailEntity {
  const role = rng.pick(ROLES);
  if (host && rng.chance(0.5)) return { kind: 'email', address: `${role}@${host.replace(SUBDOMAIN, '')}` };
  const word = rng.pick(THEME_WORDS[theme]).replace(/[^a-z]/g, '') || 'vip';
  return { kind: 'email', address: `${role}.${word}${rng.between(1, 9999)}@${rng.pick(FREEMAIL)}` };
}

export function newApp(theme: ScamType, rng: Random): AppEntity {
  if (rng.chance(0.15)) return { kind: 'app', store: 'ios', id: `${rng.pick(['1', '6'])}${rng.digits(9)}` };
  const word = rng.pick(THEME_WORDS[theme]).replace(/[^a-z]/g, '') || 'vip';
  const second = rng.pick(THEME_WORDS.investment).replace(/[^a-z]/g, '') || 'pro';
  const vendor = rng.chance(0.5) ? syllables(rng, 2) : `${word}${second}`;
  const product = rng.chance(0.5) ? `${second}${rng.between(1, 999)}` : `${word}${syllables(rng, 2)}`;
  return { kind: 'app', store: 'android', id: `com.${vendor}.${product}` };
}

/** Which social platforms victims in a country are approached on. */
const PLATFORMS_BY_COUNTRY: Partial<Record<AseanCountry, Weighted<SocialPlatform>>> = {
  TH: new Weighted<SocialPlatform>([
    ['line', 0.6],
    ['facebook', 0.2],
    ['telegram', 0.15],
    ['tiktok', 0.05],
  ]),
};
const DEFAULT_PLATFORMS = new Weighted<SocialPlatform>([
  ['telegram', 0.55],
  ['facebook', 0.2],
  ['instagram', 0.12],
  ['tiktok', 0.08],
  ['line', 0.05],
]);

export function platformFor(country: AseanCountry, rng: Random): SocialPlatform {
  return (PLATFORMS_BY_COUNTRY[country] ?? DEFAULT_PLATFORMS).pick(rng);
}
