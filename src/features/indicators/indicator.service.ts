import type { Actor } from '../../domain/access/roles.js';
import {
  type Audience,
  audienceOf,
  lookupScope,
  PUBLIC_TLPS,
  viewerOf,
} from '../../domain/access/visibility.js';
import { JalaError } from '../../domain/errors.js';
import { indicatorId } from '../../domain/ids.js';
import { resolveBank } from '../../domain/indicators/banks.js';
import { spellingKey } from '../../domain/indicators/cache.js';
import { resolveEwalletProvider } from '../../domain/indicators/ewallet.js';
import {
  type CanonicalResult,
  canonicalize,
  type IndicatorKind,
  isIndicatorKind,
  type RawIndicator,
} from '../../domain/indicators/index.js';
import { RecentCache } from '../../domain/recent-cache.js';
import { TLP_LEVELS } from '../../domain/tlp.js';
import type { IndicatorRepository, SightingGroup } from './indicator.repository.js';
import { SummaryCache } from './summary.cache.js';

/** What the look-up says about a value. Aggregates only: nothing personal, no narrative, no report ids. */
export interface CheckAnswer {
  query: string;
  kind: IndicatorKind;
  value: string;
  indicator_id: string;
  reported: boolean;
  reports: number;
  countries: string[];
  first_seen: string | null;
  last_seen: string | null;
  scam_types: { scam_type: string; reports: number }[];
  losses: { currency: string; amount: number; reports: number }[];
  /** When the value was cleared after its owner's appeal (the public answer then lists nothing). */
  cleared: string | null;
  message: string;
}

export interface SightingsSummary {
  reports: number;
  countries: string[];
  first_seen: string | null;
  last_seen: string | null;
  scam_types: { scam_type: string; reports: number }[];
  losses: { currency: string; amount: number; reports: number }[];
  /** When the value was cleared after its owner's appeal, if it was. */
  cleared?: string | null;
}

export const CLEARED_MESSAGE =
  'This value was reported, then cleared after a review: its owner is not known to be involved in scams.';
export const NO_REPORTS_MESSAGE =
  'No reports of this value. That does not mean it is safe: scammers change numbers and accounts often.';
export const REPORTED_MESSAGE =
  'This value appears in scam reports. Do not pay or share codes; contact your bank and report the scam.';

/**
 * People type "GCash" or "DANA" into the same box as "BCA": a bank qualifier that names an e-wallet
 * provider and no bank is read as the provider.
 */
function routeQualifier(raw: RawIndicator, country: string | undefined): RawIndicator {
  if (!raw.bank || raw.provider || (raw.kind && raw.kind !== 'ewallet')) return raw;
  if (resolveBank(raw.bank, country) || !resolveEwalletProvider(raw.bank, country)) return raw;
  const { bank, ...rest } = raw;
  return { ...rest, provider: bank };
}

/** A value as the look-up reads it: its canonical form and indicator id, or why it cannot be read. */
type Identity = { kind: IndicatorKind; value: string; id: string } | { error: string };

/**
 * Look-ups repeat the same values, and reading one is pure: each spelling (with its qualifiers and
 * country) is canonicalised and given its id once. The id string kept here is the key of the answer
 * cache too, so a repeated look-up hashes one new string (its spelling), not three.
 */
const identities = new RecentCache<string, Identity>(20_000);

function readValue(query: {
  value: string;
  country?: string | undefined;
  kind?: string | undefined;
  qualifier?: Partial<RawIndicator> | undefined;
}): Identity {
  const q = query.qualifier;
  const key = spellingKey(query.kind, query.value, q, query.country);
  let identity = identities.get(key);
  if (identity === undefined) {
    const result = canonicalize(
      routeQualifier(
        { ...q, value: query.value, kind: query.kind as IndicatorKind | undefined },
        query.country,
      ),
      { country: query.country },
    );
    identity = result.ok
      ? {
          kind: result.indicator.kind,
          value: result.indicator.value,
          id: indicatorId(result.indicator.kind, result.indicator.value),
        }
      : { error: result.error };
    identities.set(key, identity);
  }
  return identity;
}

/** TLP:RED reports are for their owning organisation only and never count in an answer given outside it. */
/** What the examples printed for the public look-up leave out: everything the public does not see. */
const EXCLUDED_FROM_CHECK = TLP_LEVELS.filter((level) => !PUBLIC_TLPS.includes(level));

