import type { Kysely, Selectable } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database, IndicatorTable } from '../../db/schema.js';

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
  async sightingGroups(indicatorId: string, excludeTlp: readonly string[]): Promise<SightingGroup[]> {
    let query = this.db.selectFrom('sighting').where('indicator_id', '=', indicatorId);
    if (excludeTlp.length > 0) query = query.where('tlp', 'not in', excludeTlp);
    const rows = await query
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

  async recentSightings(indicatorId: string, limit: number): Promise<SightingRow[]> {
    return this.db
      .selectFrom('sighting')
      .select(['report_id', 'country', 'seen_at', 'origin', 'origin_org_id'])
      .where('indicator_id', '=', indicatorId)
      .orderBy('seen_at', 'desc')
      .orderBy('report_id')
      .limit(limit)
      .execute();
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
