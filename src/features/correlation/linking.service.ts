import type { Kysely } from 'kysely';
import { v7 as uuidV7 } from 'uuid';
import type { Database } from '../../db/schema.js';
import { uuidV5 } from '../../domain/ids.js';
import { guardFlags, type LinkGuard, links } from '../../domain/linking/link-status.js';
import { accountLookalike } from '../../domain/linking/lookalike.js';
import { type Bridge, type PlanReport, planLinks } from '../../domain/linking/plan.js';
import { UnionFind } from '../../domain/linking/union-find.js';
import { describeListing, type WarninglistSet } from '../../domain/linking/warninglist.js';
import type { BatchLinker, IndicatorLinkColumns, LinkedBatch } from '../reports/report.linker.js';
import type { PreparedReport } from '../reports/report.prepare.js';
import type { HitPartyRow, HitRepository, HitRow } from './hit.repository.js';
import type { ClusterEventRow, LinkRepository } from './link.repository.js';

const DAY_MS = 86_400_000;
const MAX_GUARD_ROUNDS = 5;

const bridgeRow = (b: Bridge) => ({ indicator_id: b.indicatorId, seen_at: b.seenAt, report_id: b.reportId });

/** Why a cluster is being recomputed. */
export interface SplitCause {
  indicatorId?: string | undefined;
  reportId?: string | undefined;
}

/**
 * Keeps clusters up to date as reports arrive, inside the transaction that writes them: new reports join
 * the clusters of their linking indicators, clusters that a report joins merge (the larger keeps its id),
 * an indicator caught bridging too many unrelated clusters is held back and its cluster split again, and
 * an indicator seen in a second country raises a cross-border hit.
 */
export class LinkingService implements BatchLinker {
  constructor(
    private readonly repo: LinkRepository,
    private readonly hits: HitRepository,
    private readonly warninglists: () => WarninglistSet,
    private readonly guard: LinkGuard,
  ) {}

  async prepare(
    trx: Kysely<Database>,
    written: readonly PreparedReport[],
    replaced: ReadonlyMap<string, string | null>,
    now: string,
  ): Promise<LinkedBatch> {
    await this.repo.lock(trx);
    const facts = new Map<string, { kind: string; value: string }>();
    const planReports: PlanReport[] = [];
    for (const report of written) {
      for (const indicator of report.indicators)
        if (!facts.has(indicator.id))
          facts.set(indicator.id, { kind: indicator.kind, value: indicator.value });
      planReports.push({ id: report.id, seenAt: report.reportedAt, indicators: report.indicators });
    }
    const states = await this.repo.indicatorStates(trx, facts.keys());
    const known = new Map(states.map((s) => [s.id, { clusterId: s.cluster_id, status: s.link_status }]));
    const clusterSizes = await this.repo.clusterSizes(
      trx,
      new Set(states.flatMap((s) => (s.cluster_id === null ? [] : [s.cluster_id]))),
    );
    const lists = this.warninglists();
    const heldAccounts = await this.repo.heldBankAccounts(trx);
    const plan = planLinks({
      reports: planReports,
      known,
      clusterSizes,
      classifyNew: (id) => {
        const { kind, value } = facts.get(id)!;
        const listing = lists.match(kind, value);
        if (listing) return { status: 'warninglisted', reason: describeListing(listing) };
        const like =
          kind === 'bank_account' ? heldAccounts.find((held) => accountLookalike(held, value)) : undefined;
        return like
          ? {
              status: 'suspected_shared',
              reason: `degree guard: looks like ${like}, held back as shared (the same number with another bank spelling, or one digit off)`,
            }
          : { status: 'linked', reason: null };
      },
      newClusterId: () => uuidV7(),
    });

    const indicators = new Map<string, IndicatorLinkColumns>();
    for (const [id, link] of plan.newIndicators)
      indicators.set(id, {
        cluster_id: plan.indicatorCluster.get(id) ?? null,
        link_status: link.status,
        link_reason: link.reason,
      });

    const after = async (): Promise<void> => {
      await this.repo.createClusters(trx, plan.created, now);
      const byInto = new Map<string, string[]>();
      const events: ClusterEventRow[] = [];
      const survivorOf = new Map<string, string>();
      for (const merge of plan.merges) {
        const list = byInto.get(merge.into);
        if (list) list.push(merge.from);
        else byInto.set(merge.into, [merge.from]);
        survivorOf.set(merge.from, merge.into);
        events.push({
          id: uuidV7(),
          at: now,
          kind: 'merge',
          cluster_id: merge.into,
          other_id: merge.from,
          report_id: merge.reportId || null,
          indicator_id: null,
          reports_moved: merge.reportsMoved,
        });
      }
      for (const [into, from] of byInto) await this.repo.merge(trx, from, into, now);

      // Stored indicators that link but had no cluster yet (written while linking was off).
      const unlabelled = new Map<string, string[]>();
      for (const [id, state] of known) {
        if (state.clusterId !== null || !links(state.status)) continue;
        const cluster = plan.indicatorCluster.get(id);
        if (!cluster) continue;
        const list = unlabelled.get(cluster);
        if (list) list.push(id);
        else unlabelled.set(cluster, [id]);
      }
      for (const [cluster, ids] of unlabelled) await this.repo.setIndicatorClusters(trx, ids, cluster);

      let resplit = new Map<string, SplitCause>();
      await this.repo.bridges(trx, plan.bridges.map(bridgeRow));
      await this.guardCheck(trx, plan.bridges, resplit, now);
      for (const [reportId, before] of replaced)
        if (before !== null) {
          const current = survivorOf.get(before) ?? before;
          if (!resplit.has(current)) resplit.set(current, { reportId });
        }
      const touched = new Set(plan.touched);
      // A split can reveal more shared values: ones whose reports looked related only because a value now
      // held back had glued their clusters. The guard's evidence is replayed over the split clusters, in
      // report order, until nothing more is flagged.
      for (let round = 0; resplit.size > 0 && round < MAX_GUARD_ROUNDS; round++) {
        const parts = new Set<string>();
        for (const [clusterId, cause] of resplit)
          for (const id of await this.split(trx, clusterId, cause, now, events)) {
            touched.add(id);
            parts.add(id);
          }
        resplit = new Map();
        const replayed = await this.replayEvidence(trx, parts);
        await this.guardCheck(trx, replayed, resplit, now);
      }
      await this.repo.events(trx, events);
      await this.repo.refreshAggregates(trx, touched, now);
      await this.recordHits(trx, written, now);
    };
    return { clusterOf: plan.clusterOf, indicators, after };
  }

