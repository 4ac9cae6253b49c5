import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { SHARED_WITHIN_NODE, type Viewer } from '../../domain/access/visibility.js';
import type { ReportRow } from './report.repository.js';

export interface ReportFilter {
  country?: string | undefined;
  scamType?: string | undefined;
  source?: string | undefined;
  originOrgId?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

export interface Overview {
  reports: number;
  months: { month: string; reports: number }[];
  countries: { country: string; reports: number }[];
  scam_types: { scam_type: string; reports: number }[];
  losses: { currency: string; amount: number; reports: number }[];
}

/** The same visibility rule as domain/access/visibility.ts, as SQL. */
function visible(viewer: Viewer) {
  return (eb: ExpressionBuilder<Database, 'report'>) =>
    viewer.all
      ? eb.lit(true)
      : eb.or([
          eb('report.tlp', 'in', [...SHARED_WITHIN_NODE]),
          eb('report.origin_org_id', '=', viewer.orgId),
        ]);
}

/** Reads over many reports: the report list and the dashboard's figures, always through visibility. */
export class ReportQueries {
  private readonly db: Kysely<Database>;

  constructor(private readonly handle: DatabaseHandle) {
    this.db = handle.db;
  }

  private filtered(viewer: Viewer, filter: ReportFilter): SelectQueryBuilder<Database, 'report', object> {
    let query = this.db.selectFrom('report').where(visible(viewer));
    if (filter.country) query = query.where('report.country', '=', filter.country);
    if (filter.scamType) query = query.where('report.scam_type', '=', filter.scamType);
    if (filter.source) query = query.where('report.source', '=', filter.source);
    if (filter.originOrgId) query = query.where('report.origin_org_id', '=', filter.originOrgId);
    if (filter.since) query = query.where('report.reported_at', '>=', filter.since);
    if (filter.until) query = query.where('report.reported_at', '<', filter.until);
    return query;
  }

  /** Newest first; one row more than asked says whether there is a next page. */
  list(viewer: Viewer, filter: ReportFilter, limit: number, offset: number): Promise<ReportRow[]> {
    return this.filtered(viewer, filter)
      .selectAll('report')
      .orderBy('report.reported_at', 'desc')
      .orderBy('report.id')
      .limit(limit + 1)
      .offset(offset)
      .execute();
  }

  async overview(viewer: Viewer, filter: ReportFilter): Promise<Overview> {
    const base = () => this.filtered(viewer, filter);
    const count = (eb: ExpressionBuilder<Database, 'report'>) => eb.fn.countAll<number>().as('reports');
    const month = this.handle.month('report.reported_at');
    const [total, months, countries, scamTypes, losses] = await Promise.all([
      base().select(count).executeTakeFirst(),
      base()
        .select([month.as('month'), count])
        .groupBy(month)
        .orderBy(month)
        .execute(),
      base()
        .select(['report.country', count])
        .groupBy('report.country')
        .orderBy('reports', 'desc')
        .orderBy('report.country')
        .execute(),
      base()
        .select(['report.scam_type', count])
        .groupBy('report.scam_type')
        .orderBy('reports', 'desc')
        .execute(),
      base()
        .where('report.loss_currency', 'is not', null)
        .select((eb) => [
          'report.loss_currency',
          eb.fn.sum<number>('report.loss_amount').as('amount'),
          eb.fn.countAll<number>().as('reports'),
        ])
        .groupBy('report.loss_currency')
        .orderBy('reports', 'desc')
        .orderBy('report.loss_currency')
        .execute(),
    ]);
    return {
      reports: Number(total?.reports ?? 0),
      months: months.map((r) => ({ month: r.month, reports: Number(r.reports) })),
      countries: countries.map((r) => ({ country: r.country, reports: Number(r.reports) })),
      scam_types: scamTypes.map((r) => ({ scam_type: r.scam_type, reports: Number(r.reports) })),
      losses: losses.map((r) => ({
        currency: r.loss_currency!,
        amount: Number(r.amount),
        reports: Number(r.reports),
      })),
    };
  }
}
