import { indicativeUsd } from './money.js';

/**
 * What a cluster is made of, kept as small additive rows so that a cluster of a hundred thousand reports
 * answers as fast as one of ten: per month × country (with the first and last report: the timeline, and
 * where the countries and the time span come from), organisation, scam type, loss currency, indicator kind
 * and held-back value. A report adds its share to its cluster's rows; a merge adds the smaller cluster's
 * rows to the larger's; a split counts the parts from their reports and takes them off the rest.
 */
export const STAT_DIMENSIONS = ['month', 'org', 'scam', 'loss', 'kind', 'held'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

export interface StatRow {
  cluster_id: string;
  dimension: string;
  key: string;
  /** Reports (for `kind`: indicators) counted in this row. */
  count: number;
  first_seen: string | null;
  last_seen: string | null;
  /** Sum of losses (dimension `loss` only). */
  amount: number;
}

export interface ReportFacts {
  clusterId: string;
  country: string;
  orgId: string;
  scamType: string;
  reportedAt: string;
  lossAmount: number | null;
  lossCurrency: string | null;
  /** Ids of the report's indicators that do not link. */
  held: readonly string[];
}

export const monthKey = (at: string, country: string) => `${at.slice(0, 7)}|${country}`;

/** The half-open time range of a `month` row's key, and its country. */
export function monthRange(key: string): { from: string; to: string; country: string } {
  const [month, country] = key.split('|') as [string, string];
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01T00:00:00.000Z`, to: `${next}-01T00:00:00.000Z`, country };
}

/** Per country: reports, first and last, from `month` rows. */
export function countriesOf(rows: readonly StatRow[]) {
  const byCountry = new Map<
    string,
    { reports: number; first_seen: string | null; last_seen: string | null }
  >();
  for (const row of rows) {
    if (row.dimension !== 'month' || row.count <= 0) continue;
    const country = row.key.slice(row.key.indexOf('|') + 1);
    const entry = byCountry.get(country);
    if (!entry)
      byCountry.set(country, { reports: row.count, first_seen: row.first_seen, last_seen: row.last_seen });
    else {
      entry.reports += row.count;
      if (row.first_seen !== null && (entry.first_seen === null || row.first_seen < entry.first_seen))
        entry.first_seen = row.first_seen;
      if (row.last_seen !== null && (entry.last_seen === null || row.last_seen > entry.last_seen))
        entry.last_seen = row.last_seen;
    }
  }
  return byCountry;
}

/** Accumulates additive stat rows. */
export class StatTally {
  private readonly rows = new Map<string, StatRow>();

  add(
    clusterId: string,
    dimension: StatDimension | string,
    key: string,
    count: number,
    at: string | null,
    amount = 0,
  ): void {
    const id = `${clusterId}\u0000${dimension}\u0000${key}`;
    const row = this.rows.get(id);
    if (!row) {
      this.rows.set(id, {
        cluster_id: clusterId,
        dimension,
        key,
        count,
        first_seen: at,
        last_seen: at,
        amount,
      });
      return;
    }
    row.count += count;
    row.amount += amount;
    if (at !== null) {
      if (row.first_seen === null || at < row.first_seen) row.first_seen = at;
      if (row.last_seen === null || at > row.last_seen) row.last_seen = at;
    }
  }

  addRow(row: StatRow, clusterId = row.cluster_id): void {
    this.add(clusterId, row.dimension, row.key, row.count, row.first_seen, row.amount);
    if (row.last_seen !== row.first_seen) this.add(clusterId, row.dimension, row.key, 0, row.last_seen);
  }

  /** Takes a row off (its times cannot be taken off: `month` rows are recounted instead). */
  subtractRow(row: StatRow, clusterId: string): void {
    this.add(clusterId, row.dimension, row.key, -row.count, null, -row.amount);
  }

  report(r: ReportFacts): void {
    const at = r.reportedAt;
    this.add(r.clusterId, 'month', monthKey(at, r.country), 1, at);
    this.add(r.clusterId, 'org', r.orgId, 1, null);
    this.add(r.clusterId, 'scam', r.scamType, 1, null);
    if (r.lossAmount !== null && r.lossCurrency !== null)
      this.add(r.clusterId, 'loss', r.lossCurrency, 1, null, r.lossAmount);
    for (const id of r.held) this.add(r.clusterId, 'held', id, 1, null);
  }

  indicator(clusterId: string, kind: string, count = 1): void {
    this.add(clusterId, 'kind', kind, count, null);
  }

  values(): StatRow[] {
    return [...this.rows.values()];
  }

  get size(): number {
    return this.rows.size;
  }
}

export interface ClusterSummary {
  report_count: number;
  indicator_count: number;
  first_seen: string | null;
  last_seen: string | null;
  countries: string;
  country_count: number;
  loss_usd: number;
}

/** The cluster row's figures, from its `month`, `loss` and `kind` stat rows. */
export function summarise(rows: readonly StatRow[]): ClusterSummary {
  let reports = 0;
  let indicators = 0;
  let first: string | null = null;
  let last: string | null = null;
  let usd = 0;
  for (const row of rows)
    if (row.dimension === 'kind') indicators += row.count;
    else if (row.dimension === 'loss') usd += indicativeUsd(row.amount, row.key);
  const countries = [...countriesOf(rows)].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [, c] of countries) {
    reports += c.reports;
    if (c.first_seen !== null && (first === null || c.first_seen < first)) first = c.first_seen;
    if (c.last_seen !== null && (last === null || c.last_seen > last)) last = c.last_seen;
  }
  const codes = countries.map(([code]) => code);
  return {
    report_count: reports,
    indicator_count: indicators,
    first_seen: first,
    last_seen: last,
    countries: `,${codes.join(',')}${codes.length > 0 ? ',' : ''}`,
    country_count: codes.length,
    loss_usd: Math.round(usd * 100) / 100,
  };
}
