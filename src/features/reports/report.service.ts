import { type Actor, assertCan } from '../../domain/access/roles.js';
import { canSee, viewerOf } from '../../domain/access/visibility.js';
import { type FieldProblem, JalaError } from '../../domain/errors.js';
import { extractIndicators } from '../../domain/extract/extract.js';
import { newReference } from '../../domain/reference.js';
import type { AuditService } from '../audit/audit.service.js';
import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import type { BatchLinker } from './report.linker.js';
import type { IndicatorReject } from './report.prepare.js';
import type { Overview, ReportFilter, ReportQueries } from './report.queries.js';
import type { ReportRepository, ReportRow, WriteGroup } from './report.repository.js';
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
  /**
   * Where the report's indicators are written in the narrative (UTF-16 offsets): the console highlights
   * them, as text, never as markup.
   */
  narrative_spans: { start: number; end: number; indicator_id: string }[];
  indicators: { id: string; kind: string; value: string; origin: string }[];
  created_at: string;
  modified_at: string;
}

/** What the public "report a scam" form sends: the minimum, in the reporter's words. */
export interface PublicReportForm {
  country: string;
  scam_type: string;
  reported_at?: string | undefined;
  loss?: { amount: number; currency: string } | undefined;
  narrative: string;
  indicators?: { value: string; kind?: string; bank?: string; provider?: string }[] | undefined;
  reporter?: { name?: string | undefined; contact?: string | undefined } | undefined;
  language: string;
}

export type ReportSummary = Omit<ReportView, 'narrative' | 'narrative_spans' | 'indicators' | 'created_at'>;

const OVERVIEW_TTL_MS = 60_000;

export class ReportService {
  private readonly writeListeners: (() => void)[] = [];
  private readonly overviews = new Map<string, { at: number; overview: Promise<Overview> }>();

  constructor(
    private readonly reports: ReportRepository,
    private readonly queries: ReportQueries,
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

  /**
   * Stores a batch prepared by `prepareSubmissions` (possibly on another thread) and completes its results:
   * in a transaction of its own, or in `group`, one shared with other batches (see `openWriteGroup`).
   */
  async store(batch: PreparedBatch, group?: WriteGroup): Promise<RecordResult[]> {
    const results = batch.results.slice();
    const now = new Date(batch.now).toISOString();
    const outcomes = group
      ? await group.write(batch.prepared, now, this.linker)
      : await this.reports.writeBatch(batch.prepared, now, this.linker);
    if (outcomes.some((o) => o !== 'unchanged')) {
      this.overviews.clear();
      for (const listener of this.writeListeners) listener();
    }
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

  /** A transaction for several batches to share, for bulk imports; its opener commits it. */
  openWriteGroup(): Promise<WriteGroup> {
    return this.reports.openGroup();
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

  /**
   * A report from the public form: source `public`, kept TLP:AMBER for the node's analysts (an unverified
   * report never reaches the public look-up by itself), under the node's organisation, identified by a fresh
   * reference number the reporter keeps. Only what the form asks is stored.
   */
  async submitPublic(
    form: PublicReportForm,
    context: { orgId: string; ip: string | undefined },
  ): Promise<{ reference: string; indicators: number; indicator_rejects: IndicatorReject[] }> {
    const reference = newReference('R');
    const contact = form.reporter?.contact?.trim();
    const name = form.reporter?.name?.trim();
    const record = {
      id: reference,
      reported_at: form.reported_at ?? this.clock().toISOString(),
      country: form.country,
      source: 'public',
      scam_type: form.scam_type,
      ...(form.loss ? { loss: form.loss } : {}),
      narrative: form.narrative,
      indicators: form.indicators ?? [],
      ...(contact || name
        ? { reporter: { ...(name ? { name } : {}), ...(contact ? { contact } : {}) } }
        : {}),
      tlp: 'amber',
    };
    const [result] = await this.submit([record], context.orgId);
    if (!result || result.status === 'rejected')
      throw new JalaError('invalid_input', 'the report could not be accepted', result?.problems ?? []);
    await this.audit.record(
      { kind: 'public', userId: undefined, orgId: context.orgId, label: 'public', ip: context.ip },
      'report.public_submit',
      { type: 'report', id: result.report_id! },
      { reference, language: form.language },
    );
    return {
      reference,
      indicators: result.indicators ?? 0,
      indicator_rejects: result.indicator_rejects ?? [],
    };
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
    const byValue = new Map(indicators.map((i) => [`${i.kind}|${i.value}`, i.indicator_id]));
    const narrative_spans = row.narrative
      ? extractIndicators(row.narrative, { country: row.country }).flatMap((found) => {
          const id = byValue.get(`${found.kind}|${found.value}`);
          return id ? [{ start: found.start, end: found.end, indicator_id: id }] : [];
        })
      : [];
    return {
      ...summary(row, org),
      narrative: row.narrative,
      narrative_spans,
      indicators: indicators.map((i) => ({
        id: i.indicator_id,
        kind: i.kind,
        value: i.value,
        origin: i.origin,
      })),
      created_at: row.created_at,
    };
  }

  /** Reports the actor may see, newest first, a page at a time. */
  async list(
    actor: Actor,
    filter: ReportFilter,
    page: { limit: number; offset: number },
  ): Promise<{ reports: ReportSummary[]; next_offset: number | null }> {
    assertCan(actor, 'reports:read');
    const rows = await this.queries.list(viewerOf(actor), filter, page.limit, page.offset);
    const shown = rows.slice(0, page.limit);
    const orgs = await this.organisations.namesByIds([...new Set(shown.map((r) => r.origin_org_id))]);
    return {
      reports: shown.map((row) => summary(row, orgs.get(row.origin_org_id))),
      next_offset: rows.length > page.limit ? page.offset + page.limit : null,
    };
  }

  /**
   * The dashboard's figures over the reports the actor may see: by month, country, scam type, and losses
   * per currency. Kept for a minute (and dropped on any write): it reads every visible report.
   */
  overview(actor: Actor, filter: ReportFilter = {}): Promise<Overview> {
    assertCan(actor, 'reports:read');
    const viewer = viewerOf(actor);
    const key = JSON.stringify([viewer, filter]);
    const cached = this.overviews.get(key);
    if (cached && this.clock().getTime() - cached.at < OVERVIEW_TTL_MS) return cached.overview;
    const overview = this.queries.overview(viewer, filter);
    this.overviews.set(key, { at: this.clock().getTime(), overview });
    overview.catch(() => this.overviews.delete(key));
    return overview;
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

function summary(
  row: ReportRow,
  org: { id: string; name: string; country: string } | undefined,
): ReportSummary {
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
    modified_at: row.modified_at,
  };
}
