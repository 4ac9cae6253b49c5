import type { AseanCountry } from '../../domain/countries.js';
import type { ScamType } from '../../domain/report.js';
import { BANKS, EWALLETS } from './demo.banks.js';
import { COMPOUND_COUNTRIES, TARGET_COUNTRIES } from './demo.countries.js';
import {
  type AppEntity,
  type BankAccountEntity,
  type CryptoEntity,
  type EmailEntity,
  type Entity,
  type EwalletEntity,
  hasEwallets,
  newApp,
  newBankAccount,
  newCrypto,
  newEmail,
  newEwallet,
  newHandle,
  newPhone,
  newUrl,
  type PhoneEntity,
  platformFor,
  type SocialEntity,
  type UrlEntity,
} from './demo.entities.js';
import { Random, Weighted } from './demo.random.js';

/**
 * The world behind the reports: syndicates working from compounds in Myanmar, Cambodia, Laos and the
 * Philippines against victims in two to four countries, relocating over time, each with small pools of
 * mule accounts, numbers, wallets, sites and handles that its victims' reports share.
 */
export interface Phase {
  /** End of the phase, as a fraction of the syndicate's active window. */
  until: number;
  compound: AseanCountry;
  /** The country whose victims the syndicate mostly works in this phase. */
  target: AseanCountry;
}

export interface Pools {
  phones: Map<AseanCountry, PhoneEntity[]>;
  accounts: Map<AseanCountry, BankAccountEntity[]>;
  ewallets: Map<AseanCountry, EwalletEntity[]>;
  socials: Map<AseanCountry, SocialEntity[]>;
  crypto: CryptoEntity[];
  urls: UrlEntity[];
  emails: EmailEntity[];
  apps: AppEntity[];
}

export interface Syndicate {
  id: string;
  /** Expected number of reports. */
  expected: number;
  /** Active window, as fractions of the whole timeline. */
  start: number;
  end: number;
  phases: Phase[];
  targets: AseanCountry[];
  compounds: AseanCountry[];
  scamTypes: Weighted<ScamType>;
  pools: Pools;
}

/** What syndicates run (UNODC 2024/2025: investment and task scams lead, then romance-investment, gambling…). */
const SYNDICATE_SCAMS = new Weighted<ScamType>([
  ['investment', 0.28],
  ['job', 0.2],
  ['romance', 0.14],
  ['gambling', 0.1],
  ['impersonation', 0.08],
  ['loan', 0.07],
  ['sextortion', 0.05],
  ['ecommerce', 0.04],
  ['phishing', 0.04],
]);
const TARGETS = new Weighted(TARGET_COUNTRIES);
const COMPOUNDS = new Weighted<AseanCountry>([
  ['KH', 0.4],
  ['MM', 0.35],
  ['LA', 0.12],
  ['PH', 0.13],
]);
const CRYPTO_SCAMS: ReadonlySet<ScamType> = new Set(['investment', 'romance', 'gambling', 'sextortion']);

/** About 2,300 syndicate reports per syndicate: a few hundred syndicates per million reports. */
const REPORTS_PER_SYNDICATE = 2300;

/** Pool size for an expected number of uses: grows like √n, so big syndicates rotate through many mules. */
const poolSize = (expected: number, factor: number, min: number, max: number): number =>
  Math.max(min, Math.min(max, Math.round(factor * Math.sqrt(expected))));

function times<T>(n: number, make: () => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(make());
  return out;
}

function distinctTargets(rng: Random, count: number): AseanCountry[] {
  const out: AseanCountry[] = [];
  while (out.length < count) {
    const country = TARGETS.pick(rng);
    if (!out.includes(country)) out.push(country);
  }
  return out;
}

