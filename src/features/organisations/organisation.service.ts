import { type Actor, assertCan } from '../../domain/access/roles.js';
import { parseCountry } from '../../domain/countries.js';
import { JalaError } from '../../domain/errors.js';
import { organisationId } from '../../domain/ids.js';
import type { AuditService } from '../audit/audit.service.js';
import type { OrganisationRepository, OrganisationRow } from './organisation.repository.js';

export const SECTORS = ['police', 'fiu', 'bank', 'telco', 'platform', 'consular', 'social', 'other'] as const;

export interface OrganisationSpec {
  name: string;
  country: string;
  sector: string;
}

export class OrganisationService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly audit: AuditService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** An admin registers an organisation of this node (audited); registering it again changes nothing. */
  async register(spec: OrganisationSpec, actor: Actor): Promise<OrganisationRow> {
    assertCan(actor, 'organisations:manage');
    const existing = await this.organisations.findByName(spec.name.trim());
    const org = await this.ensure(spec, actor.orgId);
    if (!existing)
      await this.audit.record(
        actor,
        'organisation.create',
        { type: 'organisation', id: org.id },
        {
          name: org.name,
          country: org.country,
          sector: org.sector,
        },
      );
    return org;
  }

  /** Registers an organisation once (its id follows from its name) and returns it. */
  async ensure(spec: OrganisationSpec, registeredBy?: string): Promise<OrganisationRow> {
    const name = spec.name.trim();
    const country = parseCountry(spec.country);
    if (!name)
      throw new JalaError('invalid_input', 'organisation name is empty', [
        { field: 'name', reason: 'is empty' },
      ]);
    if (!country)
      throw new JalaError(
        'invalid_input',
        `organisation country ${JSON.stringify(spec.country)} is not ISO 3166-1 alpha-2`,
      );
    if (!(SECTORS as readonly string[]).includes(spec.sector)) {
      throw new JalaError('invalid_input', `organisation sector must be one of ${SECTORS.join(', ')}`);
    }
    const id = organisationId(name);
    const existing = await this.organisations.findById(id);
    if (existing) return existing;
    const now = this.clock().toISOString();
    const row: OrganisationRow = {
      id,
      origin_org_id: registeredBy ?? id,
      tlp: 'green',
      created_at: now,
      modified_at: now,
      name,
      country,
      sector: spec.sector,
    };
    await this.organisations.insertIfAbsent(row);
    return (await this.organisations.findById(id)) ?? row;
  }

  /** Finds an organisation by id or by name. */
  async resolve(idOrName: string): Promise<OrganisationRow> {
    const found =
      (await this.organisations.findById(idOrName)) ??
      (await this.organisations.findByName(idOrName.trim())) ??
      (await this.organisations.findById(organisationId(idOrName)));
    if (!found) throw new JalaError('not_found', `no organisation ${JSON.stringify(idOrName)}`);
    return found;
  }

  byIds(ids: readonly string[]): Promise<Map<string, OrganisationRow>> {
    return this.organisations.namesByIds(ids);
  }

  list(): Promise<OrganisationRow[]> {
    return this.organisations.list();
  }
}