export function summarise(groups: readonly SightingGroup[]): SightingsSummary {
  let reports = 0;
  let first: string | null = null;
  let last: string | null = null;
  const countries = new Set<string>();
  const scamTypes = new Map<string, number>();
  const losses = new Map<string, { amount: number; reports: number }>();
  for (const g of groups) {
    reports += g.reports;
    countries.add(g.country);
    scamTypes.set(g.scam_type, (scamTypes.get(g.scam_type) ?? 0) + g.reports);
    if (g.loss_currency && g.loss !== null) {
      const current = losses.get(g.loss_currency) ?? { amount: 0, reports: 0 };
      current.amount += g.loss;
      current.reports += g.reports;
      losses.set(g.loss_currency, current);
    }
    if (first === null || g.first_seen < first) first = g.first_seen;
    if (last === null || g.last_seen > last) last = g.last_seen;
  }
  return {
    reports,
    countries: [...countries].sort(),
    first_seen: first,
    last_seen: last,
    scam_types: [...scamTypes]
      .map(([scam_type, n]) => ({ scam_type, reports: n }))
      .sort((a, b) => b.reports - a.reports || a.scam_type.localeCompare(b.scam_type)),
    losses: [...losses]
      .map(([currency, v]) => ({ currency, amount: v.amount, reports: v.reports }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}

export class IndicatorService {
  constructor(
    private readonly indicators: IndicatorRepository,
    private readonly answers: SummaryCache = new SummaryCache(),
  ) {}

  /** Called after reports are written: look-up answers are recomputed from then on. */
  reportsChanged(): void {
    this.answers.clear();
  }

  /** Canonicalises without storing anything. */
  normalize(raw: RawIndicator, country?: string): CanonicalResult {
    return canonicalize(raw, { country });
  }

  /** The canonical form and id of a value written in any format; a clear error when it cannot be read. */
  identify(query: {
    value: string;
    country?: string | undefined;
    kind?: string | undefined;
    qualifier?: Partial<RawIndicator> | undefined;
  }): { kind: IndicatorKind; value: string; id: string } {
    if (query.kind !== undefined && !isIndicatorKind(query.kind)) {
      throw new JalaError('invalid_input', `unknown kind ${JSON.stringify(query.kind)}`, [
        { field: 'kind', reason: 'is not an indicator kind' },
      ]);
    }
    const identity = readValue(query);
    if ('error' in identity) {
      throw new JalaError('invalid_input', `cannot read ${JSON.stringify(query.value)}: ${identity.error}`, [
        { field: 'value', reason: identity.error },
      ]);
    }
    return identity;
  }

  async check(
    query: {
      value: string;
      country?: string;
      kind?: string;
      qualifier?: Partial<RawIndicator>;
    },
    audience: Audience,
  ): Promise<CheckAnswer> {
    const { kind, value, id } = this.identify(query);
    const scope = lookupScope(audience);
    const who = audience.public ? 'public' : (audience.orgId ?? 'node');
    let summary = this.answers.get(who, id);
    if (!summary) {
      const [groups, row] = await Promise.all([
        this.indicators.sightingGroups(id, scope),
        this.indicators.findById(id),
      ]);
      summary = { ...summarise(groups), cleared: row?.link_status === 'cleared' ? row.modified_at : null };
      this.answers.set(who, id, summary);
    }
    if (summary.cleared && audience.public)
      return {
        query: query.value,
        kind,
        value,
        indicator_id: id,
        ...summarise([]),
        reported: false,
        cleared: summary.cleared,
        message: CLEARED_MESSAGE,
      };
    return {
      query: query.value,
      kind,
      value,
      indicator_id: id,
      reported: summary.reports > 0,
      ...summary,
      cleared: summary.cleared ?? null,
      message: summary.cleared
        ? CLEARED_MESSAGE
        : summary.reports > 0
          ? REPORTED_MESSAGE
          : NO_REPORTS_MESSAGE,
    };
  }

  /** The stored indicator (its owner and linking status), if any report mentions it. */
  record(id: string) {
    return this.indicators.findById(id);
  }

  /** An indicator with the summary of its sightings and the newest ones the actor may see. */
  async get(id: string, actor: Actor) {
    const row = await this.indicators.findById(id);
    if (!row) throw new JalaError('not_found', `no indicator ${id}`);
    const [groups, sightings] = await Promise.all([
      this.indicators.sightingGroups(id, lookupScope(audienceOf(actor))),
      this.indicators.recentSightings(id, 100, viewerOf(actor)),
    ]);
    return {
      id: row.id,
      kind: row.kind,
      value: row.value,
      details: row.details ? (JSON.parse(row.details) as Record<string, string>) : {},
      tlp: row.tlp,
      created_at: row.created_at,
      modified_at: row.modified_at,
      ...summarise(groups),
      recent_sightings: sightings,
    };
  }

  /** One much-reported value per kind, for people trying the look-up (counted as the look-up counts). */
  async examples(): Promise<{ kind: string; value: string; reports: number }[]> {
    const kinds = ['phone', 'bank_account', 'ewallet', 'crypto', 'url'];
    const found = await Promise.all(
      kinds.map((kind) => this.indicators.mostReported([kind], 1, EXCLUDED_FROM_CHECK)),
    );
    return found.flat();
  }

  count(): Promise<number> {
    return this.indicators.count();
  }
}
