import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Actor } from '../../domain/access/roles.js';
import { assertCan } from '../../domain/access/roles.js';
import type { RawIndicator } from '../../domain/indicators/types.js';
import {
  clearanceOf,
  indicatorOfObservable,
  indicatorOfPattern,
  indicatorsOfMisp,
  type MispAttribute,
  type Stix,
  scamFactsOf,
  tlpOf,
  tlpOfTags,
} from '../../domain/stix/reverse.js';
import type { AuditService } from '../audit/audit.service.js';
import { RejectsWriter } from '../imports/rejects.writer.js';
import type { OrganisationService } from '../organisations/organisation.service.js';
import type { RecordResult, ReportService } from '../reports/report.service.js';
import { bundleObjects, sniffFormat } from './stix.source.js';
import type { StixStaging } from './stix.staging.js';

export interface StixImportSummary {
  file: string;
  format: 'stix' | 'misp';
  objects: number;
  /** Objects read but not understood (a type Jala does not map, an observable with no usable value). */
  ignored: number;
  reports: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  indicators_rejected: number;
  rejectsFile: string | null;
}

type ImportRecord = Record<string, unknown> & { id: string; indicators: RawIndicator[] };

export interface StixImportOptions {
  /** The organisation the objects come from when they name no creator (and who registers new ones). */
  orgId: string;
  actor: Actor;
  /**
   * Objects that arrive from another node, pushed to the inbox by a peer's account (`orgId` is its
   * organisation) or pulled from a peer (`orgId` is this node's), rather than from this node's operator.
   * Such a source may attribute reports to the organisations it introduced (new ones it names become its
   * own to speak for) and a pushing account to its own organisation; never to this node's other
   * organisations nor to those another source introduced: otherwise a peer could rewrite a local report
   * just by naming its organisation as the creator.
   */
  federated?: 'pushed' | 'pulled';
  onProgress?: (objects: number) => void;
}
const BATCH = 1000;
/** Staged rows written at once, and objects resolved at once in the second pass. */
const STAGE = 5000;
const PASS_BATCH = 1000;
/** Objects read for what they are, not for a value: definitions, and relationships between what is mapped. */
const UNDERSTOOD_WITHOUT_VALUE = new Set([
  'marking-definition',
  'extension-definition',
  'relationship',
  'sighting',
]);
const isReport = (o: Stix) => o.type === 'report' || o.type === 'grouping' || o.type === 'observed-data';

/** Whether objects from this source may be attributed to `org` (see {@link StixImportOptions.federated}). */
function maySpeakFor(org: { id: string; origin_org_id: string }, options: StixImportOptions): boolean {
  if (!options.federated) return true;
  if (org.id === options.orgId) return options.federated === 'pushed';
  return org.origin_org_id === options.orgId;
}

/** STIX industry sectors back to Jala's organisation sectors. */
function sectorOf(identity: Stix): { sector: string; country: string | undefined } {
  // Jala writes "<sector> · <country>" in the description; others give STIX sectors.
  const described = /^([a-z]+) · ([A-Z]{2})$/.exec(String(identity.description ?? ''));
  if (described) return { sector: described[1]!, country: described[2] };
  const sectors = (identity.sectors as string[] | undefined) ?? [];
  const sector = sectors.some((s) => s === 'financial-services')
    ? 'bank'
    : sectors.some((s) => s === 'telecommunications')
      ? 'telco'
      : sectors.some((s) => s === 'technology')
        ? 'platform'
        : sectors.some((s) => s.startsWith('government'))
          ? 'police'
          : 'other';
  return { sector, country: undefined };
}

/**
 * Imports a STIX 2.1 bundle or a MISP event with the importer's guarantees: every value through the
 * canonicaliser, idempotent (a report keeps its source's id under its organisation: importing twice changes
 * nothing), bad records to FILE.rejects.jsonl with the object's id and why, progress as it goes. Reports keep
 * the organisation that created them (`created_by_ref`), registered here if new; observables and indicators
 * no report refers to each become a report of their own, so that unrelated values are never linked.
 */
export class StixImportService {
  constructor(
    private readonly reports: ReportService,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
    private readonly staging: StixStaging,
    /** Told of each value a peer cleared (its listing revoked), once the objects are imported. */
    private readonly onCleared: (indicator: RawIndicator, reason: string) => Promise<void> = async () => {},
  ) {}

  async importFile(path: string, options: StixImportOptions): Promise<StixImportSummary> {
    const format = await sniffFormat(path);
    return this.run(
      path,
      format,
      format === 'stix' ? () => bundleObjects(path) : undefined,
      `${path}.rejects.jsonl`,
      options,
    );
  }

  /**
   * Objects already in memory (a page pulled from a peer): the same reading as a file's. `rejectsFile` keeps
   * the objects refused, if given.
   */
  importObjects(
    objects: readonly Stix[],
    options: StixImportOptions & { label: string; rejectsFile?: string | undefined },
  ): Promise<StixImportSummary> {
    const source = async function* () {
      yield* objects;
    };
    return this.run(options.label, 'stix', source, options.rejectsFile, options);
  }

