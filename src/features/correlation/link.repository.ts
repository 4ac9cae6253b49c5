import type { ExpressionBuilder, Insertable, Kysely, OnConflictDatabase, OnConflictTables } from 'kysely';
import { chunkRows } from '../../db/batch.js';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { ClusterEventTable, ClusterTable, Database, IndicatorBridgeTable } from '../../db/schema.js';
import { monthRange, type StatRow, StatTally, summarise } from '../../domain/linking/stats.js';

export interface IndicatorLinkRow {
  id: string;
  cluster_id: string | null;
  link_status: string;
}

export type ClusterEventRow = Insertable<ClusterEventTable>;

type StatEb = ExpressionBuilder<
  OnConflictDatabase<Database, 'cluster_stat'>,
  OnConflictTables<'cluster_stat'>
>;

/** On a conflict, the earlier (`<`) or later (`>`) of the stored and the incoming time; either may be null. */
const keep = (eb: StatEb, column: 'first_seen' | 'last_seen', wins: '<' | '>') =>
  eb
    .case()
    .when(
      eb.or([
        eb(`cluster_stat.${column}`, 'is', null),
        eb(eb.ref(`excluded.${column}`), wins, eb.ref(`cluster_stat.${column}`)),
      ]),
    )
    .then(eb.ref(`excluded.${column}`))
    .else(eb.ref(`cluster_stat.${column}`))
    .end();

/** The writes and reads of linking: cluster membership, cluster aggregates, events, bridges, statuses. */
export class LinkRepository {
  private readonly maxParameters: number;

  constructor(private readonly handle: DatabaseHandle) {
    this.maxParameters = handle.columnTypes.maxParameters;
  }

