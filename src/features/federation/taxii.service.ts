import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Actor, assertCan } from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import { uuidV5 } from '../../domain/ids.js';
import {
  identityOf,
  locationOf,
  observableWithStatus,
  reportOf,
  type StixObject,
} from '../../domain/stix/mapping.js';
import type { Tlp } from '../../domain/tlp.js';
import type { OrganisationService } from '../organisations/organisation.service.js';
import type { StixImportService } from './stix.import.js';
import type { StixRepository } from './stix.repository.js';

/**
 * A TAXII 2.1 view of the node. Collections are defined by how far their content may travel (TLP 2.0):
 * `community` holds TLP:CLEAR and GREEN reports, for every authenticated peer; `amber` the TLP:AMBER ones, for
 * the organisations named in an agreement (JALA_AMBER_PARTNERS); `inbox` takes what peers push. TLP:RED and
 * AMBER+STRICT are in no collection. A partner reads both `community` and `amber`: no report is in two. Objects are read from the reports in the order they changed on this
 * node: each report travels as a group (its observables, its country, its creator, then the report), and a
 * report's "date added" is when this node last stored it.
 */
export interface Collection {
  id: string;
  title: string;
  description: string;
  can_read: boolean;
  can_write: boolean;
  media_types: string[];
}

export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
const DEFS = [
  {
    key: 'community',
    tlps: ['clear', 'green'] as Tlp[],
    title: 'Community (TLP:CLEAR and TLP:GREEN)',
    write: false,
  },
  {
    key: 'amber',
    tlps: ['amber'] as Tlp[],
    title: 'Agreement partners (TLP:AMBER)',
    write: false,
  },
  { key: 'inbox', tlps: [] as Tlp[], title: 'Inbox: intelligence pushed by peers', write: true },
];
export const collectionId = (key: string): string => uuidV5(`taxii-collection|${key}`);

interface Cursor {
  /** modified_at and id of the report whose group is under way, and how many of its objects were sent. */
  m: string;
  i: string;
  s: number;
}
const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decode(next: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(next, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.m === 'string' && typeof c.i === 'string' && Number.isInteger(c.s)) return c;
  } catch {}
  throw new JalaError('invalid_input', 'next is not a value this server gave', [
    { field: 'next', reason: 'unknown cursor' },
  ]);
}

export interface ObjectQuery {
  addedAfter?: string | undefined;
  limit: number;
  next?: string | undefined;
  ids?: string[] | undefined;
  types?: string[] | undefined;
  versions?: string[] | undefined;
  specVersions?: string[] | undefined;
}

export interface Page {
  objects: (StixObject & { _dateAdded: string })[];
  more: boolean;
  next?: string;
}

/** Reports scanned at most for one request when filters discard most of them. */
const MAX_SCAN = 20_000;
const REPORTS_PER_READ = 500;

export class TaxiiService {
  private readonly statuses = new Map<string, Record<string, unknown>>();

  constructor(
    private readonly stix: StixRepository,
    private readonly organisations: OrganisationService,
    private readonly importer: StixImportService,
    private readonly amberPartners: readonly string[],
  ) {}

  async collections(actor: Actor): Promise<Collection[]> {
    const partner = await this.isPartner(actor);
    return DEFS.map((d) => ({
      id: collectionId(d.key),
      title: d.title,
      description: d.write
        ? 'POST objects here (as a TAXII envelope): they enter this node like an import.'
        : `Reports marked ${d.tlps.map((t) => `TLP:${t.toUpperCase()}`).join(', ')}, with their observables.`,
      can_read: !d.write && (d.key !== 'amber' || partner),
      can_write: d.write,
      media_types: [STIX_MEDIA_TYPE],
    }));
  }

  async collection(id: string, actor: Actor): Promise<Collection> {
    const found = (await this.collections(actor)).find((c) => c.id === id);
    if (!found) throw new JalaError('not_found', `no collection ${id}`);
    return found;
  }

  private async isPartner(actor: Actor): Promise<boolean> {
    if (actor.kind === 'cli' || actor.kind === 'system') return true;
    const org = await this.organisations.resolve(actor.orgId);
    return this.amberPartners.some((p) => p === org.id || p.toLowerCase() === org.name.toLowerCase());
  }

  private async readable(id: string, actor: Actor): Promise<Tlp[]> {
    assertCan(actor, 'reports:read');
    const collection = await this.collection(id, actor);
    if (!collection.can_read)
      throw new JalaError('forbidden', `collection ${id} cannot be read with this account`);
    return DEFS.find((d) => collectionId(d.key) === id)!.tlps;
  }

