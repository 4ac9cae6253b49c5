import type { Kysely } from 'kysely';
import { v7 as uuidV7 } from 'uuid';
import type { Database } from '../../db/schema.js';
import { type Actor, assertCan } from '../../domain/access/roles.js';
import { type Viewer, viewerOf } from '../../domain/access/visibility.js';
import { JalaError } from '../../domain/errors.js';
import type { RawIndicator } from '../../domain/indicators/index.js';
import { links } from '../../domain/linking/link-status.js';
import { countriesOf } from '../../domain/linking/stats.js';
import type { WarninglistSet } from '../../domain/linking/warninglist.js';
import type { AuditService } from '../audit/audit.service.js';
import type { IndicatorService } from '../indicators/indicator.service.js';
import type { OrganisationService } from '../organisations/organisation.service.js';
import { type RebuildResult, rebuildClusters } from './cluster.rebuild.js';
import type { ClusterFilter, ClusterRepository, ClusterRow } from './cluster.repository.js';
import type { HitFilter, HitRepository } from './hit.repository.js';
import type { ClusterEventRow, LinkRepository } from './link.repository.js';
import type { LinkingService } from './linking.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HELD = ['warninglisted', 'suspected_shared', 'confirmed_shared', 'cleared'] as const;
const MAX_EXPLAIN_HOPS = 8;
const INDICATORS_PER_KIND = 200;
const HELD_SHOWN = 100;

export interface IndicatorRef {
  value: string;
  country?: string | undefined;
  kind?: string | undefined;
  qualifier?: Partial<RawIndicator> | undefined;
}

/** Asking the graph: clusters, their members and history, why two indicators are linked, hits, held-back values. */
/** Reports drawn at most in a cluster's graph (with their values: a few thousand nodes). */
export const GRAPH_REPORTS = 3000;
const ALL: Viewer = { all: true };

export class ClusterService {
  constructor(
    private readonly clusters: ClusterRepository,
    private readonly hitRepository: HitRepository,
    private readonly links: LinkRepository,
    private readonly linking: LinkingService,
    private readonly indicators: IndicatorService,
    private readonly organisations: OrganisationService,
    private readonly warninglists: () => WarninglistSet,
    private readonly audit: AuditService,
  ) {}

  async warninglistsChanged(): Promise<boolean> {
    const stored = await this.links.transaction((trx) =>
      this.links.getSetting(trx, 'warninglists.fingerprint'),
    );
    return stored !== this.warninglists().fingerprint;
  }

  warninglistSummary() {
    const set = this.warninglists();
    return { fingerprint: set.fingerprint, lists: set.lists };
  }

  /** An indicator id from an id or from a value written in any format. */
  async indicatorId(ref: IndicatorRef | string): Promise<string> {
    if (typeof ref === 'string') ref = { value: ref };
    if (UUID.test(ref.value)) return ref.value.toLowerCase();
    return this.indicators.identify(ref).id;
  }

  /** Follows merges: an old cluster id answers with the cluster it became part of. */
  private async resolve(id: string): Promise<ClusterRow> {
    let row = await this.clusters.find(id);
    for (let hops = 0; row?.merged_into && hops < 50; hops++) row = await this.clusters.find(row.merged_into);
    if (!row || row.merged_into) throw new JalaError('not_found', `no cluster ${id}`);
    return row;
  }

