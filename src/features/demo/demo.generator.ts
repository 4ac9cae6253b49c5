import type { AseanCountry } from '../../domain/countries.js';
import { JalaError } from '../../domain/errors.js';
import type { RawIndicator } from '../../domain/indicators/types.js';
import type { ReportRecord, ReportSource, ScamType } from '../../domain/report.js';
import { COUNTRY_PROFILES } from './demo.countries.js';
import {
  type Entity,
  hasEwallets,
  newApp,
  newBankAccount,
  newCrypto,
  newEmail,
  newEwallet,
  newHandle,
  newHost,
  newPhone,
  newUrl,
  platformFor,
} from './demo.entities.js';
import { personEmail, personName } from './demo.names.js';
import { formatAmount, type Mention, writeNarrative } from './demo.narrative.js';
import {
  BACKGROUND_COUNTRY_TABLE,
  BACKGROUND_SCAMS,
  type Category,
  type ContactKind,
  INDICATOR_COUNT,
  INSTITUTION_FOCUS,
  LANGUAGES,
  type LinkKind,
  LOSS_FACTOR,
  type PayKind,
  PROFILES,
  SOURCES,
  TLPS,
} from './demo.profiles.js';
import { Random, weightedIndex } from './demo.random.js';
import { addTypo, spell, spellLocalPhone, toRawIndicator } from './demo.spelling.js';
import { DEMO_END, DEMO_START, isoSeconds, offsetMs, UTC_OFFSET } from './demo.time.js';
import {
  bucketOf,
  buildSharedInfrastructure,
  buildWorld,
  phaseAt,
  pickRotating,
  type SharedInfrastructure,
  type Syndicate,
} from './demo.world.js';

export { DEMO_END, DEMO_START } from './demo.time.js';

export interface DemoOptions {
  /** How many reports to generate. */
  reports: number;
  /** Same seed, same dataset. */
  seed: number;
  /** Mix in values unrelated operations share (gateways, platform links, call centres, hot wallets). Default true. */
  sharedInfrastructure?: boolean;
  /** Share of a syndicate's reports from victims outside the country it mainly works at the time. Default 0.2. */
  crossBorderShare?: number;
  /** Share of one-off reports that belong to no syndicate. Default 0.35. */
  backgroundShare?: number;
}

/** One generated report and the ground truth about it: the syndicate behind it, or null for a one-off. */
export interface DemoItem {
  record: ReportRecord;
  syndicate: string | null;
}

/** Hand-typed numbers with a slip (a digit dropped or swapped): realistic noise the importer must survive. */
const TYPO_RATE = 0.025;
const SHARED_RATE = 0.06;
const NARRATIVE_ONLY_RATE = 0.15;
const OMIT_KIND_RATE = 0.1;
const YEAR_2026 = Date.UTC(2026, 0, 1);

type Kind = ContactKind | PayKind | LinkKind;
/** Where a report's indicators come from: a syndicate's pools, or made up on the spot for a one-off. */
type Source = (kind: Kind) => Entity;

function niceAmount(value: number, rng: Random): number {
  const significant = rng.chance(0.7) ? 2 : 3;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(value, 1))) - significant + 1);
  return Math.max(step, Math.round(value / step) * step);
}

function sameEntity(a: Entity, b: Entity): boolean {
  return a === b || (a.kind === 'domain' && b.kind === 'domain' && a.host === b.host);
}

const categoryOf = (entity: Entity): Category =>
  entity.kind === 'bank_account' || entity.kind === 'ewallet' || entity.kind === 'crypto'
    ? 'pay'
    : entity.kind === 'phone' || entity.kind === 'social' || entity.kind === 'email'
      ? 'contact'
      : 'link';

function validate(options: DemoOptions): void {
  const problems: { field: string; reason: string }[] = [];
  if (!Number.isSafeInteger(options.reports) || options.reports < 0)
    problems.push({ field: 'reports', reason: 'must be a whole number ≥ 0' });
  if (!Number.isFinite(options.seed)) problems.push({ field: 'seed', reason: 'must be a number' });
  for (const field of ['crossBorderShare', 'backgroundShare'] as const) {
    const value = options[field];
    if (value !== undefined && !(value >= 0 && value <= 1))
      problems.push({ field, reason: 'must be between 0 and 1' });
  }
  if (problems.length > 0) throw new JalaError('invalid_input', 'invalid demo options', problems);
}

