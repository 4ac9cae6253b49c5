import { indicativeUsd } from './money.js';

/**
 * What a cluster is made of, kept as small additive rows so that a cluster of a hundred thousand reports
 * answers as fast as one of ten: per country, organisation, scam type, loss currency, month × country,
 * indicator kind, and held-back value. A report adds its share to its cluster's rows; a merge adds the
 * smaller cluster's rows to the larger's; a split recomputes the parts from their reports.
 */
export const STAT_DIMENSIONS = ['country', 'org', 'scam', 'loss', 'month', 'kind', 'held'] as const;
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

  report(r: ReportFacts): void {
    const at = r.reportedAt;
    this.add(r.clusterId, 'country', r.country, 1, at);
    this.add(r.clusterId, 'org', r.orgId, 1, at);
    this.add(r.clusterId, 'scam', r.scamType, 1, at);
    this.add(r.clusterId, 'month', `${at.slice(0, 7)}|${r.country}`, 1, at);
    if (r.lossAmount !== null && r.lossCurrency !== null)
      this.add(r.clusterId, 'loss', r.lossCurrency, 1, at, r.lossAmount);
    for (const id of r.held) this.add(r.clusterId, 'held', id, 1, at);
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

/** The cluster row's figures, from its `country`, `loss` and `kind` stat rows. */
export function summarise(rows: readonly StatRow[]): ClusterSummary {
  let reports = 0;
  let indicators = 0;
  let first: string | null = null;
  let last: string | null = null;
  let usd = 0;
  const countries: string[] = [];
  for (const row of rows) {
    if (row.dimension === 'country') {
      reports += row.count;
      if (row.count > 0) countries.push(row.key);
      if (row.first_seen !== null && (first === null || row.first_seen < first)) first = row.first_seen;
      if (row.last_seen !== null && (last === null || row.last_seen > last)) last = row.last_seen;
    } else if (row.dimension === 'kind') indicators += row.count;
    else if (row.dimension === 'loss') usd += indicativeUsd(row.amount, row.key);
  }
  countries.sort();
  return {
    report_count: reports,
    indicator_count: indicators,
    first_seen: first,
    last_seen: last,
    countries: `,${countries.join(',')}${countries.length > 0 ? ',' : ''}`,
    country_count: countries.length,
    loss_usd: Math.round(usd * 100) / 100,
  };
}
