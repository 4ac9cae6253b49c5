import { JalaError, type FieldProblem } from '../../domain/errors.js';
import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import { type IndicatorReject, type PreparedReport, prepareReport } from './report.prepare.js';
import type { ReportRepository } from './report.repository.js';
import { validateRecord } from './report.validate.js';

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
  constructor(
    private readonly reports: ReportRepository,
    private readonly organisations: OrganisationRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Validates, canonicalises and stores records submitted by one organisation. A bad record is a
   * `rejected` result, never an exception: it does not stop the records around it.
   */
  async submit(inputs: readonly unknown[], originOrgId: string): Promise<RecordResult[]> {
    const now = this.clock();
    const results: RecordResult[] = new Array(inputs.length);
    const prepared: PreparedReport[] = [];
    const preparedIndex: number[] = [];
    inputs.forEach((input, index) => {
      const checked = validateRecord(input, now.getTime());
      if (!checked.ok) {
        const id = (input as { id?: unknown } | null)?.id;
        results[index] = {
          index,
          ...(typeof id === 'string' ? { id } : {}),
          status: 'rejected',
          problems: checked.problems,
        };
        return;
      }
      prepared.push(prepareReport(checked.record, originOrgId));
      preparedIndex.push(index);
    });
    const outcomes = await this.reports.writeBatch(prepared, now.toISOString());
    outcomes.forEach((status, i) => {
      const report = prepared[i]!;
      const index = preparedIndex[i]!;
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

  async get(id: string): Promise<ReportView> {
    const row = await this.reports.findById(id);
    if (!row) throw new JalaError('not_found', `no report ${id}`);
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
      indicators: indicators.map((i) => ({ id: i.indicator_id, kind: i.kind, value: i.value, origin: i.origin })),
      created_at: row.created_at,
      modified_at: row.modified_at,
    };
  }

  count(): Promise<number> {
    return this.reports.count();
  }
}