  private async run(
    path: string,
    format: 'stix' | 'misp',
    source: (() => AsyncIterable<Stix>) | undefined,
    rejectsPath: string | undefined,
    options: StixImportOptions,
  ): Promise<StixImportSummary> {
    assertCan(options.actor, 'reports:submit');
    const rejects = rejectsPath ? new RejectsWriter(rejectsPath) : new DiscardRejects();
    const summary: StixImportSummary = {
      file: path,
      format,
      objects: 0,
      ignored: 0,
      reports: 0,
      imported: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      indicators_rejected: 0,
      rejectsFile: null,
    };
    const pending = new Map<string, ImportRecord[]>();
    const flush = async (orgId: string) => {
      const batch = pending.get(orgId) ?? [];
      pending.set(orgId, []);
      if (batch.length === 0) return;
      const results = await this.reports.submit(batch, orgId);
      for (const result of results) await this.count(result, batch, summary, rejects);
    };
    const add = async (orgId: string, record: ImportRecord) => {
      summary.reports += 1;
      const batch = pending.get(orgId) ?? [];
      batch.push(record);
      pending.set(orgId, batch);
      if (batch.length >= BATCH) await flush(orgId);
    };
    try {
      if (format === 'misp' || !source) await this.misp(path, options.orgId, add, summary);
      else
        await this.stix(source, options, add, summary, rejects, async () => {
          for (const orgId of [...pending.keys()]) await flush(orgId);
        });
      for (const orgId of [...pending.keys()]) await flush(orgId);
    } finally {
      await rejects.close();
    }
    summary.rejectsFile = rejects.count > 0 && rejectsPath ? rejectsPath : null;
    await this.audit.record(options.actor, 'stix.import', undefined, { ...summary });
    return summary;
  }

  private async stix(
    source: () => AsyncIterable<Stix>,
    options: StixImportOptions,
    add: (orgId: string, record: ImportRecord) => Promise<void>,
    summary: StixImportSummary,
    rejects: Pick<RejectsWriter, 'write'>,
    onImported: () => Promise<void>,
  ): Promise<void> {
    const runId = randomUUID();
    try {
      // Pass 1: observables and what reports refer to, into the staging tables; creators and countries (few).
      const identities = new Map<string, Stix>();
      const countries = new Map<string, string>();
      let values: { id: string; indicator: RawIndicator }[] = [];
      const cleared: { indicator: RawIndicator; reason: string }[] = [];
      let refs: string[] = [];
      for await (const object of source()) {
        summary.objects += 1;
        if (summary.objects % 10_000 === 0) options.onProgress?.(summary.objects);
        if (object.type === 'identity') identities.set(object.id, object);
        else if (object.type === 'location' && typeof object.country === 'string')
          countries.set(object.id, object.country.toUpperCase());
        else if (isReport(object)) refs.push(...((object.object_refs as string[] | undefined) ?? []));
        else {
          const indicator =
            object.type === 'indicator' ? indicatorOfPattern(object) : indicatorOfObservable(object);
          if (indicator) values.push({ id: object.id, indicator });
          else if (!UNDERSTOOD_WITHOUT_VALUE.has(object.type)) summary.ignored += 1;
          const clearance = indicator ? clearanceOf(object) : undefined;
          if (indicator && clearance) cleared.push({ indicator, reason: clearance.reason });
        }
        if (values.length >= STAGE) values = await this.staging.putValues(runId, values).then(() => []);
        if (refs.length >= STAGE) refs = await this.staging.putRefs(runId, refs).then(() => []);
      }
      await this.staging.putValues(runId, values);
      await this.staging.putRefs(runId, refs);

      const orgIds = new Map<string, string | { refused: string }>();
      const originOf = async (
        object: Stix,
      ): Promise<{ orgId: string; country: string | undefined } | { refused: string }> => {
        const ref = typeof object.created_by_ref === 'string' ? object.created_by_ref : undefined;
        const identity = ref ? identities.get(ref) : undefined;
        if (!identity || typeof identity.name !== 'string')
          return options.federated === 'pulled'
            ? {
                refused:
                  'names no creator (created_by_ref): a pulled object must say which organisation made it',
              }
            : { orgId: options.orgId, country: undefined };
        const { sector, country } = sectorOf(identity);
        let orgId = orgIds.get(identity.id);
        if (!orgId) {
          const home = await this.organisations.resolve(options.orgId);
          const org = await this.organisations.ensure(
            { name: identity.name, country: country ?? home.country, sector },
            options.orgId,
          );
          orgId = maySpeakFor(org, options)
            ? org.id
            : {
                refused: `created by ${JSON.stringify(identity.name)}, an organisation this source may not speak for (one of this node's own, or introduced by another source)`,
              };
          orgIds.set(identity.id, orgId);
        }
        return typeof orgId === 'string' ? { orgId, country } : orgId;
      };
      // Pass 2: reports, and values no report refers to (each a report of its own), a batch at a time.
      let batch: Stix[] = [];
      const flush = async () => {
        const ids = batch.flatMap((o) =>
          isReport(o) ? ((o.object_refs as string[] | undefined) ?? []) : [o.id],
        );
        const known = await this.staging.values(runId, ids);
        const referenced = await this.staging.referenced(
          runId,
          batch.filter((o) => !isReport(o)).map((o) => o.id),
        );
        for (const object of batch) {
          if (!isReport(object) && (!known.has(object.id) || referenced.has(object.id))) continue;
          const origin = await originOf(object);
          if ('refused' in origin) {
            summary.reports += 1;
            summary.rejected += 1;
            await rejects.write({
              object: object.id,
              problems: [{ field: '/created_by_ref', reason: origin.refused }],
            });
            continue;
          }
          const objectRefs = isReport(object)
            ? ((object.object_refs as string[] | undefined) ?? [])
            : [object.id];
          const facts = isReport(object) ? scamFactsOf(object) : undefined;
          const country =
            facts?.country ??
            objectRefs.map((r) => countries.get(r)).find(Boolean) ??
            origin.country ??
            (await this.organisations.resolve(origin.orgId)).country;
          const when = String(
            object.published ??
              object.first_observed ??
              object.valid_from ??
              object.created ??
              object.modified ??
              new Date().toISOString(),
          );
          await add(origin.orgId, {
            id: facts?.source_ref ?? object.id,
            reported_at: when,
            country,
            source: facts?.source ?? 'other',
            scam_type: facts?.scam_type ?? 'other',
            ...(facts?.loss ? { loss: facts.loss } : {}),
            tlp: tlpOf(object) ?? 'amber',
            indicators: objectRefs.flatMap((r) => {
              const value = known.get(r);
              return value ? [value] : [];
            }),
          });
        }
        batch = [];
      };
      for await (const object of source()) {
        if (isReport(object) || object.type === 'indicator' || indicatorOfObservable(object))
          batch.push(object);
        if (batch.length >= PASS_BATCH) await flush();
      }
      await flush();
      await onImported();
      for (const c of cleared) await this.onCleared(c.indicator, c.reason);
    } finally {
      await this.staging.clear(runId);
    }
  }