function buildSyndicate(index: number, expected: number, rng: Random): Syndicate {
  const primary = SYNDICATE_SCAMS.pick(rng);
  let secondary: ScamType | undefined = rng.chance(0.4) ? SYNDICATE_SCAMS.pick(rng) : undefined;
  if (secondary === primary) secondary = undefined;
  const scamTypes = new Weighted<ScamType>(
    secondary
      ? [
          [primary, 0.75],
          [secondary, 0.25],
        ]
      : [[primary, 1]],
  );
  const themes = secondary ? [primary, secondary] : [primary];

  const targets = distinctTargets(rng, rng.pick([2, 2, 3, 3, 4]));
  const cuts = times(targets.length - 1, () => 0.15 + 0.7 * rng.next()).sort((a, b) => a - b);
  let compound = COMPOUNDS.pick(rng);
  const phases: Phase[] = targets.map((target, i) => {
    // Crackdowns move compounds (Myawaddy 2025 → Cambodia, Laos); about a third of phase changes relocate.
    if (i > 0 && rng.chance(0.35)) compound = rng.pick(COMPOUND_COUNTRIES.filter((c) => c !== compound));
    return { until: i < cuts.length ? cuts[i]! : 1, compound, target };
  });
  const compounds = [...new Set(phases.map((p) => p.compound))];

  const length = 0.3 + 0.7 * rng.next();
  const start = rng.next() * (1 - length);
  const perCountry = expected / targets.length;
  const pools: Pools = {
    phones: new Map(),
    accounts: new Map(),
    ewallets: new Map(),
    socials: new Map(),
    crypto: [],
    urls: [],
    emails: [],
    apps: [],
  };
  for (const country of targets) {
    pools.phones.set(
      country,
      times(poolSize(perCountry, 0.5, 2, 60), () => newPhone(country, rng)),
    );
    pools.accounts.set(
      country,
      times(poolSize(perCountry, 0.6, 2, 80), () => newBankAccount(country, rng)),
    );
    if (hasEwallets(country))
      pools.ewallets.set(
        country,
        times(poolSize(perCountry, 0.3, 1, 40), () => newEwallet(country, rng)),
      );
    pools.socials.set(
      country,
      times(poolSize(perCountry, 0.35, 2, 40), () =>
        newHandle(platformFor(country, rng), rng.pick(themes), rng),
      ),
    );
  }
  // Compound-side numbers (+855, +95, +856, +63): SIMs bought where the operation sits.
  for (const country of compounds)
    if (!pools.phones.has(country))
      pools.phones.set(
        country,
        times(rng.between(1, 3), () => newPhone(country, rng)),
      );
  // Cash-out accounts in the compound country (ABA, ACLEDA, KBZ, BCEL…), rarely given to victims.
  for (const country of compounds)
    if (!pools.accounts.has(country) && BANKS[country].length > 0)
      pools.accounts.set(
        country,
        times(rng.between(1, 2), () => newBankAccount(country, rng)),
      );
  const usesCrypto = themes.some((t) => CRYPTO_SCAMS.has(t));
  pools.crypto = times(poolSize(expected, usesCrypto ? 0.35 : 0.1, 1, 60), () => newCrypto(rng));
  pools.urls = times(poolSize(expected, 0.25, 1, 40), () => newUrl(rng.pick(themes), rng.pick(targets), rng));
  pools.emails = times(poolSize(expected, 0.08, 1, 10), () =>
    newEmail(rng.pick(themes), rng, rng.chance(0.5) ? rng.pick(pools.urls).host : undefined),
  );
  pools.apps = times(poolSize(expected, 0.05, 1, 8), () => newApp(rng.pick(themes), rng));

  return {
    id: `syn-${String(index + 1).padStart(4, '0')}`,
    expected,
    start,
    end: start + length,
    phases,
    targets,
    compounds,
    scamTypes,
    pools,
  };
}

/** Time is cut into buckets; each holds the syndicates active in it and their intensity (weight per time). */
const BUCKETS = 256;

export interface World {
  syndicates: Syndicate[];
  /** Per time bucket: indices into `syndicates` and running totals of their intensity. */
  buckets: { members: Int32Array; cumulative: Float64Array }[];
}

export function buildWorld(rng: Random, syndicatedReports: number): World {
  const count = Math.max(3, Math.round(syndicatedReports / REPORTS_PER_SYNDICATE));
  // Pareto sizes (α 1.16 ≈ the 80/20 rule), capped so one syndicate does not swallow the dataset.
  const weights = times(count, () => Math.min(rng.pareto(1.16), 150));
  const total = weights.reduce((a, b) => a + b, 0);
  const syndicates = weights.map((w, i) => buildSyndicate(i, (w / total) * syndicatedReports, rng));

  const buckets = times(BUCKETS, () => ({ members: new Int32Array(0), cumulative: new Float64Array(0) }));
  for (let b = 0; b < BUCKETS; b++) {
    const at = (b + 0.5) / BUCKETS;
    const members: number[] = [];
    const intensity: number[] = [];
    syndicates.forEach((s, i) => {
      if (s.start <= at && at < s.end) {
        members.push(i);
        intensity.push(s.expected / (s.end - s.start));
      }
    });
    let running = 0;
    buckets[b] = {
      members: Int32Array.from(members),
      cumulative: Float64Array.from(intensity, (v) => {
        running += v;
        return running;
      }),
    };
  }
  return { syndicates, buckets };
}

export const bucketOf = (t: number): number => Math.min(BUCKETS - 1, Math.floor(t * BUCKETS));

/** The phase a syndicate is in at `progress` (0..1 through its window), and how far into that phase. */
export function phaseAt(syndicate: Syndicate, progress: number): { phase: Phase; local: number } {
  let from = 0;
  for (const phase of syndicate.phases) {
    if (progress < phase.until) return { phase, local: (progress - from) / (phase.until - from) };
    from = phase.until;
  }
  return { phase: syndicate.phases[syndicate.phases.length - 1]!, local: 1 };
}

