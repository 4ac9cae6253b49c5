import { v7 as uuidV7 } from 'uuid';
import { links } from '../../domain/linking/link-status.js';
import { UnionFind } from '../../domain/linking/union-find.js';
import { describeListing, type WarninglistSet } from '../../domain/linking/warninglist.js';
import type { LinkRepository } from './link.repository.js';

const PAGE = 50_000;

export interface RebuildResult {
  reports: number;
  clusters: number;
  /** Reports whose cluster id changed. */
  reportsMoved: number;
  /** Indicators whose warninglist status changed. */
  statusesChanged: number;
  warninglists: string;
}

/** Whether the lists in force hold an indicator back, given its current status; undefined when unchanged. */
export function listedStatus(
  lists: WarninglistSet,
  row: { kind: string; value: string; link_status: string; link_reason: string | null },
): { link_status: string; link_reason: string | null } | undefined {
  // Analysts' decisions (released, suspected or confirmed shared) stand whatever the lists say.
  if (row.link_status !== 'linked' && row.link_status !== 'warninglisted') return undefined;
  const listing = lists.match(row.kind, row.value);
  const wanted = listing
    ? { link_status: 'warninglisted', link_reason: describeListing(listing) }
    : { link_status: 'linked', link_reason: null };
  return wanted.link_status === row.link_status && wanted.link_reason === row.link_reason
    ? undefined
    : wanted;
}

/**
 * Recomputes every cluster from the sightings, as if the reports had been linked from scratch with the
 * warninglists and analysts' decisions now in force. Cluster ids survive: each new cluster keeps the old id
 * that most of its reports had (a clean incremental state comes out with the same ids), and an old id that
 * loses out resolves to where most of its reports went.
 */
export async function rebuildClusters(
  repo: LinkRepository,
  lists: WarninglistSet,
  now: string,
  onProgress: (stage: string, done: number) => void = () => {},
): Promise<RebuildResult> {
  return repo.transaction(async (trx) => {
    // 1. Warninglist statuses, as the lists now say.
    const linking = new Set<string>();
    const currentIndicatorCluster = new Map<string, string | null>();
    let statusesChanged = 0;
    for (let after: string | null = null; ; ) {
      const page = await repo.indicatorPage(trx, after, PAGE);
      if (page.length === 0) break;
      const changes: { id: string; link_status: string; link_reason: string | null }[] = [];
      for (const row of page) {
        const wanted = listedStatus(lists, row);
        if (wanted) changes.push({ id: row.id, ...wanted });
        if (links(wanted?.link_status ?? row.link_status)) linking.add(row.id);
        currentIndicatorCluster.set(row.id, row.cluster_id);
      }
      await repo.setStatuses(trx, changes, now);
      statusesChanged += changes.length;
      after = page[page.length - 1]!.id;
      onProgress('indicators', currentIndicatorCluster.size);
    }

    // 2. Connected components of reports and linking indicators.
    const sets = new UnionFind();
    let edges = 0;
    for (let after: string | null = null; ; ) {
      const page = await repo.edgePage(trx, after, PAGE);
      if (page.length === 0) break;
      // A page may end inside one report's sightings: the next starts after it, so finish that report here.
      const last = page[page.length - 1]!.report_id;
      const rest = page.length === PAGE ? await repo.edgesOfReport(trx, last) : [];
      for (const e of [...page, ...rest])
        if (linking.has(e.indicator_id)) sets.union(`r:${e.report_id}`, `i:${e.indicator_id}`);
      edges += page.length;
      after = last;
      onProgress('sightings', edges);
    }

    // 3. Name the components: the old id most of a component's reports had, if no larger share claims it.
    const reportCluster = new Map<string, string | null>();
    const overlap = new Map<string, Map<string, number>>();
    for (let after: string | null = null; ; ) {
      const page = await repo.reportPage(trx, after, PAGE);
      if (page.length === 0) break;
      for (const row of page) {
        const root = sets.find(`r:${row.id}`);
        reportCluster.set(row.id, row.cluster_id);
        if (row.cluster_id === null) continue;
        let counts = overlap.get(root);
        if (!counts) {
          counts = new Map();
          overlap.set(root, counts);
        }
        counts.set(row.cluster_id, (counts.get(row.cluster_id) ?? 0) + 1);
      }
      after = page[page.length - 1]!.id;
      onProgress('reports', reportCluster.size);
    }
    const claims: { root: string; cluster: string; n: number }[] = [];
    for (const [root, counts] of overlap)
      for (const [cluster, n] of counts) claims.push({ root, cluster, n });
    claims.sort((a, b) => b.n - a.n || (a.cluster < b.cluster ? -1 : a.cluster > b.cluster ? 1 : 0));
    const nameOf = new Map<string, string>();
    const taken = new Set<string>();
    for (const claim of claims) {
      if (nameOf.has(claim.root) || taken.has(claim.cluster)) continue;
      nameOf.set(claim.root, claim.cluster);
      taken.add(claim.cluster);
    }
    const created: string[] = [];
    const name = (root: string): string => {
      let id = nameOf.get(root);
      if (id === undefined) {
        id = uuidV7();
        nameOf.set(root, id);
        created.push(id);
      }
      return id;
    };

    // 4. Write what changed.
    const moves = new Map<string, string[]>();
    for (const [report, before] of reportCluster) {
      const target = name(sets.find(`r:${report}`));
      if (target === before) continue;
      const list = moves.get(target);
      if (list) list.push(report);
      else moves.set(target, [report]);
    }
    let reportsMoved = 0;
    await repo.createClusters(trx, created, now);
    for (const [target, reports] of moves) {
      await repo.setReportClusters(trx, reports, target);
      reportsMoved += reports.length;
    }
    const indicatorMoves = new Map<string | null, string[]>();
    for (const [indicator, before] of currentIndicatorCluster) {
      const target =
        linking.has(indicator) && sets.has(`i:${indicator}`) ? name(sets.find(`i:${indicator}`)) : null;
      if (target === before) continue;
      const list = indicatorMoves.get(target);
      if (list) list.push(indicator);
      else indicatorMoves.set(target, [indicator]);
    }
    for (const [target, indicators] of indicatorMoves)
      await repo.setIndicatorClusters(trx, indicators, target);

    // Old ids that no component kept resolve to the cluster that took most of their reports.
    const destination = new Map<string, Map<string, number>>();
    for (const [report, before] of reportCluster) {
      if (before === null || taken.has(before)) continue;
      const target = nameOf.get(sets.find(`r:${report}`))!;
      let counts = destination.get(before);
      if (!counts) {
        counts = new Map();
        destination.set(before, counts);
      }
      counts.set(target, (counts.get(target) ?? 0) + 1);
    }
    for (const old of await repo.liveClusterIds(trx)) {
      if (taken.has(old) || created.includes(old)) continue;
      const counts = destination.get(old);
      const into = counts ? [...counts].sort((a, b) => b[1] - a[1])[0]![0] : undefined;
      if (into) await repo.retire(trx, old, into, now);
      else await repo.deleteCluster(trx, old);
    }
    await repo.clearStats(trx);
    await repo.refreshAggregates(trx, new Set(nameOf.values()), now);
    await repo.putSetting(trx, 'warninglists.fingerprint', lists.fingerprint);
    return {
      reports: reportCluster.size,
      clusters: new Set(nameOf.values()).size,
      reportsMoved,
      statusesChanged,
      warninglists: lists.fingerprint,
    };
  });
}