  /** One page of a collection's objects, at most `limit`, with a cursor for the rest. */
  async objects(collection: string, query: ObjectQuery, actor: Actor): Promise<Page> {
    const tlps = await this.readable(collection, actor);
    let cursor = query.next ? decode(query.next) : undefined;
    // Resuming: the report at the cursor is read again, and the objects of its group already sent skipped.
    let resuming = cursor !== undefined;
    const out: Page['objects'] = [];
    // Reports share observables, countries and creators: a page carries each object version once (an
    // observable, which has no versions, once). A later page may carry it again, as the same version.
    const sent = new Set<string>();
    let scanned = 0;
    const keep = (o: StixObject) =>
      (!query.types || query.types.includes(o.type)) &&
      (!query.ids || query.ids.includes(o.id)) &&
      (!query.specVersions || query.specVersions.includes('2.1'));
    for (;;) {
      const reports = await this.stix.reportsPage({
        tlps,
        since: undefined,
        after: cursor ? { modified_at: cursor.m, id: cursor.i } : undefined,
        include: resuming,
        addedAfter: query.addedAfter,
        limit: REPORTS_PER_READ,
      });
      resuming = false;
      if (reports.length === 0) return { objects: out, more: false };
      const byReport = new Map<string, StixObject[]>();
      for (const row of await this.stix.indicatorsOf(reports.map((r) => r.id))) {
        const scos = byReport.get(row.report_id) ?? [];
        scos.push(observableWithStatus(row));
        byReport.set(row.report_id, scos);
      }
      // Only the creators of this read's reports (not every organisation of the node, on every request).
      const orgs = await this.organisations.byIds([...new Set(reports.map((r) => r.origin_org_id))]);
      for (const report of reports) {
        const skip = cursor && cursor.m === report.modified_at && cursor.i === report.id ? cursor.s : 0;
        const scos = (byReport.get(report.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
        const org = orgs.get(report.origin_org_id);
        const group: StixObject[] = [
          ...scos,
          locationOf(report.country),
          ...(org ? [identityOf(org)] : []),
          reportOf(
            report,
            scos.map((s) => s.id),
          ),
        ];
        const latest = (versions: string[] | undefined, o: StixObject) =>
          !versions ||
          versions.includes('all') ||
          versions.includes('last') ||
          versions.includes('first') ||
          versions.includes(String(o.modified ?? report.modified_at));
        for (let k = skip; k < group.length; k++) {
          const object = group[k]!;
          if (!keep(object) || !latest(query.versions, object)) continue;
          const version = `${object.id}|${object.modified ?? ''}`;
          if (sent.has(version)) continue;
          if (out.length === query.limit) {
            return { objects: out, more: true, next: encode({ m: report.modified_at, i: report.id, s: k }) };
          }
          sent.add(version);
          out.push({ ...object, _dateAdded: report.modified_at });
        }
        cursor = { m: report.modified_at, i: report.id, s: 0 };
        scanned += 1;
        if (scanned >= MAX_SCAN && out.length > 0)
          return {
            objects: out,
            more: true,
            next: encode({ m: report.modified_at, i: report.id, s: group.length }),
          };
      }
      cursor = { ...cursor!, s: 0 };
    }
  }

  /** Objects pushed by a peer: imported as a STIX bundle, answered with a TAXII status resource. */
  async add(collection: string, objects: unknown[], actor: Actor) {
    assertCan(actor, 'reports:submit');
    const target = await this.collection(collection, actor);
    if (!target.can_write)
      throw new JalaError('forbidden', `collection ${collection} does not accept objects`);
    const file = join(tmpdir(), `jala-taxii-${randomUUID()}.json`);
    const requested = new Date().toISOString();
    await writeFile(file, JSON.stringify({ type: 'bundle', id: `bundle--${randomUUID()}`, objects }));
    try {
      const summary = await this.importer.importFile(file, {
        orgId: actor.orgId,
        actor,
        federated: 'pushed',
      });
      const status = {
        id: randomUUID(),
        status: 'complete',
        request_timestamp: requested,
        total_count: objects.length,
        // Reports refused and objects not understood failed; everything else was stored or already there.
        success_count: objects.length - summary.rejected - summary.ignored,
        failure_count: summary.rejected + summary.ignored,
        pending_count: 0,
      };
      this.statuses.set(status.id, { ...status, owner: actor.orgId });
      return status;
    } finally {
      await rm(file, { force: true });
      await rm(`${file}.rejects.jsonl`, { force: true });
    }
  }

  status(id: string, actor: Actor) {
    const status = this.statuses.get(id);
    if (!status || status.owner !== actor.orgId) throw new JalaError('not_found', `no status ${id}`);
    const { owner: _owner, ...rest } = status;
    return rest;
  }
}