  /** Runs `work` in one transaction that holds the node's linking lock (one linker at a time). */
  transaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.handle.db.transaction().execute(async (trx) => {
      await this.handle.lock(trx, 'linking');
      return work(trx);
    });
  }

  refreshStatistics(): Promise<void> {
    return this.handle.analyze();
  }

  lock(trx: Kysely<Database>): Promise<void> {
    return this.handle.lock(trx, 'linking');
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
      for (const row of await trx
        .selectFrom('indicator')
        .select(['id', 'cluster_id', 'link_status'])
        .where('id', 'in', chunk)
        .execute())
        rows.push(row);
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

  async bridges(trx: Kysely<Database>, rows: readonly Insertable<IndicatorBridgeTable>[]): Promise<void> {
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

  async bridgeRows(trx: Kysely<Database>, indicatorId: string, from: string, to: string) {
    return trx
      .selectFrom('indicator_bridge')
      .select(['report_id', 'joined', 'others'])
      .where('indicator_id', '=', indicatorId)
      .where('seen_at', '>=', from)
      .where('seen_at', '<=', to)
      .execute();
  }

  /** How many reports mention each indicator. */
  async sightingCounts(trx: Kysely<Database>, indicatorIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const chunk of this.chunks(indicatorIds))
      for (const row of await trx
        .selectFrom('sighting')
        .select((eb) => ['indicator_id', eb.fn.countAll<number>().as('n')])
        .where('indicator_id', 'in', chunk)
        .groupBy('indicator_id')
        .execute())
        counts.set(row.indicator_id, Number(row.n));
    return counts;
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

  /** Marks the reports mentioning an indicator as changed now (their STIX form carries its status). */
  async touchReportsMentioning(trx: Kysely<Database>, indicatorId: string, now: string): Promise<void> {
    await trx
      .updateTable('report')
      .set({ modified_at: now })
      .where('id', 'in', (eb) =>
        eb.selectFrom('sighting').select('report_id').where('indicator_id', '=', indicatorId),
      )
      .execute();
  }

  /** Bank accounts held back as shared infrastructure. */
  async heldBankAccounts(trx: Kysely<Database>): Promise<string[]> {
    // Held values are few: read them all through the partial index and keep the accounts here. Asked for
    // the kind too, SQLite walked every bank account (9 % of a million-report import).
    const rows = await trx
      .selectFrom('indicator')
      .select(['kind', 'value'])
      .where('link_status', '<>', 'linked')
      .where('link_status', 'in', ['suspected_shared', 'confirmed_shared'])
      .execute();
    return rows.filter((r) => r.kind === 'bank_account').map((r) => r.value);
  }

  async reportCount(trx: Kysely<Database>, clusterId: string): Promise<number> {
    const row = await trx
      .selectFrom('report')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('cluster_id', '=', clusterId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The reports of a cluster that mention an indicator. */
  async reportsMentioning(trx: Kysely<Database>, indicatorId: string, clusterId: string) {
    return trx
      .selectFrom('sighting')
      .innerJoin('report', 'report.id', 'sighting.report_id')
      .select(['report.id', 'report.reported_at'])
      .where('sighting.indicator_id', '=', indicatorId)
      .where('report.cluster_id', '=', clusterId)
      .execute();
  }

  async linkingIndicatorsOfReports(trx: Kysely<Database>, reportIds: readonly string[]) {
    const rows: { report_id: string; indicator_id: string }[] = [];
    for (const chunk of this.chunks(reportIds, 2))
      for (const row of await trx
        .selectFrom('sighting')
        .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
        .select(['sighting.report_id', 'sighting.indicator_id'])
        .where('sighting.report_id', 'in', chunk)
        .where('indicator.link_status', 'in', ['linked', 'released'])
        .execute())
        rows.push(row);
    return rows;
  }

  /** Sightings of these indicators, at most `limit`. */
  async reportsOfIndicators(trx: Kysely<Database>, indicatorIds: readonly string[], limit: number) {
    const rows: { report_id: string; indicator_id: string }[] = [];
    for (const chunk of this.chunks(indicatorIds, 2)) {
      if (rows.length >= limit) break;
      for (const row of await trx
        .selectFrom('sighting')
        .select(['report_id', 'indicator_id'])
        .where('indicator_id', 'in', chunk)
        .limit(limit - rows.length)
        .execute())
        rows.push(row);
    }
    return rows;
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

  /** Adds stat rows to what is stored (see domain/linking/stats.ts). */
  async applyStats(trx: Kysely<Database>, rows: readonly StatRow[]): Promise<void> {
    await this.handle.insertMany(trx, 'cluster_stat', rows, {
      onConflict: {
        name: 'add',
        build: (oc) =>
          oc.columns(['cluster_id', 'dimension', 'key']).doUpdateSet((eb) => ({
            count: eb(eb.ref('cluster_stat.count'), '+', eb.ref('excluded.count')),
            amount: eb(eb.ref('cluster_stat.amount'), '+', eb.ref('excluded.amount')),
            first_seen: keep(eb, 'first_seen', '<'),
            last_seen: keep(eb, 'last_seen', '>'),
          })),
      },
    });
  }

  async statRows(
    trx: Kysely<Database>,
    clusterIds: Iterable<string>,
    dimensions?: readonly string[],
  ): Promise<StatRow[]> {
    const rows: StatRow[] = [];
    for (const chunk of this.chunks(clusterIds, 10)) {
      let query = trx.selectFrom('cluster_stat').selectAll().where('cluster_id', 'in', chunk);
      if (dimensions) query = query.where('dimension', 'in', [...dimensions]);
      for (const row of await query.execute())
        rows.push({ ...row, count: Number(row.count), amount: Number(row.amount) });
    }
    return rows;
  }

  /** Adds the stat rows of merged clusters to the cluster they joined. */
  async moveStats(trx: Kysely<Database>, from: readonly string[], into: string): Promise<void> {
    const tally = new StatTally();
    for (const row of await this.statRows(trx, from)) tally.addRow(row, into);
    await this.applyStats(trx, tally.values());
    for (const chunk of this.chunks(from))
      await trx.deleteFrom('cluster_stat').where('cluster_id', 'in', chunk).execute();
  }

  /** Recomputes the stat rows of clusters from their reports and indicators (after a split, a change, a rebuild). */
  async recomputeStats(trx: Kysely<Database>, clusterIds: Iterable<string>): Promise<void> {
    for (const chunk of this.chunks(clusterIds, 10)) {
      await trx.deleteFrom('cluster_stat').where('cluster_id', 'in', chunk).execute();
      const tally = new StatTally();
      const reports = await trx
        .selectFrom('report')
        .select([
          'id',
          'cluster_id',
          'country',
          'origin_org_id',
          'scam_type',
          'reported_at',
          'loss_amount',
          'loss_currency',
        ])
        .where('cluster_id', 'in', chunk)
        .execute();
      const held = new Map<string, string[]>();
      for (const row of await trx
        .selectFrom('report')
        .innerJoin('sighting', 'sighting.report_id', 'report.id')
        .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
        .select(['report.id as report_id', 'indicator.id as indicator_id'])
        .where('report.cluster_id', 'in', chunk)
        .where('indicator.link_status', 'not in', ['linked', 'released'])
        .execute()) {
        const list = held.get(row.report_id);
        if (list) list.push(row.indicator_id);
        else held.set(row.report_id, [row.indicator_id]);
      }
      for (const r of reports)
        tally.report({
          clusterId: r.cluster_id!,
          country: r.country,
          orgId: r.origin_org_id,
          scamType: r.scam_type,
          reportedAt: r.reported_at,
          lossAmount: r.loss_amount === null ? null : Number(r.loss_amount),
          lossCurrency: r.loss_currency,
          held: held.get(r.id) ?? [],
        });
      for (const row of await trx
        .selectFrom('indicator')
        .select((eb) => ['cluster_id', 'kind', eb.fn.countAll<number>().as('n')])
        .where('cluster_id', 'in', chunk)
        .groupBy(['cluster_id', 'kind'])
        .execute())
        tally.indicator(row.cluster_id!, row.kind, Number(row.n));
      await this.applyStats(trx, tally.values());
    }
  }

  /** Rewrites the cluster rows' figures (counts, span, countries, indicative loss) from their stat rows. */
  async refreshClusterRows(trx: Kysely<Database>, clusterIds: Iterable<string>, now: string): Promise<void> {
    const ids = [...new Set(clusterIds)];
    const byCluster = new Map<string, StatRow[]>(ids.map((id) => [id, []]));
    for (const row of await this.statRows(trx, ids, ['month', 'loss', 'kind']))
      byCluster.get(row.cluster_id)?.push(row);
    const rows = [...byCluster].map(([id, stats]) => ({
      id,
      created_at: now,
      modified_at: now,
      merged_into: null,
      ...summarise(stats),
    }));
    await this.writeClusterRows(trx, rows);
  }

  /** Inserts or rewrites cluster rows (their figures; creation time and merges stay). */
  async writeClusterRows(
    trx: Kysely<Database>,
    rows: readonly (Insertable<ClusterTable> & { id: string })[],
  ): Promise<void> {
    await this.handle.insertMany(trx, 'cluster', rows, {
      onConflict: {
        name: 'figures',
        build: (oc) =>
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
      },
    });
  }

  /** Recounts `month` rows of a cluster from its reports (after reports left it). */
  async recountMonths(trx: Kysely<Database>, clusterId: string, keys: Iterable<string>): Promise<void> {
    for (const key of keys) {
      const { from, to, country } = monthRange(key);
      const row = await trx
        .selectFrom('report')
        .select((eb) => [
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('reported_at').as('first'),
          eb.fn.max('reported_at').as('last'),
        ])
        .where('cluster_id', '=', clusterId)
        .where('reported_at', '>=', from)
        .where('reported_at', '<', to)
        .where('country', '=', country)
        .executeTakeFirstOrThrow();
      await trx
        .deleteFrom('cluster_stat')
        .where('cluster_id', '=', clusterId)
        .where('dimension', '=', 'month')
        .where('key', '=', key)
        .execute();
      if (Number(row.n) > 0)
        await trx
          .insertInto('cluster_stat')
          .values({
            cluster_id: clusterId,
            dimension: 'month',
            key,
            count: Number(row.n),
            first_seen: row.first,
            last_seen: row.last,
            amount: 0,
          })
          .execute();
    }
  }

  async deleteEmptyStats(trx: Kysely<Database>, clusterId: string): Promise<void> {
    await trx
      .deleteFrom('cluster_stat')
      .where('cluster_id', '=', clusterId)
      .where('count', '<=', 0)
      .execute();
  }

  async clearStats(trx: Kysely<Database>): Promise<void> {
    await trx.deleteFrom('cluster_stat').execute();
  }

  /** Recomputes clusters entirely: stat rows, then cluster rows. */
  async refreshAggregates(trx: Kysely<Database>, clusterIds: Iterable<string>, now: string): Promise<void> {
    const ids = [...new Set(clusterIds)];
    await this.recomputeStats(trx, ids);
    await this.refreshClusterRows(trx, ids, now);
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