/** Builds one report at a time; holds what spans reports (the id counters). */
class ReportMaker {
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly rng: Random,
    private readonly shared: SharedInfrastructure | undefined,
    private readonly crossBorderShare: number,
  ) {}

  syndicateReport(s: Syndicate, t: number): ReportRecord {
    const rng = this.rng;
    const progress = Math.min(0.999_999, Math.max(0, (t - s.start) / (s.end - s.start)));
    const { phase, local } = phaseAt(s, progress);
    let country = phase.target;
    if (s.targets.length > 1 && rng.chance(this.crossBorderShare))
      while (country === phase.target) country = rng.pick(s.targets);
    // Pools of the country the syndicate works now rotate with the phase; others with the whole window.
    const countryProgress = country === phase.target ? local : progress;
    const p = s.pools;
    const from: Source = (kind) => {
      switch (kind) {
        case 'bank': {
          const cashOut = rng.chance(0.03) ? p.accounts.get(phase.compound) : undefined;
          return pickRotating(cashOut ?? p.accounts.get(country)!, countryProgress, rng);
        }
        case 'ewallet': {
          const wallets = p.ewallets.get(country);
          return wallets
            ? pickRotating(wallets, countryProgress, rng)
            : pickRotating(p.accounts.get(country)!, countryProgress, rng);
        }
        case 'crypto':
          return pickRotating(p.crypto, progress, rng);
        case 'phone': {
          const offshore = rng.chance(0.12) ? p.phones.get(phase.compound) : undefined;
          return offshore ? rng.pick(offshore) : pickRotating(p.phones.get(country)!, countryProgress, rng);
        }
        case 'social':
          return pickRotating(p.socials.get(country)!, countryProgress, rng);
        case 'email':
          return pickRotating(p.emails, progress, rng);
        case 'url':
          return pickRotating(p.urls, progress, rng);
        case 'domain':
          return { kind: 'domain', host: pickRotating(p.urls, progress, rng).host };
        case 'app':
          return pickRotating(p.apps, progress, rng);
      }
    };
    return this.report(t, country, s.scamTypes.pick(rng), from);
  }

  backgroundReport(t: number): ReportRecord {
    const rng = this.rng;
    const country = BACKGROUND_COUNTRY_TABLE.pick(rng);
    const scamType = BACKGROUND_SCAMS.pick(rng);
    const from: Source = (kind) => {
      switch (kind) {
        case 'bank':
          return newBankAccount(country, rng);
        case 'ewallet':
          return hasEwallets(country) ? newEwallet(country, rng) : newBankAccount(country, rng);
        case 'crypto':
          return newCrypto(rng);
        case 'phone':
          return newPhone(country, rng);
        case 'social':
          return newHandle(platformFor(country, rng), scamType, rng);
        case 'email':
          return newEmail(scamType, rng);
        case 'url':
          return newUrl(scamType, country, rng);
        case 'domain':
          return { kind: 'domain', host: newHost(scamType, country, rng) };
        case 'app':
          return newApp(scamType, rng);
      }
    };
    return this.report(t, country, scamType, from);
  }

  private kindFor(category: Category, scamType: ScamType, source: ReportSource): Kind {
    const profile = PROFILES[scamType];
    if (category === 'pay') return profile.pay.pick(this.rng);
    if (category === 'link') return profile.link.pick(this.rng);
    return source === 'telco' ? 'phone' : profile.contact.pick(this.rng);
  }

  private categories(scamType: ScamType, source: ReportSource): Category[] {
    const rng = this.rng;
    const count = INDICATOR_COUNT.pick(rng);
    const chosen: Category[] = [];
    if (rng.chance(0.85)) chosen.push('pay');
    if (rng.chance(0.75)) chosen.splice(rng.int(chosen.length + 1), 0, 'contact');
    if (rng.chance(PROFILES[scamType].linkChance)) chosen.splice(rng.int(chosen.length + 1), 0, 'link');
    const focus = INSTITUTION_FOCUS[source];
    if (focus && chosen[0] !== focus) chosen.unshift(focus);
    // A second mule account or a second number ("I paid into two accounts").
    while (chosen.length < count) chosen.push(rng.chance(0.6) ? 'pay' : 'contact');
    return chosen.slice(0, count);
  }

  private report(t: number, country: AseanCountry, scamType: ScamType, from: Source): ReportRecord {
    const rng = this.rng;
    const source = SOURCES.pick(rng);
    const victim = source === 'victim' || source === 'public';
    const entities: Entity[] = [];
    for (const category of this.categories(scamType, source)) {
      const entity = from(this.kindFor(category, scamType, source));
      if (!entities.some((e) => sameEntity(e, entity))) entities.push(entity);
    }
    if (this.shared && rng.chance(SHARED_RATE)) {
      const noise = this.shared.pick(country, rng);
      if (entities.length < 4) entities.push(noise);
      else entities[entities.length - 1] = noise;
    }

    const spelled = entities.map((e) => spell(e, country, rng));
    const indicators: RawIndicator[] = spelled.map((s) => toRawIndicator(s, rng.chance(OMIT_KIND_RATE)));
    if (rng.chance(TYPO_RATE)) {
      const start = rng.int(indicators.length);
      for (let i = 0; i < indicators.length; i++)
        if (addTypo(indicators[(start + i) % indicators.length]!, rng)) break;
    }

    const profile = COUNTRY_PROFILES[country];
    const amount = niceAmount(profile.lossMedian * LOSS_FACTOR[scamType] * rng.logNormal(1, 1), rng);
    const ms = Math.floor(DEMO_START + t * (DEMO_END - DEMO_START));
    const local = rng.chance(0.3);
    const offset = UTC_OFFSET[country];
    const stamp = isoSeconds(local ? ms + offsetMs(offset) : ms);
    const key = `${country}-${ms < YEAR_2026 ? 2025 : 2026}`;
    const seq = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, seq);

    const record: ReportRecord = {
      id: `${key}-${String(seq).padStart(7, '0')}`,
      reported_at: local ? stamp + offset : `${stamp}Z`,
      country,
      source,
      scam_type: scamType,
    };
    if (rng.chance(victim ? 0.88 : 0.4)) record.loss = { amount, currency: profile.currency };
    if (rng.chance(0.96)) {
      const language = LANGUAGES.get(country)!.pick(rng);
      const mentions: Mention[] = [];
      for (let i = 0; i < entities.length; i++)
        if (!victim || rng.chance(0.85))
          mentions.push({
            spelled: rng.chance(0.6) ? spelled[i]! : spell(entities[i]!, country, rng),
            required: false,
          });
      if (rng.chance(NARRATIVE_ONLY_RATE)) {
        const used = new Set(entities.map(categoryOf));
        const missing = (['pay', 'contact', 'link'] as const).filter((c) => !used.has(c));
        const extra = from(
          this.kindFor(missing.length > 0 ? rng.pick(missing) : 'contact', scamType, source),
        );
        if (!entities.some((e) => sameEntity(e, extra)))
          mentions.push({ spelled: spell(extra, country, rng), required: true });
      }
      const amountText = formatAmount(amount, profile.currency, language, rng);
      record.narrative = writeNarrative(
        { language, scamType, source, mentions, amountText, days: rng.between(2, 45) },
        rng,
      );
    }
    if (victim && rng.chance(0.86)) record.reporter = this.reporter(country);
    record.indicators = indicators;
    record.tlp = TLPS.pick(rng);
    return record;
  }

  private reporter(country: AseanCountry): NonNullable<ReportRecord['reporter']> {
    const rng = this.rng;
    const name = personName(country, rng);
    const reporter: NonNullable<ReportRecord['reporter']> = {};
    if (rng.chance(0.95)) reporter.name = name;
    if (rng.chance(0.85))
      reporter.contact = rng.chance(0.55)
        ? personEmail(country, name, rng)
        : spellLocalPhone(newPhone(country, rng), rng);
    if (reporter.name === undefined && reporter.contact === undefined) reporter.name = name;
    return reporter;
  }
}