  /** Holds back every value whose otherwise-unrelated reports within the window pass the guard. */
  private async guardCheck(
    trx: Kysely<Database>,
    evidence: readonly Bridge[],
    resplit: Map<string, SplitCause>,
    now: string,
  ): Promise<void> {
    if (evidence.length === 0) return;
    const latest = new Map<string, string>();
    for (const b of evidence) {
      const seen = latest.get(b.indicatorId);
      if (seen === undefined || b.seenAt > seen) latest.set(b.indicatorId, b.seenAt);
    }
    const states = new Map((await this.repo.indicatorStates(trx, latest.keys())).map((s) => [s.id, s]));
    for (const [indicatorId, last] of latest) {
      const state = states.get(indicatorId);
      // Only values that link now; a released one was reviewed by an analyst, and the guard defers to them.
      if (state?.link_status !== 'linked') continue;
      const from = new Date(Date.parse(last) - this.guard.windowDays * DAY_MS).toISOString();
      const count = await this.repo.bridgeCount(trx, indicatorId, from, last);
      if (count <= this.guard.maxUnrelated) continue;
      const reports = await this.repo.sightingCount(trx, indicatorId, from, last);
      if (!guardFlags(this.guard, count, reports)) continue;
      await this.repo.setStatus(
        trx,
        indicatorId,
        'suspected_shared',
        `degree guard: seen in ${count} otherwise unrelated reports out of ${reports} within ${this.guard.windowDays} days (more than ${this.guard.maxUnrelated}, and at least ${Math.round(this.guard.minShare * 100)} %)`,
        null,
        now,
      );
      if (state.cluster_id !== null && !resplit.has(state.cluster_id))
        resplit.set(state.cluster_id, { indicatorId });
      await this.holdLookalikes(trx, indicatorId, resplit, now);
    }
  }

