import { randomUUID } from 'node:crypto';
import { type Actor, assertCan } from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import { newReference } from '../../domain/reference.js';
import type { AuditActor, AuditService } from '../audit/audit.service.js';
import type { ClusterService } from '../correlation/cluster.service.js';
import type { IndicatorService } from '../indicators/indicator.service.js';
import type { AppealRepository, AppealRow } from './appeal.repository.js';

export interface AppealInput {
  value: string;
  kind?: string | undefined;
  bank?: string | undefined;
  provider?: string | undefined;
  country?: string | undefined;
  name: string;
  contact: string;
  statement: string;
  language: string;
}

/**
 * Appeals against a listing: anyone may file one for a listed value, with a reference number to follow it;
 * the organisation that owns the listing reviews it. Clearing takes the value out of linking and the public
 * look-up says it was cleared. Every step is audited; the appellant's contact details only reach reviewers.
 */
export class AppealService {
  constructor(
    private readonly appeals: AppealRepository,
    private readonly indicators: IndicatorService,
    private readonly clusters: ClusterService,
    private readonly audit: AuditService,
    private readonly nodeOrgId: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async submit(input: AppealInput, ip: string | undefined): Promise<{ reference: string; status: string }> {
    const { id: indicatorId, value } = this.indicators.identify({
      value: input.value,
      country: input.country,
      kind: input.kind,
      qualifier: { bank: input.bank, provider: input.provider },
    });
    const indicator = await this.indicators.record(indicatorId);
    if (!indicator)
      throw new JalaError('not_found', `${value} is not listed here: there is nothing to appeal`, [
        { field: 'value', reason: 'no reports of this value' },
      ]);
    const contact = input.contact.trim();
    const actor: AuditActor = {
      kind: 'public',
      userId: undefined,
      orgId: this.nodeOrgId,
      label: 'public',
      ip,
    };
    const existing = await this.appeals.findOpen(indicatorId, contact);
    if (existing) return { reference: existing.reference, status: existing.status };
    const row = {
      id: randomUUID(),
      reference: newReference('A'),
      indicator_id: indicatorId,
      owner_org_id: indicator.origin_org_id,
      status: 'open' as const,
      appellant_name: input.name.trim(),
      appellant_contact: contact,
      statement: input.statement.trim(),
      language: input.language,
      created_at: this.clock().toISOString(),
      decided_at: null,
      decided_by: null,
      decision_reason: null,
    };
    await this.appeals.insert(row);
    await this.audit.record(
      actor,
      'appeal.submit',
      { type: 'appeal', id: row.id },
      {
        reference: row.reference,
        indicator_id: indicatorId,
      },
    );
    return { reference: row.reference, status: row.status };
  }

  /** What the public learns from a reference number: the state of the appeal, nothing else. */
  async status(
    reference: string,
  ): Promise<{ reference: string; status: string; submitted_at: string; decided_at: string | null }> {
    const row = await this.appeals.findByReference(reference.trim().toUpperCase());
    if (!row) throw new JalaError('not_found', `no appeal ${JSON.stringify(reference)}`);
    return {
      reference: row.reference,
      status: row.status,
      submitted_at: row.created_at,
      decided_at: row.decided_at,
    };
  }

  /** The appeals against the reviewer's organisation's listings (without the appellants' contact details). */
  async list(actor: Actor, status: string | undefined, page: { limit: number; offset: number }) {
    assertCan(actor, 'appeals:review');
    const rows = await this.appeals.list(actor.orgId, status, page.limit, page.offset);
    return rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      status: r.status,
      indicator: { id: r.indicator_id, kind: r.kind, value: r.value },
      statement: r.statement,
      language: r.language,
      created_at: r.created_at,
      decided_at: r.decided_at,
      decision_reason: r.decision_reason,
    }));
  }

  /** One appeal with the appellant's name and contact (personal data: the read is audited). */
  async get(id: string, actor: Actor) {
    assertCan(actor, 'appeals:review');
    const row = await this.own(id, actor);
    await this.audit.record(actor, 'appeal.read', { type: 'appeal', id });
    return view(row);
  }

  async decide(id: string, decision: 'uphold' | 'clear', reason: string, actor: Actor) {
    assertCan(actor, 'appeals:review');
    const row = await this.own(id, actor);
    if (row.status !== 'open')
      throw new JalaError('conflict', `appeal ${row.reference} was already decided (${row.status})`);
    const why = reason.trim();
    if (!why)
      throw new JalaError('invalid_input', 'a decision needs a reason', [
        { field: 'reason', reason: 'is empty' },
      ]);
    if (decision === 'clear')
      await this.clusters.clear(row.indicator_id, `cleared after appeal ${row.reference}: ${why}`, actor);
    const now = this.clock().toISOString();
    await this.appeals.update(id, {
      status: decision === 'clear' ? 'cleared' : 'upheld',
      decided_at: now,
      decided_by: actor.userId ?? actor.label,
      decision_reason: why,
    });
    this.indicators.reportsChanged();
    await this.audit.record(
      actor,
      'appeal.decide',
      { type: 'appeal', id },
      { decision, reason: why, reference: row.reference },
    );
    return view((await this.appeals.findById(id))!);
  }

  /** An appeal the reviewer's organisation owns; others' do not exist for them. */
  private async own(id: string, actor: Actor): Promise<AppealRow> {
    const row = await this.appeals.findById(id);
    if (!row || (row.owner_org_id !== actor.orgId && actor.kind !== 'cli' && actor.kind !== 'system'))
      throw new JalaError('not_found', `no appeal ${JSON.stringify(id)}`);
    return row;
  }
}

function view(row: AppealRow) {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    indicator_id: row.indicator_id,
    appellant: { name: row.appellant_name, contact: row.appellant_contact },
    statement: row.statement,
    language: row.language,
    created_at: row.created_at,
    decided_at: row.decided_at,
    decision_reason: row.decision_reason,
  };
}
