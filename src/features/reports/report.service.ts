import { type Actor, assertCan } from '../../domain/access/roles.js';
import { canSee } from '../../domain/access/visibility.js';
import { type FieldProblem, JalaError } from '../../domain/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import type { BatchLinker } from './report.linker.js';
import type { IndicatorReject } from './report.prepare.js';
import type { ReportRepository } from './report.repository.js';
import { type PreparedBatch, prepareSubmissions } from './report.submissions.js';

export type RecordStatus = 'imported' | 'updated' | 'unchanged' | 'rejected';

/** What happened to one submitted record: the same shape for the importer and the HTTP API. */
export interface RecordResult {
  index: number;
  /** The source's own id, when the record had a readable one. */
  id?: string;
  status: RecordStatus;
  report_id?: string;
  indicators?: number;
  problems?: FieldProblem[];
  indicator_rejects?: IndicatorReject[];
}

export interface ReportView {
  id: string;
  source_ref: string;
  organisation: { id: string; name: string; country: string } | null;
  tlp: string;
  reported_at: string;
  country: string;
  source: string;
  scam_type: string;
  loss: { amount: number; currency: string } | null;
  narrative: string | null;
  indicators: { id: string; kind: string; value: string; origin: string }[];
  created_at: string;
  modified_at: string;
}

export class ReportService {
  private readonly writeListeners: (() => void)[] = [];

  constructor(
    private readonly reports: ReportRepository,
    private readonly organisations: OrganisationRepository,
    private readonly audit: AuditService,
    private readonly clock: () => Date = () => new Date(),
    private readonly linker?: BatchLinker,
  ) {}

  /** Lets other services hear that reports were written (to drop what they derived from the old ones). */
  onWrite(listener: () => void): void {
    this.writeListeners.push(listener);
  }

  /**
   * Validates, canonicalises and stores records submitted by one organisation. A bad record is a
   * `rejected` result, never an exception: it does not stop the records around it.
   */
  async submit(inputs: readonly unknown[], originOrgId: string): Promise<RecordResult[]> {
    return this.store(prepareSubmissions(inputs, originOrgId, this.clock().getTime()));
  }

  /** Stores a batch prepared by `prepareSubmissions` (possibly on another thread) and completes its results. */
  async store(batch: PreparedBatch): Promise<RecordResult[]> {
    const results = batch.results.slice();
    const outcomes = await this.reports.writeBatch(
      batch.prepared,
      new Date(batch.now).toISOString(),
      this.linker,
    );
    if (outcomes.some((o) => o !== 'unchanged')) for (const listener of this.writeListeners) listener();
    outcomes.forEach((status, i) => {
      const report = batch.prepared[i]!;
      const index = batch.preparedIndex[i]!;
      results[index] = {
        index,
        id: report.sourceRef,
        status,
        report_id: report.id,
        indicators: report.indicators.length,
        ...(report.indicatorRejects.length > 0 ? { indicator_rejects: report.indicatorRejects } : {}),
      };
    });
    return results;
  }

  /**
   * Records submitted by someone over the API: stored as their organisation's, and audited (one entry per
   * request, naming the reports it created or changed).
   */
  async submitAs(inputs: readonly unknown[], actor: Actor): Promise<RecordResult[]> {
    assertCan(actor, 'reports:submit');
    const results = await this.submit(inputs, actor.orgId);
    const counts: Record<string, number> = {};
    for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
    const changed = results.filter((r) => r.status === 'imported' || r.status === 'updated');
    await this.audit.record(actor, 'report.submit', undefined, {
      counts,
      reports: changed.slice(0, 100).map((r) => r.report_id),
      ...(changed.length > 100 ? { more: changed.length - 100 } : {}),
    });
    return results;
  }

  /** A report, if the actor's organisation may see it (TLP and ownership); otherwise it does not exist. */
  async get(id: string, actor: Actor): Promise<ReportView> {
    const row = await this.reports.findById(id);
    if (!row || !canSee(actor, row)) throw new JalaError('not_found', `no report ${id}`);
    const [indicators, orgs] = await Promise.all([
      this.reports.indicatorsOf(id),
      this.organisations.namesByIds([row.origin_org_id]),
    ]);
    const org = orgs.get(row.origin_org_id);
    return {
      id: row.id,
      source_ref: row.source_ref,
      organisation: org ? { id: org.id, name: org.name, country: org.country } : null,
      tlp: row.tlp,
      reported_at: row.reported_at,
      country: row.country,
      source: row.source,
      scam_type: row.scam_type,
      loss:
        row.loss_amount !== null && row.loss_currency !== null
          ? { amount: row.loss_amount, currency: row.loss_currency }
          : null,
      narrative: row.narrative,
      indicators: indicators.map((i) => ({
        id: i.indicator_id,
        kind: i.kind,
        value: i.value,
        origin: i.origin,
      })),
      created_at: row.created_at,
      modified_at: row.modified_at,
    };
  }

  /** The reporter's personal data: only for roles that contact reporters, and every read is audited. */
  async reporter(
    id: string,
    actor: Actor,
  ): Promise<{ report_id: string; name: string | null; contact: string | null }> {
    assertCan(actor, 'reporters:read');
    const row = await this.reports.findById(id);
    if (!row || !canSee(actor, row)) throw new JalaError('not_found', `no report ${id}`);
    const reporter = await this.reports.reporterOf(id);
    await this.audit.record(
      actor,
      'reporter.read',
      { type: 'report', id },
      { found: reporter !== undefined },
    );
    return { report_id: id, name: reporter?.name ?? null, contact: reporter?.contact ?? null };
  }

  count(): Promise<number> {
    return this.reports.count();
  }
}