  /** Holds back the look-alikes of a bank account just held back (see domain/linking/lookalike.ts). */
  private async holdLookalikes(
    trx: Kysely<Database>,
    indicatorId: string,
    resplit: Map<string, SplitCause>,
    now: string,
  ): Promise<void> {
    const [row] = await this.repo.describe(trx, [indicatorId]);
    const bic = row?.kind === 'bank_account' ? /^([A-Z]{4}([A-Z]{2})[A-Z0-9]{2}):\d+$/.exec(row.value) : null;
    if (!row || !bic) return;
    for (const candidate of await this.repo.bankAccountsNear(trx, bic[1]!, bic[2]!)) {
      if (candidate.link_status !== 'linked' || !accountLookalike(row.value, candidate.value)) continue;
      await this.repo.setStatus(
        trx,
        candidate.id,
        'suspected_shared',
        `degree guard: looks like ${row.value}, held back as shared (the same number with another bank spelling, or one digit off)`,
        null,
        now,
      );
      if (candidate.cluster_id !== null && !resplit.has(candidate.cluster_id))
        resplit.set(candidate.cluster_id, { indicatorId: candidate.id });
    }
  }

  /**
   * Recomputes the guard's evidence for the values of some clusters as if their reports had arrived in
   * report order with today's statuses, and stores it in place of the old.
   */
  private async replayEvidence(trx: Kysely<Database>, clusterIds: Iterable<string>): Promise<Bridge[]> {
    const reports = new Map<
      string,
      { id: string; seenAt: string; indicators: { id: string; origin: string }[] }
    >();
    const known = new Map<string, { clusterId: string | null; status: string }>();
    for (const clusterId of clusterIds) {
      const { reports: rows, edges } = await this.repo.members(trx, clusterId, { all: true });
      for (const r of rows) reports.set(r.id, { id: r.id, seenAt: r.reported_at, indicators: [] });
      for (const e of edges) {
        reports.get(e.report_id)?.indicators.push({ id: e.indicator_id, origin: e.origin });
        known.set(e.indicator_id, { clusterId: null, status: e.link_status });
      }
    }
    const ordered = [...reports.values()].sort((a, b) =>
      a.seenAt < b.seenAt ? -1 : a.seenAt > b.seenAt ? 1 : a.id < b.id ? -1 : 1,
    );
    const { bridges } = planLinks({
      reports: ordered,
      known,
      clusterSizes: new Map(),
      classifyNew: () => ({ status: 'linked', reason: null }),
      newClusterId: () => '',
    });
    const linking = [...known].filter(([, k]) => links(k.status)).map(([id]) => id);
    await this.repo.deleteBridges(trx, linking);
    const kept = new Set(linking);
    const evidence = bridges.filter((b) => kept.has(b.indicatorId));
    await this.repo.bridges(trx, evidence.map(bridgeRow));
    return evidence;
  }

  /**
   * Recomputes one cluster's connected components (after an indicator stopped linking or a report changed):
   * the component with the most reports keeps the id, each other one becomes a new cluster. Returns every
   * cluster id involved.
   */
  async split(
    trx: Kysely<Database>,
    clusterId: string,
    cause: SplitCause,
    now: string,
    events: ClusterEventRow[],
  ): Promise<string[]> {
    const { reports, edges } = await this.repo.members(trx, clusterId);
    const components = connectedComponents(
      reports.map((r) => r.id),
      edges,
    );
    const labelled = new Set(await this.repo.indicatorsLabelled(trx, clusterId));
    const ids = [clusterId];
    components.sort((a, b) => b.reports.length - a.reports.length || compare(a.reports[0]!, b.reports[0]!));
    for (const indicator of components[0]?.indicators ?? []) labelled.delete(indicator);
    const created: string[] = [];
    for (const component of components.slice(1)) {
      const id = uuidV7();
      created.push(id);
      ids.push(id);
      await this.repo.setReportClusters(trx, component.reports, id);
      await this.repo.setIndicatorClusters(trx, component.indicators, id);
      for (const indicator of component.indicators) labelled.delete(indicator);
      events.push({
        id: uuidV7(),
        at: now,
        kind: 'split',
        cluster_id: clusterId,
        other_id: id,
        report_id: cause.reportId ?? null,
        indicator_id: cause.indicatorId ?? null,
        reports_moved: component.reports.length,
      });
    }
    await this.repo.createClusters(trx, created, now);
    // Indicators no report of the cluster mentions any more (held back, or dropped from a changed report).
    if (labelled.size > 0) await this.repo.setIndicatorClusters(trx, [...labelled], null);
    return ids;
  }

