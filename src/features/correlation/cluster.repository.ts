import type { Kysely, Selectable } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { ClusterTable, Database } from '../../db/schema.js';
import { SHARED_WITHIN_NODE, type Viewer } from '../../domain/access/visibility.js';

export type ClusterRow = Selectable<ClusterTable>;

export interface ClusterFilter {
  country?: string | undefined;
  crossBorder?: boolean | undefined;
  minReports: number;
  sort: 'loss' | 'reports' | 'recent';
  limit: number;
  offset: number;
}

const LINKING = ['linked', 'released'];

/** Reads of clusters: their rows, members, events, and the graph walks that explain a link. */
export class ClusterRepository {
  private readonly db: Kysely<Database>;

  constructor(handle: DatabaseHandle) {
    this.db = handle.db;
  }

  async find(id: string): Promise<ClusterRow | undefined> {
    return this.db.selectFrom('cluster').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async list(filter: ClusterFilter): Promise<{ clusters: ClusterRow[]; total: number }> {
    let query = this.db
      .selectFrom('cluster')
      .where('merged_into', 'is', null)
      .where('report_count', '>=', filter.minReports);
    if (filter.country) query = query.where('countries', 'like', `%,${filter.country},%`);
    if (filter.crossBorder === true) query = query.where('country_count', '>', 1);
    if (filter.crossBorder === false) query = query.where('country_count', '<=', 1);
    const order =
      filter.sort === 'loss'
        ? 'loss_usd'
        : filter.sort === 'recent'
          ? 'last_seen'
          : ('report_count' as const);
    const [clusters, total] = await Promise.all([
      query
        .selectAll()
        .orderBy(order, 'desc')
        .orderBy('id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { clusters, total: Number(total.n) };
  }

  async stats(clusterId: string) {
    const rows = await this.db
      .selectFrom('cluster_stat')
      .selectAll()
      .where('cluster_id', '=', clusterId)
      .execute();
    return rows.map((r) => ({ ...r, count: Number(r.count), amount: Number(r.amount) }));
  }

  /** Up to `limit` indicators of one kind in a cluster, seen in at least one report the viewer may see. */
  async indicatorsOfKind(clusterId: string, kind: string, limit: number, viewer: Viewer) {
    let query = this.db
      .selectFrom('indicator')
      .select(['id', 'value'])
      .where('cluster_id', '=', clusterId)
      .where('kind', '=', kind);
    if (!viewer.all) {
      const orgId = viewer.orgId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('sighting')
            .select('sighting.indicator_id')
            .whereRef('sighting.indicator_id', '=', 'indicator.id')
            .where((s) =>
              s.or([
                s('sighting.tlp', 'in', [...SHARED_WITHIN_NODE]),
                s('sighting.origin_org_id', '=', orgId),
              ]),
            ),
        ),
      );
    }
    return query.limit(limit).execute();
  }

  async indicatorStatuses(ids: readonly string[]) {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('indicator')
      .select(['id', 'kind', 'value', 'link_status', 'link_reason'])
      .where('id', 'in', [...ids])
      .execute();
  }

  async events(clusterId: string, limit: number) {
    return this.db
      .selectFrom('cluster_event')
      .selectAll()
      .where((eb) => eb.or([eb('cluster_id', '=', clusterId), eb('other_id', '=', clusterId)]))
      .orderBy('at', 'desc')
      .limit(limit)
      .execute();
  }

  async indicator(id: string) {
    return this.db
      .selectFrom('indicator')
      .select(['id', 'kind', 'value', 'link_status', 'link_reason', 'cluster_id'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Clusters of the reports an indicator occurs in (for a held-back indicator, which has none itself). */
  async clustersOfReportsWith(indicatorId: string, limit: number) {
    return this.db
      .selectFrom('sighting')
      .innerJoin('report', 'report.id', 'sighting.report_id')
      .select((eb) => ['report.cluster_id', eb.fn.countAll<number>().as('reports')])
      .where('sighting.indicator_id', '=', indicatorId)
      .groupBy('report.cluster_id')
      .orderBy('reports', 'desc')
      .limit(limit)
      .execute();
  }

  /** Reports that mention any of these (linking) indicators. */
  /** The reports mentioning these indicators that the viewer may see. */
  async reportsWith(indicatorIds: readonly string[], viewer: Viewer) {
    if (indicatorIds.length === 0) return [];
    let query = this.db
      .selectFrom('sighting')
      .select(['indicator_id', 'report_id'])
      .where('indicator_id', 'in', [...indicatorIds]);
    if (!viewer.all) {
      const orgId = viewer.orgId;
      query = query.where((eb) =>
        eb.or([eb('tlp', 'in', [...SHARED_WITHIN_NODE]), eb('origin_org_id', '=', orgId)]),
      );
    }
    return query.execute();
  }

  /** Linking indicators of these reports. */
  async linkingIndicatorsOf(reportIds: readonly string[]) {
    if (reportIds.length === 0) return [];
    return this.db
      .selectFrom('sighting')
      .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
      .select(['sighting.report_id', 'sighting.indicator_id'])
      .where('sighting.report_id', 'in', [...reportIds])
      .where('indicator.link_status', 'in', LINKING)
      .execute();
  }

  /** The newest reports of a cluster that the viewer may see, for drawing it. */
  async graphReports(clusterId: string, viewer: Viewer, limit: number) {
    let query = this.db
      .selectFrom('report')
      .select(['id', 'source_ref', 'country', 'reported_at', 'scam_type', 'origin_org_id'])
      .where('cluster_id', '=', clusterId);
    if (!viewer.all) {
      const orgId = viewer.orgId;
      query = query.where((eb) =>
        eb.or([eb('tlp', 'in', [...SHARED_WITHIN_NODE]), eb('origin_org_id', '=', orgId)]),
      );
    }
    return query.orderBy('reported_at', 'desc').limit(limit).execute();
  }

  /** Every sighting of these reports, with its indicator: the edges and value nodes of a drawing. */
  async graphSightings(reportIds: readonly string[]) {
    const rows = [];
    for (let i = 0; i < reportIds.length; i += 5000) {
      const chunk = reportIds.slice(i, i + 5000);
      rows.push(
        ...(await this.db
          .selectFrom('sighting')
          .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
          .select([
            'sighting.report_id',
            'sighting.indicator_id',
            'indicator.kind',
            'indicator.value',
            'indicator.link_status',
          ])
          .where('sighting.report_id', 'in', chunk)
          .execute()),
      );
    }
    return rows;
  }

  async describeIndicators(ids: readonly string[]) {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('indicator')
      .select(['id', 'kind', 'value'])
      .where('id', 'in', [...ids])
      .execute();
  }

  async describeReports(ids: readonly string[]) {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('report')
      .select(['id', 'source_ref', 'country', 'reported_at', 'scam_type', 'origin_org_id'])
      .where('id', 'in', [...ids])
      .execute();
  }

  async heldIndicators(statuses: readonly string[], limit: number, offset: number) {
    return this.db
      .selectFrom('indicator')
      .select(['id', 'kind', 'value', 'link_status', 'link_reason', 'modified_at'])
      .where('link_status', '<>', 'linked')
      .where('link_status', 'in', [...statuses])
      .orderBy('modified_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  /** Every report's source id and cluster, a page at a time in id order. */
  async exportPage(after: string | null, limit: number) {
    let query = this.db
      .selectFrom('report')
      .select(['id', 'source_ref', 'origin_org_id', 'cluster_id'])
      .orderBy('id')
      .limit(limit);
    if (after !== null) query = query.where('id', '>', after);
    return query.execute();
  }
}
