import type { Kysely } from 'kysely';
import { v7 as uuidV7 } from 'uuid';
import type { Database } from '../../db/schema.js';
import { uuidV5 } from '../../domain/ids.js';
import { guardFlags, type LinkGuard, links } from '../../domain/linking/link-status.js';
import { accountLookalike } from '../../domain/linking/lookalike.js';
import { type Bridge, type PlanReport, planLinks } from '../../domain/linking/plan.js';
import { type StatRow, StatTally, summarise } from '../../domain/linking/stats.js';
import { UnionFind } from '../../domain/linking/union-find.js';
import { describeListing, type WarninglistSet } from '../../domain/linking/warninglist.js';
import type { BatchLinker, IndicatorLinkColumns, LinkedBatch } from '../reports/report.linker.js';
import type { PreparedReport } from '../reports/report.prepare.js';
import { detach } from './detach.js';
import type { HitPartyRow, HitRepository, HitRow } from './hit.repository.js';
import type { ClusterEventRow, LinkRepository } from './link.repository.js';

const DAY_MS = 86_400_000;
const MAX_GUARD_ROUNDS = 5;
/** Clusters of at most this many reports have the guard's evidence replayed after a split. */
const REPLAY_LIMIT = 10_000;

const bridgeRow = (b: Bridge) => ({
  indicator_id: b.indicatorId,
  seen_at: b.seenAt,
  report_id: b.reportId,
  joined: b.joined ? 1 : 0,
  others: b.others.join(','),
});

/** Why a cluster is being recomputed: values that stopped linking, or a report that changed. */
export interface SplitCause {
  indicatorIds: string[];
  reportId?: string | undefined;
}