  /** Raises or updates a hit for every indicator of the batch now seen in more than one country. */
  private async recordHits(
    trx: Kysely<Database>,
    written: readonly PreparedReport[],
    now: string,
  ): Promise<void> {
    const batchCountries = new Map<string, Set<string>>();
    for (const report of written) {
      if (report.tlp === 'red') continue;
      for (const indicator of report.indicators) {
        const set = batchCountries.get(indicator.id);
        if (set) set.add(report.country);
        else batchCountries.set(indicator.id, new Set([report.country]));
      }
    }
    if (batchCountries.size === 0) return;
    const states = await this.repo.indicatorStates(trx, batchCountries.keys());
    const linking = states.filter((s) => links(s.link_status)).map((s) => s.id);
    const countries = await this.hits.countriesOf(trx, linking);
    const crossBorder = [...countries].filter(([, set]) => set.size > 1).map(([id]) => id);
    if (crossBorder.length === 0) return;

    const sightings = await this.hits.sightingsOf(trx, crossBorder);
    const sides = new Map<
      string,
      Map<string, Map<string, { count: number; last: string; report: string; first: string }>>
    >();
    for (const s of sightings) {
      let byCountry = sides.get(s.indicator_id);
      if (!byCountry) {
        byCountry = new Map();
        sides.set(s.indicator_id, byCountry);
      }
      let byOrg = byCountry.get(s.country);
      if (!byOrg) {
        byOrg = new Map();
        byCountry.set(s.country, byOrg);
      }
      const party = byOrg.get(s.origin_org_id);
      if (!party)
        byOrg.set(s.origin_org_id, { count: 1, first: s.seen_at, last: s.seen_at, report: s.report_id });
      else {
        party.count++;
        if (s.seen_at < party.first) party.first = s.seen_at;
        if (s.seen_at > party.last || (s.seen_at === party.last && s.report_id > party.report)) {
          party.last = s.seen_at;
          party.report = s.report_id;
        }
      }
    }
    const hits: HitRow[] = [];
    const parties: HitPartyRow[] = [];
    for (const indicatorId of crossBorder) {
      const byCountry = sides.get(indicatorId)!;
      const raised = new Set<string>();
      for (const c of batchCountries.get(indicatorId) ?? [])
        for (const d of byCountry.keys()) {
          if (c === d || !byCountry.has(c)) continue;
          const [a, b] = c < d ? [c, d] : [d, c];
          const id = uuidV5(`hit|${indicatorId}|${a}|${b}`);
          if (raised.has(id)) continue;
          raised.add(id);
          let first = '';
          let last = '';
          for (const country of [a, b])
            for (const [organisation, party] of byCountry.get(country)!) {
              if (first === '' || party.first < first) first = party.first;
              if (party.last > last) last = party.last;
              parties.push({
                hit_id: id,
                organisation_id: organisation,
                country,
                report_count: party.count,
                last_report_id: party.report,
                last_seen: party.last,
              });
            }
          hits.push({
            id,
            created_at: now,
            modified_at: now,
            indicator_id: indicatorId,
            country_a: a,
            country_b: b,
            first_seen: first,
            last_seen: last,
            updates: 1,
          });
        }
    }
    await this.hits.upsert(trx, hits, parties);
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Component {
  reports: string[];
  indicators: string[];
}

/** Connected components of reports joined by shared indicators; reports sorted, largest first is the caller's. */
export function connectedComponents(
  reportIds: readonly string[],
  edges: readonly { report_id: string; indicator_id: string }[],
): Component[] {
  const sets = new UnionFind();
  for (const id of reportIds) sets.add(`r:${id}`);
  for (const e of edges) sets.union(`r:${e.report_id}`, `i:${e.indicator_id}`);
  const byRoot = new Map<string, Component>();
  for (const key of sets.keys()) {
    const root = sets.find(key);
    let component = byRoot.get(root);
    if (!component) {
      component = { reports: [], indicators: [] };
      byRoot.set(root, component);
    }
    if (key.startsWith('r:')) component.reports.push(key.slice(2));
    else component.indicators.push(key.slice(2));
  }
  const components = [...byRoot.values()].filter((c) => c.reports.length > 0);
  for (const c of components) c.reports.sort(compare);
  return components;
}
