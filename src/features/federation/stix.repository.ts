import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { ReportRecord } from '../../domain/stix/mapping.js';

/** Reads for STIX export: reports in the order they changed, a page at a time, and their indicators. */
export class StixRepository {
  private readonly db: Kysely<Database>;

  constructor(handle: DatabaseHandle) {
    this.db = handle.db;
  }

  /** Reports changed at or after `since` (if given), with one of `tlps`, after the cursor, oldest change first. */
  reportsPage(options: {
    tlps: readonly string[];
    since: string | undefined;
    after: { modified_at: string; id: string } | undefined;
    /** Include the report at the cursor itself (its group was cut short). */
    include?: boolean | undefined;
    /** Only reports stored strictly after this time (TAXII's added_after). */
    addedAfter?: string | undefined;
    limit: number;
  }): Promise<ReportRecord[]> {
    let query = this.db
      .selectFrom('report')
      .select([
        'id',
        'origin_org_id',
        'tlp',
        'created_at',
        'modified_at',
        'source_ref',
        'reported_at',
        'country',
        'source',
        'scam_type',
        'loss_amount',
        'loss_currency',
      ])
      .where('tlp', 'in', [...options.tlps]);
    if (options.since) query = query.where('modified_at', '>=', options.since);
    if (options.addedAfter) query = query.where('modified_at', '>', options.addedAfter);
    const after = options.after;
    if (after)
      query = query.where((eb) =>
        eb.or([
          eb('modified_at', '>', after.modified_at),
          eb.and([
            eb('modified_at', '=', after.modified_at),
            eb('id', options.include ? '>=' : '>', after.id),
          ]),
        ]),
      );
    return query.orderBy('modified_at').orderBy('id').limit(options.limit).execute();
  }

  indicatorsOf(reportIds: readonly string[]) {
    if (reportIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('sighting')
      .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
      .select([
        'sighting.report_id',
        'indicator.kind',
        'indicator.value',
        'indicator.link_status',
        'indicator.link_reason',
        'indicator.modified_at',
      ])
      .where('sighting.report_id', 'in', [...reportIds])
      .execute();
  }
}
