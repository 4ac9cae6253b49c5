import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database, IndicatorTable } from '../../db/schema.js';
import { SHARED_WITHIN_NODE, type Viewer } from '../../domain/access/visibility.js';

export type IndicatorRow = Selectable<IndicatorTable>;

/** One group of an indicator's sightings: per country, scam type and loss currency. */
export interface SightingGroup {
  country: string;
  scam_type: string;
  loss_currency: string | null;
  reports: number;
  loss: number | null;
  first_seen: string;
  last_seen: string;
}

export interface SightingRow {
  report_id: string;
  country: string;
  seen_at: string;
  origin: string;
  origin_org_id: string;
}

export class IndicatorRepository {
  private readonly db: Kysely<Database>;

  constructor(handle: DatabaseHandle) {
    this.db = handle.db;
  }

  async findById(id: string): Promise<IndicatorRow | undefined> {
    return this.db.selectFrom('indicator').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Sightings grouped so that totals can be built without reading every report. */
  /**
   * Sightings of an indicator grouped for a look-up answer: those marked with one of `tlps` (read from the
   * covering index alone) and, for an organisation, its own sightings under any other marking.
   */
  async sightingGroups(
    indicatorId: string,
    scope: { tlps: readonly string[]; orgId?: string | undefined },
  ): Promise<SightingGroup[]> {
    const shared = await this.groups(indicatorId, (q) => q.where('tlp', 'in', [...scope.tlps]));
    if (!scope.orgId) return shared;
    const orgId = scope.orgId;
    const own = await this.groups(indicatorId, (q) =>
      q.where('tlp', 'not in', [...scope.tlps]).where('origin_org_id', '=', orgId),
    );
    return [...shared, ...own];
  }

  private async groups(
    indicatorId: string,
    narrow: (
      query: SelectQueryBuilder<Database, 'sighting', object>,
    ) => SelectQueryBuilder<Database, 'sighting', object>,
  ): Promise<SightingGroup[]> {
    const rows = await narrow(this.db.selectFrom('sighting').where('indicator_id', '=', indicatorId))
      .select((eb) => [
        'country',
        'scam_type',
        'loss_currency',
        eb.fn.countAll<number>().as('reports'),
        eb.fn.sum<number | null>('loss_amount').as('loss'),
        eb.fn.min('seen_at').as('first_seen'),
        eb.fn.max('seen_at').as('last_seen'),
      ])
      .groupBy(['country', 'scam_type', 'loss_currency'])
      .execute();
    return rows.map((r) => ({
      ...r,
      reports: Number(r.reports),
      loss: r.loss === null ? null : Number(r.loss),
      first_seen: String(r.first_seen),
      last_seen: String(r.last_seen),
    }));
  }

  /** The newest sightings the viewer may see (a RED report of another organisation is not even named). */
  async recentSightings(indicatorId: string, limit: number, viewer: Viewer): Promise<SightingRow[]> {
    let query = this.db
      .selectFrom('sighting')
      .select(['report_id', 'country', 'seen_at', 'origin', 'origin_org_id'])
      .where('indicator_id', '=', indicatorId);
    if (!viewer.all) {
      const orgId = viewer.orgId;
      query = query.where((eb) =>
        eb.or([eb('tlp', 'in', [...SHARED_WITHIN_NODE]), eb('origin_org_id', '=', orgId)]),
      );
    }
    return query.orderBy('seen_at', 'desc').orderBy('report_id').limit(limit).execute();
  }

  /** The most reported indicators of the given kinds (for examples and overviews). */
  async mostReported(
    kinds: readonly string[],
    limit: number,
    excludeTlp: readonly string[],
  ): Promise<{ kind: string; value: string; reports: number }[]> {
    const rows = await this.db
      .selectFrom('sighting')
      .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
      .where('indicator.kind', 'in', kinds)
      .where('sighting.tlp', 'not in', excludeTlp)
      .select((eb) => ['indicator.kind', 'indicator.value', eb.fn.countAll<number>().as('reports')])
      .groupBy(['indicator.id', 'indicator.kind', 'indicator.value'])
      .orderBy('reports', 'desc')
      .orderBy('indicator.value')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, reports: Number(r.reports) }));
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('indicator')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