/**
 * Streams a synthetic dataset of ASEAN scam reports with its ground truth. Deterministic for a seed; memory
 * stays flat (only the syndicates' small pools are held), so a million reports stream as easily as ten.
 */
export function* generateDemo(options: DemoOptions): Generator<DemoItem> {
  validate(options);
  const rng = new Random(options.seed);
  const backgroundShare = options.backgroundShare ?? 0.35;
  const world = buildWorld(rng, Math.round(options.reports * (1 - backgroundShare)));
  const shared = (options.sharedInfrastructure ?? true) ? buildSharedInfrastructure() : undefined;
  const maker = new ReportMaker(rng, shared, options.crossBorderShare ?? 0.2);
  const n = options.reports;
  for (let i = 0; i < n; i++) {
    // Reports come in time order, each at a random moment of its own slice of the timeline.
    const t = (i + rng.next()) / n;
    const bucket = world.buckets[bucketOf(t)]!;
    if (bucket.members.length > 0 && !rng.chance(backgroundShare)) {
      const at = weightedIndex(
        bucket.cumulative,
        rng.next() * bucket.cumulative[bucket.cumulative.length - 1]!,
      );
      const syndicate = world.syndicates[bucket.members[at]!]!;
      yield { record: maker.syndicateReport(syndicate, t), syndicate: syndicate.id };
    } else {
      yield { record: maker.backgroundReport(t), syndicate: null };
    }
  }
}
