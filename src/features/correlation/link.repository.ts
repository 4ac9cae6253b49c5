import type { Kysely } from 'kysely';
import { chunkRows } from '../../db/batch.js';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { indicativeUsd } from '../../domain/linking/money.js';

export interface IndicatorLinkRow {
  id: string;
  cluster_id: string | null;
  link_status: string;
}

export interface ClusterEventRow {
  id: string;
  at: string;
  kind: 'merge' | 'split';
  cluster_id: string;
  other_id: string;
  report_id: string | null;
  indicator_id: string | null;
  reports_moved: number;
}

/** The writes and reads of linking: cluster membership, cluster aggregates, events, bridges, statuses. */
export class LinkRepository {
  private readonly maxParameters: number;

  constructor(private readonly handle: DatabaseHandle) {
    this.maxParameters = handle.columnTypes.maxParameters;
  }

  /** Runs `work` in one transaction that holds the node's linking lock (one linker at a time). */
  transaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.handle.db.transaction().execute(async (trx) => {
      await this.handle.lockLinking(trx);
      return work(trx);
    });
  }

  lock(trx: Kysely<Database>): Promise<void> {
    return this.handle.lockLinking(trx);
  }

  private chunks(ids: Iterable<string>, reserve = 0): string[][] {
    const list = [...ids];
    const size = Math.max(1, this.maxParameters - reserve);
    const out: string[][] = [];
    for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
    return out;
  }

  async indicatorStates(trx: Kysely<Database>, ids: Iterable<string>): Promise<IndicatorLinkRow[]> {
    const rows: IndicatorLinkRow[] = [];
    for (const chunk of this.chunks(ids))
      rows.push(
        ...(await trx
          .selectFrom('indicator')
          .select(['id', 'cluster_id', 'link_status'])
          .where('id', 'in', chunk)
          .execute()),
      );
    return rows;
  }

  async clusterSizes(trx: Kysely<Database>, ids: Iterable<string>): Promise<Map<string, number>> {
    const sizes = new Map<string, number>();
    for (const chunk of this.chunks(ids))
      for (const row of await trx
        .selectFrom('cluster')
        .select(['id', 'report_count'])
        .where('id', 'in', chunk)
        .execute())
        sizes.set(row.id, Number(row.report_count));
    return sizes;
  }

  /** Moves every report and indicator of `from` into `into`; `from` keeps resolving to `into`. */
  async merge(trx: Kysely<Database>, from: readonly string[], into: string, now: string): Promise<void> {
    for (const chunk of this.chunks(from, 1)) {
      await trx.updateTable('report').set({ cluster_id: into }).where('cluster_id', 'in', chunk).execute();
      await trx.updateTable('indicator').set({ cluster_id: into }).where('cluster_id', 'in', chunk).execute();
      await trx
        .updateTable('cluster')
        .set({ merged_into: into, modified_at: now, report_count: 0, indicator_count: 0 })
        .where((eb) => eb.or([eb('id', 'in', chunk), eb('merged_into', 'in', chunk)]))
        .execute();
    }
  }

  async setReportClusters(
    trx: Kysely<Database>,
    reportIds: readonly string[],
    clusterId: string,
  ): Promise<void> {
    for (const chunk of this.chunks(reportIds, 1))
      await trx.updateTable('report').set({ cluster_id: clusterId }).where('id', 'in', chunk).execute();
  }

  async setIndicatorClusters(
    trx: Kysely<Database>,
    indicatorIds: readonly string[],
    clusterId: string | null,
  ): Promise<void> {
    for (const chunk of this.chunks(indicatorIds, 1))
      await trx.updateTable('indicator').set({ cluster_id: clusterId }).where('id', 'in', chunk).execute();
  }

  async setStatus(
    trx: Kysely<Database>,
    indicatorId: string,
    status: string,
    reason: string | null,
    clusterId: string | null,
    now: string,
  ): Promise<void> {
    await trx
      .updateTable('indicator')
      .set({ link_status: status, link_reason: reason, cluster_id: clusterId, modified_at: now })
      .where('id', '=', indicatorId)
      .execute();
  }

  async events(trx: Kysely<Database>, events: readonly ClusterEventRow[]): Promise<void> {
    for (const chunk of chunkRows(events, this.maxParameters))
      await trx.insertInto('cluster_event').values(chunk).execute();
  }

  async bridges(
    trx: Kysely<Database>,
    rows: readonly { indicator_id: string; seen_at: string; report_id: string }[],
  ): Promise<void> {
    for (const chunk of chunkRows(rows, this.maxParameters))
      await trx
        .insertInto('indicator_bridge')
        .values(chunk)
        .onConflict((oc) => oc.columns(['indicator_id', 'seen_at', 'report_id']).doNothing())
        .execute();
  }

  /** Bridges of one indicator within [from, to] of report time. */
  async bridgeCount(trx: Kysely<Database>, indicatorId: string, from: string, to: string): Promise<number> {
    const row = await trx
      .selectFrom('indicator_bridge')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('indicator_id', '=', indicatorId)
      .where('seen_at', '>=', from)
      .where('seen_at', '<=', to)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Sightings of one indicator within [from, to] of report time. */
  async sightingCount(trx: Kysely<Database>, indicatorId: string, from: string, to: string): Promise<number> {
    const row = await trx
      .selectFrom('sighting')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('indicator_id', '=', indicatorId)
      .where('seen_at', '>=', from)
      .where('seen_at', '<=', to)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * The reports of a cluster and, per report, its linking indicators (with `all`, every indicator): enough
   * to recompute its components or replay its evidence.
   */
  async members(
    trx: Kysely<Database>,
    clusterId: string,
    options: { all?: boolean } = {},
  ): Promise<{
    reports: { id: string; reported_at: string }[];
    edges: { report_id: string; indicator_id: string; origin: string; link_status: string }[];
  }> {
    const reports = await trx
      .selectFrom('report')
      .select(['id', 'reported_at'])
      .where('cluster_id', '=', clusterId)
      .execute();
    let edges = trx
      .selectFrom('report')
      .innerJoin('sighting', 'sighting.report_id', 'report.id')
      .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
      .select(['sighting.report_id', 'sighting.indicator_id', 'sighting.origin', 'indicator.link_status'])
      .where('report.cluster_id', '=', clusterId);
    if (!options.all) edges = edges.where('indicator.link_status', 'in', ['linked', 'released']);
    return { reports, edges: await edges.execute() };
  }

  async describe(trx: Kysely<Database>, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return trx
      .selectFrom('indicator')
      .select(['id', 'kind', 'value'])
      .where('id', 'in', [...ids])
      .execute();
  }

  /** Bank accounts at this bank (by BIC) and, in its country, those whose bank was not resolved. */
  async bankAccountsNear(trx: Kysely<Database>, bic: string, country: string) {
    return trx
      .selectFrom('indicator')
      .select(['id', 'value', 'link_status', 'cluster_id'])
      .where('kind', '=', 'bank_account')
      .where((eb) =>
        eb.or([
          eb.and([eb('value', '>=', `${bic}:`), eb('value', '<', `${bic};`)]),
          eb.and([eb('value', '>=', `unknown:${country}:`), eb('value', '<', `unknown:${country};`)]),
        ]),
      )
      .execute();
  }

  /** The clusters of the reports that mention an indicator. */
  async clustersOfReportsWith(trx: Kysely<Database>, indicatorId: string): Promise<string[]> {
    const rows = await trx
      .selectFrom('sighting')
      .innerJoin('report', 'report.id', 'sighting.report_id')
      .select('report.cluster_id')
      .distinct()
      .where('sighting.indicator_id', '=', indicatorId)
      .execute();
    return rows.flatMap((r) => (r.cluster_id === null ? [] : [r.cluster_id]));
  }

  /** Bank accounts held back as shared infrastructure. */
  async heldBankAccounts(trx: Kysely<Database>): Promise<string[]> {
    const rows = await trx
      .selectFrom('indicator')
      .select('value')
      .where('link_status', 'in', ['suspected_shared', 'confirmed_shared'])
      .where('kind', '=', 'bank_account')
      .execute();
    return rows.map((r) => r.value);
  }

  async deleteBridges(trx: Kysely<Database>, indicatorIds: readonly string[]): Promise<void> {
    for (const chunk of this.chunks(indicatorIds))
      await trx.deleteFrom('indicator_bridge').where('indicator_id', 'in', chunk).execute();
  }

  /** Indicators still labelled with a cluster: those no report of it mentions any more lose the label. */
  async indicatorsLabelled(trx: Kysely<Database>, clusterId: string): Promise<string[]> {
    const rows = await trx.selectFrom('indicator').select('id').where('cluster_id', '=', clusterId).execute();
    return rows.map((r) => r.id);
  }

  async createClusters(trx: Kysely<Database>, ids: Iterable<string>, now: string): Promise<void> {
    const rows = [...ids].map((id) => ({
      id,
      created_at: now,
      modified_at: now,
      merged_into: null,
      report_count: 0,
      indicator_count: 0,
      first_seen: null,
      last_seen: null,
      countries: ',',
      country_count: 0,
      loss_usd: 0,
    }));
    for (const chunk of chunkRows(rows, this.maxParameters))
      await trx
        .insertInto('cluster')
        .values(chunk)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
  }

  /** Recomputes report count, indicator count, time span, countries and indicative loss of clusters. */
  async refreshAggregates(trx: Kysely<Database>, clusterIds: Iterable<string>, now: string): Promise<void> {
    for (const chunk of this.chunks(clusterIds)) {
      const byCluster = new Map<
        string,
        {
          reports: number;
          indicators: number;
          first: string | null;
          last: string | null;
          countries: Set<string>;
          usd: number;
        }
      >();
      for (const id of chunk)
        byCluster.set(id, {
          reports: 0,
          indicators: 0,
          first: null,
          last: null,
          countries: new Set(),
          usd: 0,
        });
      const groups = await trx
        .selectFrom('report')
        .select((eb) => [
          'cluster_id',
          'country',
          'loss_currency',
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('reported_at').as('first'),
          eb.fn.max('reported_at').as('last'),
          eb.fn.sum<number>('loss_amount').as('loss'),
        ])
        .where('cluster_id', 'in', chunk)
        .groupBy(['cluster_id', 'country', 'loss_currency'])
        .execute();
      for (const g of groups) {
        const agg = byCluster.get(g.cluster_id!)!;
        agg.reports += Number(g.n);
        if (agg.first === null || g.first < agg.first) agg.first = g.first;
        if (agg.last === null || g.last > agg.last) agg.last = g.last;
        agg.countries.add(g.country);
        agg.usd += indicativeUsd(g.loss === null ? null : Number(g.loss), g.loss_currency);
      }
      const indicatorCounts = await trx
        .selectFrom('indicator')
        .select((eb) => ['cluster_id', eb.fn.countAll<number>().as('n')])
        .where('cluster_id', 'in', chunk)
        .groupBy('cluster_id')
        .execute();
      for (const row of indicatorCounts) byCluster.get(row.cluster_id!)!.indicators = Number(row.n);
      const rows = [...byCluster].map(([id, a]) => {
        const countries = [...a.countries].sort();
        return {
          id,
          created_at: now,
          modified_at: now,
          merged_into: null,
          report_count: a.reports,
          indicator_count: a.indicators,
          first_seen: a.first,
          last_seen: a.last,
          countries: `,${countries.join(',')}${countries.length > 0 ? ',' : ''}`,
          country_count: countries.length,
          loss_usd: Math.round(a.usd * 100) / 100,
        };
      });
      for (const part of chunkRows(rows, this.maxParameters))
        await trx
          .insertInto('cluster')
          .values(part)
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              modified_at: eb.ref('excluded.modified_at'),
              report_count: eb.ref('excluded.report_count'),
              indicator_count: eb.ref('excluded.indicator_count'),
              first_seen: eb.ref('excluded.first_seen'),
              last_seen: eb.ref('excluded.last_seen'),
              countries: eb.ref('excluded.countries'),
              country_count: eb.ref('excluded.country_count'),
              loss_usd: eb.ref('excluded.loss_usd'),
            })),
          )
          .execute();
    }
  }

  async getSetting(trx: Kysely<Database>, name: string): Promise<string | undefined> {
    const row = await trx.selectFrom('setting').select('value').where('name', '=', name).executeTakeFirst();
    return row?.value;
  }

  async putSetting(trx: Kysely<Database>, name: string, value: string): Promise<void> {
    await trx
      .insertInto('setting')
      .values({ name, value })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
      .execute();
  }

  /** Every sighting of a linking indicator, in report order, a page at a time (for a full rebuild). */
  async edgePage(
    trx: Kysely<Database>,
    after: string | null,
    limit: number,
  ): Promise<{ report_id: string; indicator_id: string; link_status: string }[]> {
    let query = trx
      .selectFrom('sighting')
      .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
      .select(['sighting.report_id', 'sighting.indicator_id', 'indicator.link_status'])
      .orderBy('sighting.report_id')
      .limit(limit);
    if (after !== null) query = query.where('sighting.report_id', '>', after);
    return query.execute();
  }

  async edgesOfReport(
    trx: Kysely<Database>,
    reportId: string,
  ): Promise<{ report_id: string; indicator_id: string; link_status: string }[]> {
    return trx
      .selectFrom('sighting')
      .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
      .select(['sighting.report_id', 'sighting.indicator_id', 'indicator.link_status'])
      .where('sighting.report_id', '=', reportId)
      .execute();
  }

  async deleteCluster(trx: Kysely<Database>, id: string): Promise<void> {
    await trx.deleteFrom('cluster').where('id', '=', id).execute();
  }

  async reportPage(
    trx: Kysely<Database>,
    after: string | null,
    limit: number,
  ): Promise<{ id: string; cluster_id: string | null }[]> {
    let query = trx.selectFrom('report').select(['id', 'cluster_id']).orderBy('id').limit(limit);
    if (after !== null) query = query.where('id', '>', after);
    return query.execute();
  }

  async indicatorPage(
    trx: Kysely<Database>,
    after: string | null,
    limit: number,
  ): Promise<
    {
      id: string;
      kind: string;
      value: string;
      link_status: string;
      link_reason: string | null;
      cluster_id: string | null;
    }[]
  > {
    let query = trx
      .selectFrom('indicator')
      .select(['id', 'kind', 'value', 'link_status', 'link_reason', 'cluster_id'])
      .orderBy('id')
      .limit(limit);
    if (after !== null) query = query.where('id', '>', after);
    return query.execute();
  }

  async setStatuses(
    trx: Kysely<Database>,
    changes: readonly { id: string; link_status: string; link_reason: string | null }[],
    now: string,
  ): Promise<void> {
    for (const c of changes)
      await trx
        .updateTable('indicator')
        .set({ link_status: c.link_status, link_reason: c.link_reason, modified_at: now })
        .where('id', '=', c.id)
        .execute();
  }

  /** Live clusters (not merged into another). */
  async liveClusterIds(trx: Kysely<Database>): Promise<string[]> {
    const rows = await trx.selectFrom('cluster').select('id').where('merged_into', 'is', null).execute();
    return rows.map((r) => r.id);
  }

  async retire(trx: Kysely<Database>, from: string, into: string, now: string): Promise<void> {
    await trx
      .updateTable('cluster')
      .set({ merged_into: into, modified_at: now, report_count: 0, indicator_count: 0 })
      .where((eb) => eb.or([eb('id', '=', from), eb('merged_into', '=', from)]))
      .execute();
  }
}