/**
 * Picks from a pool as operations rotate through it: mule accounts and numbers burn out, so the entry in
 * use follows time, with neighbours overlapping (that overlap is what links a syndicate's reports
 * together) and a few old entries resurfacing.
 */
export function pickRotating<T>(pool: readonly T[], progress: number, rng: Random): T {
  const n = pool.length;
  if (n === 1 || rng.chance(0.08)) return pool[rng.int(n)]!;
  const centre = progress * (n - 1) + (rng.next() * 2 - 1) * 1.5;
  return pool[Math.max(0, Math.min(n - 1, Math.round(centre)))]!;
}

/**
 * Shared infrastructure: values many unrelated operations touch (payment gateways' collection accounts,
 * platform links, banks' call-centre numbers victims also report, exchange hot wallets). They belong to no
 * syndicate and, unchecked, would glue every cluster into one. Fixed, whatever the seed: a warninglist
 * written against one demo holds for all.
 */
export interface SharedInfrastructure {
  pick(country: AseanCountry, rng: Random): Entity;
}

export function buildSharedInfrastructure(): SharedInfrastructure {
  const fixed = new Random(0x4a414c41);
  const gateway = (country: AseanCountry, bankIndex: number, holder: string): BankAccountEntity => {
    const bank = BANKS[country][bankIndex]!;
    return {
      kind: 'bank_account',
      country,
      bank,
      digits: `${fixed.between(1, 9)}${fixed.digits(bank.accountDigits - 1)}`,
      holder,
    };
  };
  const callCentre = (country: AseanCountry, nsn: string, spellings: string[]): PhoneEntity => ({
    kind: 'phone',
    country,
    nsn,
    spellings,
  });
  const byCountry: Partial<Record<AseanCountry, Entity[]>> = {
    ID: [
      gateway('ID', 0, 'PT Dompet Bayar Nusantara'),
      gateway('ID', 2, 'PT Gerbang Pembayaran Indonesia'),
      // BCA's call centre (Halo BCA 1500888): victims report the number scammers spoof.
      callCentre('ID', '1500888', ['1500888', '1500 888', '+62 1500888']),
    ],
    TH: [
      gateway('TH', 0, 'บริษัท เพย์เกต เอเชีย จำกัด'),
      // Kasikornbank's K-Contact Center.
      callCentre('TH', '28888888', ['02-888-8888', '028888888', '+66 2 888 8888']),
    ],
    MY: [
      gateway('MY', 0, 'Bayar Pantas Sdn Bhd'),
      // Maybank's customer care line.
      callCentre('MY', '1300886688', ['1-300-88-6688', '1300886688', '1300 88 6688', '+60 1300 88 6688']),
    ],
    PH: [
      gateway('PH', 0, 'PayBridge Philippines Inc.'),
      { kind: 'ewallet', country: 'PH', wallet: EWALLETS.PH[0]!, phone: newPhone('PH', fixed) },
    ],
    VN: [gateway('VN', 0, 'CONG TY CONG THANH TOAN VIET')],
    SG: [gateway('SG', 0, 'PayLink Asia Pte Ltd')],
  };
  const hotWallets: CryptoEntity[] = [
    newCrypto(fixed, 'tron'),
    newCrypto(fixed, 'tron'),
    newCrypto(fixed, 'tron'),
    newCrypto(fixed, 'evm'),
    newCrypto(fixed, 'evm'),
    newCrypto(fixed, 'btc'),
  ];
  const inviteCode = (rng: Random, length: number): string => {
    let out = '';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    for (let i = 0; i < length; i++) out += alphabet[rng.int(alphabet.length)];
    return out;
  };
  // Platform links: the same domains in every cluster, mostly with different paths.
  const platformUrl = (rng: Random): UrlEntity => {
    const roll = rng.int(6);
    if (roll === 0) return { kind: 'url', host: 't.me', path: `/+${inviteCode(rng, 16)}` };
    if (roll === 1)
      return { kind: 'url', host: 'wa.me', path: `/message/${inviteCode(rng, 12).toUpperCase()}` };
    if (roll === 2)
      return { kind: 'url', host: 'www.facebook.com', path: `/profile.php?id=1000${rng.digits(11)}` };
    if (roll === 3) return { kind: 'url', host: 'bit.ly', path: `/${inviteCode(rng, 7)}` };
    if (roll === 4) return { kind: 'url', host: 'www.google.com', path: '/' };
    return {
      kind: 'url',
      host: 'linktr.ee',
      path: `/${newHandle('instagram', 'investment', rng).handle.toLowerCase()}`,
    };
  };
  return {
    pick(country, rng) {
      const local = byCountry[country];
      const roll = rng.next();
      if (roll < 0.5) return platformUrl(rng);
      if (roll < 0.65) return rng.pick(hotWallets);
      return local ? rng.pick(local) : platformUrl(rng);
    },
  };
}