  private async misp(
    path: string,
    orgId: string,
    add: (orgId: string, record: ImportRecord) => Promise<void>,
    summary: StixImportSummary,
  ): Promise<void> {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
    const events = (
      Array.isArray(parsed) ? parsed : ((parsed as { response?: unknown[] }).response ?? [parsed])
    ) as {
      Event?: Record<string, unknown>;
    }[];
    const home = await this.organisations.resolve(orgId);
    for (const wrapper of events) {
      const event = wrapper.Event;
      if (!event) continue;
      summary.objects += 1;
      const orgc = (event.Orgc as { name?: string } | undefined)?.name;
      const origin = orgc
        ? (await this.organisations.ensure({ name: orgc, country: home.country, sector: 'other' }, orgId)).id
        : orgId;
      const groups: MispAttribute[][] = [
        (event.Attribute as MispAttribute[] | undefined) ?? [],
        ...((event.Object as { Attribute?: MispAttribute[] }[] | undefined) ?? []).map(
          (o) => o.Attribute ?? [],
        ),
      ];
      const date = String(event.date ?? '');
      await add(origin, {
        id: String(event.uuid ?? event.id),
        reported_at: /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : new Date().toISOString(),
        country: home.country,
        source: 'other',
        scam_type: 'other',
        tlp: tlpOfTags((event.Tag as { name?: string }[] | undefined) ?? []) ?? 'amber',
        indicators: groups.flatMap((group) =>
          indicatorsOfMisp(group).flatMap((i) => (i.indicator ? [i.indicator] : [])),
        ),
      });
    }
  }

  private async count(
    result: RecordResult,
    batch: readonly ImportRecord[],
    summary: StixImportSummary,
    rejects: Pick<RejectsWriter, 'write'>,
  ): Promise<void> {
    const record = batch[result.index];
    if (result.status === 'rejected') {
      summary.rejected += 1;
      await rejects.write({ object: record?.id, problems: result.problems ?? [] });
      return;
    }
    summary[result.status] += 1;
    for (const reject of result.indicator_rejects ?? []) {
      summary.indicators_rejected += 1;
      await rejects.write({
        object: record?.id,
        indicator: reject.value,
        field: reject.field,
        reason: reject.reason,
      });
    }
  }
}

/** Where refused objects go when nobody keeps them: counted in the summary only. */
class DiscardRejects {
  count = 0;
  async write(): Promise<void> {
    this.count += 1;
  }
  async close(): Promise<void> {}
}
