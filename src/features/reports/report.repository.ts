import type { Insertable, Kysely, Selectable } from 'kysely';
import { chunkRows } from '../../db/batch.js';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database, ReportTable, SightingTable } from '../../db/schema.js';
import type { BatchLinker, LinkedBatch } from './report.linker.js';
import type { PreparedReport } from './report.prepare.js';

export type WriteOutcome = 'imported' | 'updated' | 'unchanged';

export type ReportRow = Selectable<ReportTable>;

export interface ReportIndicatorRow {
  indicator_id: string;
  kind: string;
  value: string;
  origin: string;
}

/**
 * One write transaction shared by several batches (a bulk import commits every so many records instead of
 * every batch). Its opener commits it, or rolls it back on failure; until then it holds SQLite's write lock.
 */
export interface WriteGroup {
  write(reports: readonly PreparedReport[], now: string, linker?: BatchLinker): Promise<WriteOutcome[]>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export class ReportRepository {
  private readonly db: Kysely<Database>;
  private readonly maxParameters: number;
  private readonly insertMany: DatabaseHandle['insertMany'];

  constructor(handle: DatabaseHandle) {
    this.db = handle.db;
    this.maxParameters = handle.columnTypes.maxParameters;
    this.insertMany = handle.insertMany;
  }

  /**
   * Writes a batch of prepared reports in one transaction and says, per report, what happened.
   * Unchanged reports (same content hash) are not touched; changed ones have their sightings replaced.
   */
  async writeBatch(
    reports: readonly PreparedReport[],
    now: string,
    linker?: BatchLinker,
  ): Promise<WriteOutcome[]> {
    if (reports.length === 0) return [];
    return this.db.transaction().execute((trx) => this.writeIn(trx, reports, now, linker));
  }

  /** Opens a transaction that batches write into until it is committed (see `WriteGroup`). */
  async openGroup(): Promise<WriteGroup> {
    const trx = await this.db.startTransaction().execute();
    return {
      write: async (reports, now, linker) =>
        reports.length === 0 ? [] : this.writeIn(trx, reports, now, linker),
      commit: () => trx.commit().execute(),
      rollback: () => trx.rollback().execute(),
    };
  }

  private async writeIn(
    trx: Kysely<Database>,
    reports: readonly PreparedReport[],
    now: string,
    linker: BatchLinker | undefined,
  ): Promise<WriteOutcome[]> {
    const existing = new Map<string, string>();
    const clusterBefore = new Map<string, string | null>();
    for (const ids of chunkRows(
      reports.map((r) => ({ id: r.id })),
      this.maxParameters,
    )) {
      const rows = await trx
        .selectFrom('report')
        .select(['id', 'content_hash', 'cluster_id'])
        .where(
          'id',
          'in',
          ids.map((r) => r.id),
        )
        .execute();
      for (const row of rows) {
        existing.set(row.id, row.content_hash);
        clusterBefore.set(row.id, row.cluster_id);
      }
    }

    const outcomes: WriteOutcome[] = [];
    const toInsert: PreparedReport[] = [];
    const toReplace: PreparedReport[] = [];
    const seenInBatch = new Map<string, PreparedReport>();
    for (const report of reports) {
      const previousInBatch = seenInBatch.get(report.id);
      const storedHash = previousInBatch ? previousInBatch.contentHash : existing.get(report.id);
      if (storedHash === undefined) {
        toInsert.push(report);
        outcomes.push('imported');
      } else if (storedHash === report.contentHash) {
        outcomes.push('unchanged');
        continue;
      } else {
        // The same source id twice in one batch: the later line wins, as it would across batches.
        if (!previousInBatch) toReplace.push(report);
        else {
          const list = toInsert.includes(previousInBatch) ? toInsert : toReplace;
          list.splice(list.indexOf(previousInBatch), 1, report);
        }
        outcomes.push('updated');
      }
      seenInBatch.set(report.id, report);
    }

    const written = [...toInsert, ...toReplace];
    const replaced = new Map(toReplace.map((r) => [r.id, clusterBefore.get(r.id) ?? null]));
    const linked =
      linker && written.length > 0 ? await linker.prepare(trx, written, replaced, now) : undefined;

    if (toReplace.length > 0) {
      for (const chunk of chunkRows(
        toReplace.map((r) => ({ id: r.id })),
        this.maxParameters,
      )) {
        const ids = chunk.map((r) => r.id);
        await trx.deleteFrom('sighting').where('report_id', 'in', ids).execute();
        await trx.deleteFrom('reporter').where('report_id', 'in', ids).execute();
      }
      for (const report of toReplace) {
        const { id, created_at: _created, ...changes } = reportRow(report, now, linked);
        await trx.updateTable('report').set(changes).where('id', '=', id).execute();
      }
    }

    await this.insertMany(
      trx,
      'report',
      toInsert.map((r) => reportRow(r, now, linked)),
    );
    await this.insertMany(
      trx,
      'reporter',
      written.flatMap((r) =>
        r.reporter
          ? [
              {
                id: r.reporter.id,
                origin_org_id: r.originOrgId,
                // Personal data is never shared beyond the organisation that holds it.
                tlp: 'red',
                created_at: now,
                modified_at: now,
                report_id: r.id,
                name: r.reporter.name,
                contact: r.reporter.contact,
              },
            ]
          : [],
      ),
    );

    const indicators = new Map<string, Insertable<Database['indicator']>>();
    const sightings: Insertable<SightingTable>[] = [];
    for (const report of written) {
      for (const indicator of report.indicators) {
        if (!indicators.has(indicator.id)) {
          indicators.set(indicator.id, {
            id: indicator.id,
            origin_org_id: report.originOrgId,
            tlp: report.tlp,
            created_at: now,
            modified_at: now,
            kind: indicator.kind,
            value: indicator.value,
            details: indicator.details ? JSON.stringify(indicator.details) : null,
            ...(linked?.indicators.get(indicator.id) ?? UNLINKED),
          });
        }
        sightings.push({
          id: indicator.sightingId,
          origin_org_id: report.originOrgId,
          tlp: report.tlp,
          created_at: now,
          modified_at: now,
          indicator_id: indicator.id,
          report_id: report.id,
          country: report.country,
          seen_at: report.reportedAt,
          origin: indicator.origin,
          scam_type: report.scamType,
          loss_amount: report.lossAmount,
          loss_currency: report.lossCurrency,
        });
      }
    }
    await this.insertMany(trx, 'indicator', [...indicators.values()], {
      ignoreConflictOn: ['kind', 'value'],
    });
    await this.insertMany(trx, 'sighting', sightings);
    await linked?.after();
    return outcomes;
  }

  async findById(id: string): Promise<ReportRow | undefined> {
    return this.db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async findBySourceRef(originOrgId: string, sourceRef: string): Promise<ReportRow | undefined> {
    return this.db
      .selectFrom('report')
      .selectAll()
      .where('origin_org_id', '=', originOrgId)
      .where('source_ref', '=', sourceRef)
      .executeTakeFirst();
  }

  async indicatorsOf(reportIdValue: string): Promise<ReportIndicatorRow[]> {
    return this.db
      .selectFrom('sighting')
      .innerJoin('indicator', 'indicator.id', 'sighting.indicator_id')
      .select(['indicator.id as indicator_id', 'indicator.kind', 'indicator.value', 'sighting.origin'])
      .where('sighting.report_id', '=', reportIdValue)
      .orderBy('indicator.kind')
      .orderBy('indicator.value')
      .execute();
  }

  async reporterOf(
    reportIdValue: string,
  ): Promise<{ name: string | null; contact: string | null } | undefined> {
    return this.db
      .selectFrom('reporter')
      .select(['name', 'contact'])
      .where('report_id', '=', reportIdValue)
      .executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('report')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/** An indicator written while linking is switched off: it links once clusters are rebuilt. */
const UNLINKED = { cluster_id: null, link_status: 'linked', link_reason: null } as const;

function reportRow(
  report: PreparedReport,
  now: string,
  linked: LinkedBatch | undefined,
): Insertable<ReportTable> & { id: string } {
  return {
    id: report.id,
    origin_org_id: report.originOrgId,
    tlp: report.tlp,
    created_at: now,
    modified_at: now,
    source_ref: report.sourceRef,
    reported_at: report.reportedAt,
    country: report.country,
    source: report.source,
    scam_type: report.scamType,
    loss_amount: report.lossAmount,
    loss_currency: report.lossCurrency,
    narrative: report.narrative,
    content_hash: report.contentHash,
    cluster_id: linked?.clusterOf.get(report.id) ?? null,
  };
}
