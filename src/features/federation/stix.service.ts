import { type Actor, assertCan } from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import { extensionDefinitions, JALA_IDENTITY } from '../../domain/stix/extensions.js';
import {
  identityOf,
  locationOf,
  observableWithStatus,
  reportOf,
  type StixObject,
} from '../../domain/stix/mapping.js';
import { tlpMarking } from '../../domain/stix/markings.js';
import { parseTlp, type Tlp } from '../../domain/tlp.js';
import type { AuditService } from '../audit/audit.service.js';
import type { OrganisationService } from '../organisations/organisation.service.js';
import type { StixRepository } from './stix.repository.js';

/** TLP:RED and TLP:AMBER+STRICT never leave the node, in any export. */
export const EXPORTABLE: readonly Tlp[] = ['clear', 'green', 'amber'];
const PAGE = 1000;

/**
 * STIX 2.1 out of the node: a stream of objects (the caller writes them as a bundle), in the order reports
 * changed, each report preceded by the observables it is the first to mention. Memory holds one page of
 * reports and the ids of the objects already written.
 */
export class StixService {
  constructor(
    private readonly stix: StixRepository,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
  ) {}

  /** Parses `--tlp clear,green,amber`: only levels allowed to leave the node. */
  static exportLevels(raw: string | undefined): Tlp[] {
    if (!raw) return [...EXPORTABLE];
    const levels = raw.split(',').map((level) => {
      const tlp = parseTlp(level);
      if (!tlp) throw new JalaError('invalid_input', `${JSON.stringify(level)} is not a TLP level`);
      if (!EXPORTABLE.includes(tlp))
        throw new JalaError('forbidden', `TLP:${tlp.toUpperCase()} records never leave the node`);
      return tlp;
    });
    return [...new Set(levels)];
  }

  async *export(
    options: { since?: string | undefined; tlps: readonly Tlp[] },
    actor: Actor,
  ): AsyncGenerator<StixObject> {
    assertCan(actor, 'reports:read');
    let reports = 0;
    yield { ...JALA_IDENTITY };
    for (const definition of extensionDefinitions()) yield definition;
    for (const tlp of options.tlps) yield { ...tlpMarking(tlp) };
    for (const org of await this.organisations.list()) yield identityOf(org);
    const written = new Set<string>();
    let after: { modified_at: string; id: string } | undefined;
    for (;;) {
      const page = await this.stix.reportsPage({
        tlps: options.tlps,
        since: options.since,
        after,
        limit: PAGE,
      });
      if (page.length === 0) break;
      const byReport = new Map<string, string[]>();
      for (const row of await this.stix.indicatorsOf(page.map((r) => r.id))) {
        const sco = observableWithStatus(row);
        if (!written.has(sco.id)) {
          written.add(sco.id);
          yield sco;
        }
        const ids = byReport.get(row.report_id) ?? [];
        ids.push(sco.id);
        byReport.set(row.report_id, ids);
      }
      for (const report of page) {
        const location = locationOf(report.country);
        if (!written.has(location.id)) {
          written.add(location.id);
          yield location;
        }
        reports += 1;
        yield reportOf(report, byReport.get(report.id) ?? []);
      }
      const last = page[page.length - 1]!;
      after = { modified_at: last.modified_at, id: last.id };
    }
    await this.audit.record(actor, 'stix.export', undefined, {
      reports,
      tlps: options.tlps,
      ...(options.since ? { since: options.since } : {}),
    });
  }
}