  /**
   * A cluster as `viewer` may see it: its figures count every report (they are aggregates), but the values
   * it lists and the chains that explain it come only from reports the viewer may see. The command line and
   * internal callers see all.
   */
  async get(id: string, viewer: Viewer = ALL) {
    const row = await this.resolve(id);
    const [stats, events] = await Promise.all([
      this.clusters.stats(row.id),
      this.clusters.events(row.id, 20),
    ]);
    const of = (dimension: string) =>
      stats.filter((s) => s.dimension === dimension && s.count > 0).sort((a, b) => b.count - a.count);
    const kinds = of('kind');
    const held = of('held').slice(0, HELD_SHOWN);
    const [values, heldRows, orgs] = await Promise.all([
      Promise.all(
        kinds.map((k) => this.clusters.indicatorsOfKind(row.id, k.key, INDICATORS_PER_KIND, viewer)),
      ),
      this.clusters.indicatorStatuses(held.map((h) => h.key)),
      this.organisations.byIds(of('org').map((o) => o.key)),
    ]);
    const heldById = new Map(heldRows.map((h) => [h.id, h]));
    const timeline = new Map<string, Record<string, number>>();
    for (const m of of('month')) {
      const [month, country] = m.key.split('|') as [string, string];
      const entry = timeline.get(month) ?? {};
      entry[country] = m.count;
      timeline.set(month, entry);
    }
    return {
      id: row.id,
      ...(row.id !== id ? { requested_id: id, merged_into: row.id } : {}),
      reports: row.report_count,
      indicator_count: row.indicator_count,
      indicators: Object.fromEntries(
        kinds.map((k, i) => [
          k.key,
          { count: k.count, values: values[i]!.map((v) => ({ id: v.id, value: v.value })) },
        ]),
      ),
      held_back: held.flatMap((h) => {
        const indicator = heldById.get(h.key);
        return indicator
          ? [
              {
                id: indicator.id,
                kind: indicator.kind,
                value: indicator.value,
                status: indicator.link_status,
                reason: indicator.link_reason,
                reports: h.count,
              },
            ]
          : [];
      }),
      countries: [...countriesOf(stats)]
        .map(([country, c]) => ({ country, ...c }))
        .sort((a, b) => ((a.first_seen ?? '') < (b.first_seen ?? '') ? -1 : 1)),
      organisations: of('org').map((o) => ({
        id: o.key,
        name: orgs.get(o.key)?.name ?? null,
        country: orgs.get(o.key)?.country ?? null,
        reports: o.count,
      })),
      loss: of('loss').map((l) => ({ currency: l.key, amount: l.amount, reports: l.count })),
      first_seen: row.first_seen,
      last_seen: row.last_seen,
      scam_types: of('scam').map((s) => ({ scam_type: s.key, reports: s.count })),
      // Where the reports came from, month by month: a syndicate relocating shows as the countries shifting.
      timeline: [...timeline]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([month, countries]) => ({ month, countries })),
      events: events.map((e) => ({
        at: e.at,
        kind: e.kind,
        cluster_id: e.cluster_id,
        other_id: e.other_id,
        report_id: e.report_id,
        indicator_id: e.indicator_id,
        reports_moved: e.reports_moved,
      })),
      created_at: row.created_at,
      modified_at: row.modified_at,
    };
  }

  /** The cluster of an indicator; a held-back indicator answers why, and the clusters its reports are in. */
  async ofIndicator(ref: IndicatorRef | string, viewer: Viewer = ALL) {
    const id = await this.indicatorId(ref);
    const indicator = await this.clusters.indicator(id);
    if (!indicator) throw new JalaError('not_found', `no reports mention indicator ${id}`);
    const head = {
      indicator: {
        id: indicator.id,
        kind: indicator.kind,
        value: indicator.value,
        links: links(indicator.link_status),
        status: indicator.link_status,
        reason: indicator.link_reason,
      },
    };
    if (indicator.cluster_id === null) {
      const spread = await this.clusters.clustersOfReportsWith(id, 20);
      return {
        ...head,
        cluster: null,
        reports_in_clusters: spread.map((s) => ({ cluster_id: s.cluster_id, reports: Number(s.reports) })),
      };
    }
    return { ...head, cluster: await this.get(indicator.cluster_id, viewer) };
  }

  async list(filter: ClusterFilter) {
    const { clusters, total } = await this.clusters.list(filter);
    return {
      total,
      limit: filter.limit,
      offset: filter.offset,
      clusters: clusters.map((c) => ({
        id: c.id,
        reports: c.report_count,
        indicators: c.indicator_count,
        countries: c.countries.split(',').filter(Boolean),
        cross_border: c.country_count > 1,
        first_seen: c.first_seen,
        last_seen: c.last_seen,
        loss_usd_indicative: c.loss_usd,
      })),
    };
  }

  /**
   * The shortest chain indicator → report → indicator → … → indicator joining two indicators, through
   * linking indicators only: why the two are in one cluster. Breadth-first from both ends at once.
   */
  async explain(fromRef: IndicatorRef | string, toRef: IndicatorRef | string, viewer: Viewer = ALL) {
    const [from, to] = await Promise.all([this.indicatorId(fromRef), this.indicatorId(toRef)]);
    const [a, b] = await Promise.all([this.clusters.indicator(from), this.clusters.indicator(to)]);
    if (!a) throw new JalaError('not_found', `no reports mention indicator ${from}`);
    if (!b) throw new JalaError('not_found', `no reports mention indicator ${to}`);
    const describe = (i: typeof a) => ({ id: i.id, kind: i.kind, value: i.value, status: i.link_status });
    const notLinked = (why: string) => ({
      linked: false,
      reason: why,
      from: describe(a),
      to: describe(b),
      path: [],
    });
    if (!links(a.link_status))
      return notLinked(`${a.value} does not link: ${a.link_reason ?? a.link_status}`);
    if (!links(b.link_status))
      return notLinked(`${b.value} does not link: ${b.link_reason ?? b.link_status}`);
    if (a.cluster_id === null || a.cluster_id !== b.cluster_id)
      return notLinked('they are in different clusters');
    if (from === to)
      return { linked: true, from: describe(a), to: describe(b), path: [{ indicator: describe(a) }] };

    // Parents: node key → previous node key, per side. Keys: `i:<id>` and `r:<id>`.
    const parents: [Map<string, string | null>, Map<string, string | null>] = [
      new Map([[`i:${from}`, null]]),
      new Map([[`i:${to}`, null]]),
    ];
    const frontiers: [string[], string[]] = [[from], [to]];
    let meeting: string | undefined;
    for (let hop = 0; hop < MAX_EXPLAIN_HOPS && !meeting; hop++) {
      const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
      const mine = parents[side];
      const theirs = parents[1 - side]!;
      const reports = new Set<string>();
      for (const s of await this.clusters.reportsWith(frontiers[side], viewer)) {
        const key = `r:${s.report_id}`;
        if (mine.has(key)) continue;
        mine.set(key, `i:${s.indicator_id}`);
        reports.add(s.report_id);
        if (theirs.has(key)) meeting ??= key;
      }
      if (meeting) break;
      const next: string[] = [];
      for (const e of await this.clusters.linkingIndicatorsOf([...reports])) {
        const key = `i:${e.indicator_id}`;
        if (mine.has(key)) continue;
        mine.set(key, `r:${e.report_id}`);
        next.push(e.indicator_id);
        if (theirs.has(key)) meeting ??= key;
      }
      frontiers[side] = next;
      if (next.length === 0) break;
    }
    if (!meeting) return notLinked(`no chain of at most ${MAX_EXPLAIN_HOPS} steps found`);
    const walk = (map: Map<string, string | null>, start: string): string[] => {
      const out: string[] = [];
      for (let key: string | null | undefined = start; key; key = map.get(key)) out.push(key);
      return out;
    };
    const chain = [...walk(parents[0], meeting).reverse(), ...walk(parents[1], meeting).slice(1)];
    const indicatorIds = chain.filter((k) => k.startsWith('i:')).map((k) => k.slice(2));
    const reportIds = chain.filter((k) => k.startsWith('r:')).map((k) => k.slice(2));
    const [indicatorRows, reportRows] = await Promise.all([
      this.clusters.describeIndicators(indicatorIds),
      this.clusters.describeReports(reportIds),
    ]);
    const indicatorsById = new Map(indicatorRows.map((r) => [r.id, r]));
    const reportsById = new Map(reportRows.map((r) => [r.id, r]));
    return {
      linked: true,
      from: describe(a),
      to: describe(b),
      cluster_id: a.cluster_id,
      path: chain.map((key) =>
        key.startsWith('i:')
          ? { indicator: indicatorsById.get(key.slice(2)) ?? { id: key.slice(2), kind: '', value: '' } }
          : { report: reportsById.get(key.slice(2)) ?? { id: key.slice(2) } },
      ),
    };
  }

  async hits(filter: HitFilter) {
    const { hits, total } = await this.hitRepository.list(filter);
    const [parties, indicators] = await Promise.all([
      this.hitRepository.parties(hits.map((h) => h.id)),
      this.clusters.describeIndicators([...new Set(hits.map((h) => h.indicator_id))]),
    ]);
    const orgs = await this.organisations.byIds([...new Set(parties.map((p) => p.organisation_id))]);
    const indicatorsById = new Map(indicators.map((i) => [i.id, i]));
    return {
      total,
      limit: filter.limit,
      offset: filter.offset,
      hits: hits.map((h) => ({
        id: h.id,
        indicator: indicatorsById.get(h.indicator_id) ?? { id: h.indicator_id },
        countries: [h.country_a, h.country_b],
        first_seen: h.first_seen,
        // The newest sighting on either side (kept per party as sightings arrive).
        last_seen: [h.last_seen, ...parties.filter((p) => p.hit_id === h.id).map((p) => p.last_seen)]
          .sort()
          .pop(),
        raised_at: h.created_at,
        updated_at: h.modified_at,
        updates: h.updates,
        sides: [h.country_a, h.country_b].map((country) => ({
          country,
          organisations: parties
            .filter((p) => p.hit_id === h.id && p.country === country)
            .map((p) => ({
              id: p.organisation_id,
              name: orgs.get(p.organisation_id)?.name ?? null,
              reports: p.report_count,
              last_report_id: p.last_report_id,
              last_seen: p.last_seen,
            })),
        })),
      })),
    };
  }

  /** Indicators held back from linking, newest first. */
  async held(options: { status?: string | undefined; limit: number; offset: number }) {
    const statuses = options.status ? [options.status] : [...HELD];
    const rows = await this.clusters.heldIndicators(statuses, options.limit, options.offset);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      value: r.value,
      status: r.link_status,
      reason: r.link_reason,
      since: r.modified_at,
    }));
  }

  /**
   * An analyst's decision on a value held back (or suspected) as shared infrastructure: `confirm` keeps it
   * from linking for good; `release` lets it link again (the degree guard then leaves it alone), which merges
   * the clusters its reports are in.
   */
  /**
   * A cluster as a graph to draw: its newest reports the actor may see (up to `limit`) and every value they
   * mention, linked by sightings. Values held back from linking are drawn too, marked, since they explain
   * why a cluster is not larger.
   */
  async graph(id: string, actor: Actor, limit = GRAPH_REPORTS) {
    assertCan(actor, 'clusters:read');
    const row = await this.resolve(id);
    const reports = await this.clusters.graphReports(row.id, viewerOf(actor), limit);
    const sightings = await this.clusters.graphSightings(reports.map((r) => r.id));
    const indicators = new Map<
      string,
      { id: string; kind: string; value: string; links: boolean; reports: number }
    >();
    for (const s of sightings) {
      const node = indicators.get(s.indicator_id) ?? {
        id: s.indicator_id,
        kind: s.kind,
        value: s.value,
        links: s.link_status === 'linked' || s.link_status === 'released',
        reports: 0,
      };
      node.reports += 1;
      indicators.set(s.indicator_id, node);
    }
    return {
      id: row.id,
      reports_total: row.report_count,
      truncated: row.report_count > reports.length,
      reports: reports.map((r) => ({
        id: r.id,
        source_ref: r.source_ref,
        country: r.country,
        reported_at: r.reported_at,
        scam_type: r.scam_type,
      })),
      indicators: [...indicators.values()],
      edges: sightings.map((s) => ({ report: s.report_id, indicator: s.indicator_id })),
    };
  }

  async review(ref: IndicatorRef | string, decision: 'confirm' | 'release', actor: Actor) {
    assertCan(actor, 'linking:review');
    const by = actor.label;
    const id = await this.indicatorId(ref);
    const now = new Date().toISOString();
    await this.links.transaction(async (trx) => {
      const [row] = await this.links.indicatorStates(trx, [id]);
      if (!row) throw new JalaError('not_found', `no reports mention indicator ${id}`);
      const events: ClusterEventRow[] = [];
      const touched = new Set<string>();
      if (decision === 'confirm') {
        await this.holdBack(
          trx,
          row,
          'confirmed_shared',
          `confirmed as shared infrastructure by ${by}`,
          now,
          events,
          touched,
        );
      } else {
        const ids = await this.links.clustersOfReportsWith(trx, id);
        const sizes = await this.links.clusterSizes(trx, ids);
        ids.sort((x, y) => (sizes.get(y) ?? 0) - (sizes.get(x) ?? 0) || (x < y ? -1 : 1));
        const into = ids[0] ?? uuidV7();
        if (ids.length === 0) await this.links.createClusters(trx, [into], now);
        const from = ids.slice(1);
        for (const other of from)
          events.push({
            id: uuidV7(),
            at: now,
            kind: 'merge',
            cluster_id: into,
            other_id: other,
            report_id: null,
            indicator_id: id,
            reports_moved: sizes.get(other) ?? 0,
          });
        if (from.length > 0) {
          await this.links.merge(trx, from, into, now);
          await this.links.moveStats(trx, from, into);
        }
        await this.links.setStatus(trx, id, 'released', `released to link by ${by}`, into, now);
        touched.add(into);
      }
      await this.links.events(trx, events);
      await this.links.refreshAggregates(trx, touched, now);
    });
    await this.audit.record(actor, `linking.${decision}`, { type: 'indicator', id });
    return this.ofIndicator(id);
  }

  /**
   * Takes a value out of linking because its owner's appeal was upheld in their favour (appeals call this):
   * the clusters it held together split, and the public look-up says it was cleared.
   */
  async clear(indicatorId: string, reason: string, actor: Actor): Promise<void> {
    const now = new Date().toISOString();
    await this.links.transaction(async (trx) => {
      const [row] = await this.links.indicatorStates(trx, [indicatorId]);
      if (!row) throw new JalaError('not_found', `no reports mention indicator ${indicatorId}`);
      const events: ClusterEventRow[] = [];
      const touched = new Set<string>();
      await this.holdBack(trx, row, 'cleared', reason, now, events, touched);
      // Its reports count as changed: peers pulling from this node receive them again, with the clearance.
      await this.links.touchReportsMentioning(trx, indicatorId, now);
      await this.links.events(trx, events);
      await this.links.refreshAggregates(trx, touched, now);
    });
    await this.audit.record(actor, 'linking.clear', { type: 'indicator', id: indicatorId }, { reason });
  }

  /** Stops a value linking: it leaves its cluster, which splits where the value alone held it together. */
  private async holdBack(
    trx: Kysely<Database>,
    row: { id: string; cluster_id: string | null },
    status: 'confirmed_shared' | 'cleared',
    reason: string,
    now: string,
    events: ClusterEventRow[],
    touched: Set<string>,
  ): Promise<void> {
    await this.links.setStatus(trx, row.id, status, reason, null, now);
    if (row.cluster_id !== null)
      for (const c of await this.linking.split(trx, row.cluster_id, { indicatorIds: [row.id] }, now, events))
        touched.add(c);
  }

  async rebuild(actor: Actor, onProgress?: (stage: string, done: number) => void): Promise<RebuildResult> {
    assertCan(actor, 'clusters:rebuild');
    const result = await rebuildClusters(
      this.links,
      this.warninglists(),
      new Date().toISOString(),
      onProgress,
    );
    await this.links.refreshStatistics();
    await this.audit.record(actor, 'clusters.rebuild', undefined, { ...result });
    return result;
  }

  /** Every report with its cluster: `{report: <source id>, cluster: <id>}`, in pages. */
  async *export(
    pageSize = 10_000,
  ): AsyncGenerator<{ report: string; organisation: string; cluster: string | null }[]> {
    for (let after: string | null = null; ; ) {
      const page = await this.clusters.exportPage(after, pageSize);
      if (page.length === 0) return;
      yield page.map((r) => ({ report: r.source_ref, organisation: r.origin_org_id, cluster: r.cluster_id }));
      after = page[page.length - 1]!.id;
    }
  }
}