function addCause(
  causes: Map<string, SplitCause>,
  clusterId: string,
  cause: { indicatorId?: string; reportId?: string },
): void {
  let entry = causes.get(clusterId);
  if (!entry) {
    entry = { indicatorIds: [] };
    causes.set(clusterId, entry);
  }
  if (cause.indicatorId) entry.indicatorIds.push(cause.indicatorId);
  if (cause.reportId) entry.reportId ??= cause.reportId;
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
      for (const [into, from] of byInto) {
        await this.repo.merge(trx, from, into, now);
        await this.repo.moveStats(trx, from, into);
      }

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

      // The batch's share of its clusters' statistics. A rewritten report's clusters are recomputed instead.
      const tally = new StatTally();
      const recompute = new Set<string>();
      const statusOf = (id: string) =>
        known.get(id)?.status ?? plan.newIndicators.get(id)?.status ?? 'linked';
      for (const report of written) {
        const clusterId = plan.clusterOf.get(report.id)!;
        if (replaced.has(report.id)) {
          recompute.add(clusterId);
          continue;
        }
        tally.report({
          clusterId,
          country: report.country,
          orgId: report.originOrgId,
          scamType: report.scamType,
          reportedAt: report.reportedAt,
          lossAmount: report.lossAmount,
          lossCurrency: report.lossCurrency,
          held: report.indicators.filter((i) => !links(statusOf(i.id))).map((i) => i.id),
        });
      }
      for (const [id, link] of plan.newIndicators) {
        const cluster = plan.indicatorCluster.get(id);
        if (cluster && links(link.status)) tally.indicator(cluster, facts.get(id)!.kind);
      }
      for (const [cluster, ids] of unlabelled)
        for (const id of ids) tally.indicator(cluster, facts.get(id)!.kind);
      await this.repo.applyStats(trx, tally.values());

      let resplit = new Map<string, SplitCause>();
      await this.repo.bridges(trx, plan.bridges.map(bridgeRow));
      await this.guardCheck(trx, plan.bridges, resplit, now);
      for (const [reportId, before] of replaced)
        if (before !== null) {
          const current = survivorOf.get(before) ?? before;
          addCause(resplit, current, { reportId });
        }
      const touched = new Set(plan.touched);
      const reworked = new Set<string>();
      // A split can reveal more shared values: ones whose reports looked related only because a value now
      // held back had glued their clusters. The guard's evidence is replayed over the parts split off (and
      // what remains, unless large), in report order, until nothing more is flagged.
      for (let round = 0; resplit.size > 0 && round < MAX_GUARD_ROUNDS; round++) {
        const parts = new Set<string>();
        for (const [clusterId, cause] of resplit) {
          touched.add(clusterId);
          reworked.add(clusterId);
          // Usually a held-back value was one of many ties of its cluster: found locally, nothing splits.
          // A cluster of moderate size is replayed whole: a shared value hidden behind the one just held back
          // (seen only where the clusters it joined were already glued) shows up there. A large one keeps its
          // evidence: with that many reports, shared values meet the guard while clusters are still small.
          if ((await this.repo.reportCount(trx, clusterId)) <= REPLAY_LIMIT) parts.add(clusterId);
          const local = await this.detachLocally(trx, clusterId, cause, now, events);
          if (local) {
            for (const id of local) {
              touched.add(id);
              parts.add(id);
            }
            continue;
          }
          const ids = await this.split(trx, clusterId, cause, now, events);
          for (const id of ids) {
            touched.add(id);
            recompute.add(id);
          }
          for (const id of ids.slice(1)) parts.add(id);
        }
        resplit = new Map();
        const replayed = await this.replayEvidence(trx, parts);
        await this.guardCheck(trx, replayed, resplit, now);
      }
      await this.repo.events(trx, events);
      await this.repo.recomputeStats(trx, recompute);
      for (const id of recompute) touched.add(id);
      for (const into of byInto.keys()) touched.add(into);
      // Clusters born in this batch are all in its tally; the others are read back.
      const fresh = [...plan.created].filter((id) => !recompute.has(id) && !reworked.has(id));
      const freshStats = new Map<string, StatRow[]>(fresh.map((id) => [id, []]));
      for (const row of tally.values()) freshStats.get(row.cluster_id)?.push(row);
      await this.repo.writeClusterRows(
        trx,
        fresh.map((id) => ({
          id,
          created_at: now,
          modified_at: now,
          merged_into: null,
          ...summarise(freshStats.get(id)!),
        })),
      );
      for (const id of fresh) touched.delete(id);
      await this.repo.refreshClusterRows(trx, touched, now);
      await this.recordHits(trx, written, (id) => links(statusOf(id)), now);
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
    const added = new Map<string, number>();
    for (const b of evidence) {
      const seen = latest.get(b.indicatorId);
      if (seen === undefined || b.seenAt > seen) latest.set(b.indicatorId, b.seenAt);
      added.set(b.indicatorId, (added.get(b.indicatorId) ?? 0) + 1);
    }
    const states = new Map((await this.repo.indicatorStates(trx, latest.keys())).map((s) => [s.id, s]));
    for (const [indicatorId, last] of latest) {
      const state = states.get(indicatorId);
      // Only values that link now; a released one was reviewed by an analyst, and the guard defers to them.
      if (state?.link_status !== 'linked') continue;
      const from = new Date(Date.parse(last) - this.guard.windowDays * DAY_MS).toISOString();
      const raw = await this.repo.bridgeCount(trx, indicatorId, from, last);
      if (raw <= this.guard.maxUnrelated) continue;
      // Past the first few, a value is re-examined each time its evidence grows by another step, not on every
      // report: a syndicate's much-reported number would otherwise be recounted batch after batch.
      const step = this.guard.maxUnrelated + 1;
      const fresh = added.get(indicatorId) ?? 0;
      if (raw > 4 * step && Math.floor(raw / step) === Math.floor((raw - fresh) / step)) continue;
      const count = await this.unrelatedReports(trx, indicatorId, from, last);
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
      if (state.cluster_id !== null) addCause(resplit, state.cluster_id, { indicatorId });
      await this.holdLookalikes(trx, indicatorId, resplit, now);
    }
  }

  /**
   * The guard's evidence for one value, checked now: a report counts as otherwise unrelated when it joined
   * clusters that were apart, or when its other values were never seen again. A syndicate's new mule
   * account looks unrelated the day it appears, and stops looking so once victims report it again; a
   * gateway's one-off customers never are.
   */
  private async unrelatedReports(trx: Kysely<Database>, indicatorId: string, from: string, to: string) {
    const rows = await this.repo.bridgeRows(trx, indicatorId, from, to);
    const others = new Set(rows.flatMap((r) => (r.joined ? [] : r.others.split(',').filter(Boolean))));
    const seen = await this.repo.sightingCounts(trx, [...others]);
    return rows.filter(
      (r) => r.joined || r.others.split(',').every((id) => id === '' || (seen.get(id) ?? 0) <= 1),
    ).length;
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
      if (candidate.cluster_id !== null)
        addCause(resplit, candidate.cluster_id, { indicatorId: candidate.id });
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
   * Takes the values that stopped linking out of their cluster, splitting off what hung on them alone
   * (see detach.ts), without reading the rest of the cluster: the parts are counted from their reports and
   * taken off the rest's statistics. Returns the new clusters, or undefined when the search was too large
   * (the caller then recomputes the whole cluster).
   */
  private async detachLocally(
    trx: Kysely<Database>,
    clusterId: string,
    cause: SplitCause,
    now: string,
    events: ClusterEventRow[],
  ): Promise<string[] | undefined> {
    if (cause.reportId !== undefined || cause.indicatorIds.length === 0) return undefined;
    const gone = new Set(cause.indicatorIds);
    const mentions = new Map<string, string[]>();
    for (const id of gone)
      mentions.set(
        id,
        (await this.repo.reportsMentioning(trx, id, clusterId)).map((r) => r.id),
      );
    const starts = [...new Set([...mentions.values()].flat())];
    const detached = await detach(this.repo, trx, starts, gone);
    if (!detached) return undefined;

    const created: string[] = [];
    const moved = new Set<string>();
    for (const part of detached.parts) {
      created.push(await this.splitOff(trx, clusterId, part, cause, now, events));
      for (const r of part.reports) moved.add(r);
    }
    await this.repo.createClusters(trx, created, now);
    await this.repo.recomputeStats(trx, created);

    // The rest: the parts' figures taken off, the held values counted as held, their months recounted.
    const tally = new StatTally();
    const months = new Set<string>();
    for (const row of await this.repo.statRows(trx, created)) {
      if (row.dimension === 'month') months.add(row.key);
      // The values just held back were never counted as held here: nothing of theirs to take off.
      else if (!(row.dimension === 'held' && gone.has(row.key))) tally.subtractRow(row, clusterId);
    }
    for (const indicator of await this.repo.describe(trx, [...gone])) {
      tally.indicator(clusterId, indicator.kind, -1);
      const staying = (mentions.get(indicator.id) ?? []).filter((r) => !moved.has(r)).length;
      if (staying > 0) tally.add(clusterId, 'held', indicator.id, staying, null);
    }
    await this.repo.applyStats(trx, tally.values());
    await this.repo.recountMonths(trx, clusterId, months);
    await this.repo.deleteEmptyStats(trx, clusterId);
    return created;
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
      const id = await this.splitOff(trx, clusterId, component, cause, now, events);
      created.push(id);
      ids.push(id);
      for (const indicator of component.indicators) labelled.delete(indicator);
    }
    await this.repo.createClusters(trx, created, now);
    // Indicators no report of the cluster mentions any more (held back, or dropped from a changed report).
    if (labelled.size > 0) await this.repo.setIndicatorClusters(trx, [...labelled], null);
    return ids;
  }

  /** Moves a part of a cluster to a new cluster (its row is the caller's to create) and records the split. */
  private async splitOff(
    trx: Kysely<Database>,
    clusterId: string,
    part: { reports: string[]; indicators: string[] },
    cause: SplitCause,
    now: string,
    events: ClusterEventRow[],
  ): Promise<string> {
    const id = uuidV7();
    await this.repo.setReportClusters(trx, part.reports, id);
    await this.repo.setIndicatorClusters(trx, part.indicators, id);
    events.push({
      id: uuidV7(),
      at: now,
      kind: 'split',
      cluster_id: clusterId,
      other_id: id,
      report_id: cause.reportId ?? null,
      indicator_id: cause.indicatorIds[0] ?? null,
      reports_moved: part.reports.length,
    });
    return id;
  }

  /**
   * Raises or updates a hit for every indicator of the batch now seen in more than one country. A known hit
   * takes the batch's sightings as a delta; only a new one reads the indicator's sightings.
   */
  private async recordHits(
    trx: Kysely<Database>,
    written: readonly PreparedReport[],
    linking: (indicatorId: string) => boolean,
    now: string,
  ): Promise<void> {
    type Party = { count: number; first: string; last: string; report: string };
    const batch = new Map<string, Map<string, Map<string, Party>>>(); // indicator → country → organisation
    const note = (
      sides: Map<string, Map<string, Party>>,
      country: string,
      org: string,
      at: string,
      report: string,
    ) => {
      let byOrg = sides.get(country);
      if (!byOrg) {
        byOrg = new Map();
        sides.set(country, byOrg);
      }
      const party = byOrg.get(org);
      if (!party) byOrg.set(org, { count: 1, first: at, last: at, report });
      else {
        party.count++;
        if (at < party.first) party.first = at;
        if (at > party.last || (at === party.last && report > party.report)) {
          party.last = at;
          party.report = report;
        }
      }
    };
    for (const report of written) {
      if (report.tlp === 'red') continue;
      for (const indicator of report.indicators) {
        if (!linking(indicator.id)) continue;
        let sides = batch.get(indicator.id);
        if (!sides) {
          sides = new Map();
          batch.set(indicator.id, sides);
        }
        note(sides, report.country, report.originOrgId, report.reportedAt, report.id);
      }
    }
    if (batch.size === 0) return;
    // Where each value has been seen; one new with this batch only where the batch saw it.
    const countries = await this.hits.countriesOf(
      trx,
      new Map([...batch].map(([id, sides]) => [id, sides.keys()])),
    );
    const wanted = new Map<string, { indicatorId: string; a: string; b: string }>();
    for (const [indicatorId, sides] of batch) {
      const all = countries.get(indicatorId);
      if (!all || all.size < 2) continue;
      for (const c of sides.keys())
        for (const d of all) {
          if (c === d) continue;
          const [a, b] = c < d ? [c, d] : [d, c];
          wanted.set(uuidV5(`hit|${indicatorId}|${a}|${b}`), { indicatorId, a, b });
        }
    }
    if (wanted.size === 0) return;
    const existing = new Set(await this.hits.existing(trx, [...wanted.keys()]));

    // New hits: both sides from the indicator's sightings (this batch's included).
    const fresh = [...wanted].filter(([id]) => !existing.has(id));
    const full = new Map<string, Map<string, Map<string, Party>>>();
    for (const s of await this.hits.sightingsOf(trx, [...new Set(fresh.map(([, w]) => w.indicatorId))])) {
      let sides = full.get(s.indicator_id);
      if (!sides) {
        sides = new Map();
        full.set(s.indicator_id, sides);
      }
      note(sides, s.country, s.origin_org_id, s.seen_at, s.report_id);
    }
    const rows: HitRow[] = [];
    const parties: HitPartyRow[] = [];
    const partyRows = (hitId: string, sides: Map<string, Map<string, Party>>, countriesOfHit: string[]) => {
      let first = '';
      let last = '';
      for (const country of countriesOfHit)
        for (const [organisation, party] of sides.get(country) ?? []) {
          if (first === '' || party.first < first) first = party.first;
          if (party.last > last) last = party.last;
          parties.push({
            hit_id: hitId,
            organisation_id: organisation,
            country,
            report_count: party.count,
            last_report_id: party.report,
            last_seen: party.last,
          });
        }
      return { first, last };
    };
    for (const [id, w] of fresh) {
      const { first, last } = partyRows(id, full.get(w.indicatorId) ?? new Map(), [w.a, w.b]);
      rows.push({
        id,
        created_at: now,
        modified_at: now,
        indicator_id: w.indicatorId,
        country_a: w.a,
        country_b: w.b,
        first_seen: first,
        last_seen: last,
        updates: 1,
      });
    }
    await this.hits.insert(trx, rows, parties);

    // Known hits: the batch's sightings on the sides it touched.
    const deltas: HitPartyRow[] = [];
    const touched: string[] = [];
    for (const [id, w] of wanted) {
      if (!existing.has(id)) continue;
      const sides = batch.get(w.indicatorId)!;
      for (const country of [w.a, w.b])
        for (const [organisation, party] of sides.get(country) ?? [])
          deltas.push({
            hit_id: id,
            organisation_id: organisation,
            country,
            report_count: party.count,
            last_report_id: party.report,
            last_seen: party.last,
          });
      touched.push(id);
    }
    await this.hits.addToParties(trx, deltas);
    await this.hits.touch(trx, touched, now);
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
