import { links } from './link-status.js';
import { UnionFind } from './union-find.js';

/**
 * Incremental linking of one batch of reports, as a pure computation: given what the store knows of the
 * batch's indicators (their cluster, whether they link) and how big those clusters are, it decides which
 * cluster each report joins, which clusters merge (the larger keeps its id), which new clusters are born and
 * which indicators bridged otherwise unrelated clusters (the degree guard's evidence). The caller writes it.
 */
export interface PlanReport {
  id: string;
  seenAt: string;
  /** `origin: 'derived'` marks a value implied by another of the report's (a URL's domain, a wallet's phone). */
  indicators: readonly { id: string; origin?: string }[];
}

export interface KnownIndicator {
  clusterId: string | null;
  status: string;
}

export interface NewIndicatorLink {
  status: string;
  reason: string | null;
}

export interface PlanInput {
  reports: readonly PlanReport[];
  /** The batch's indicators the store already holds. */
  known: ReadonlyMap<string, KnownIndicator>;
  /** Report counts of the clusters `known` mentions: the larger of two merging clusters keeps its id. */
  clusterSizes: ReadonlyMap<string, number>;
  /** How a not-yet-stored indicator starts: linking, or held back by a warninglist. */
  classifyNew(indicatorId: string): NewIndicatorLink;
  newClusterId(): string;
}

export interface Merge {
  /** The surviving cluster. */
  into: string;
  /** The cluster merged into it (its id keeps resolving to `into`). */
  from: string;
  /** The first report of the batch that joined them. */
  reportId: string;
  reportsMoved: number;
}

export interface Bridge {
  indicatorId: string;
  reportId: string;
  seenAt: string;
  /** The report joined clusters that were apart until then. */
  joined: boolean;
  /** The report's other linking values, outside the indicator's cluster when it came. */
  others: string[];
}

export interface LinkPlan {
  clusterOf: Map<string, string>;
  /** Cluster (or null when held back) of every linking indicator of the batch, known or new. */
  indicatorCluster: Map<string, string | null>;
  newIndicators: Map<string, NewIndicatorLink>;
  created: Set<string>;
  merges: Merge[];
  bridges: Bridge[];
  /** Every cluster whose members changed: their aggregates need recomputing. */
  touched: Set<string>;
}

const clusterKey = (id: string) => `c:${id}`;
const indicatorKey = (id: string) => `i:${id}`;
const reportKey = (id: string) => `r:${id}`;

export function planLinks(input: PlanInput): LinkPlan {
  const sets = new UnionFind();
  const newIndicators = new Map<string, NewIndicatorLink>();
  /** Roots whose set already holds a report (a stored cluster or an earlier report of this batch). */
  const established = new Set<string>();
  /** Which report first joined a stored cluster to another established set. */
  const joinedBy = new Map<string, string>();
  /** The stored clusters in each set, by root. */
  const storedIn = new Map<string, string[]>();
  const union = (a: string, b: string): string => {
    const ra = sets.find(a);
    const rb = sets.find(b);
    const root = sets.union(ra, rb);
    if (ra !== rb) {
      const other = root === ra ? rb : ra;
      const moving = storedIn.get(other);
      if (moving) {
        const list = storedIn.get(root);
        if (list) for (const key of moving) list.push(key);
        else storedIn.set(root, moving);
        storedIn.delete(other);
      }
      if (established.has(other)) established.add(root);
    }
    return root;
  };

  const elementOf = (indicatorId: string): string | null => {
    const known = input.known.get(indicatorId);
    if (known) {
      if (!links(known.status)) return null;
      if (known.clusterId !== null) {
        const key = clusterKey(known.clusterId);
        if (!sets.has(key)) {
          sets.add(key);
          established.add(key);
          storedIn.set(key, [key]);
        }
        return key;
      }
      return indicatorKey(indicatorId);
    }
    let link = newIndicators.get(indicatorId);
    if (!link) {
      link = input.classifyNew(indicatorId);
      newIndicators.set(indicatorId, link);
    }
    return links(link.status) ? indicatorKey(indicatorId) : null;
  };

  const bridges: Bridge[] = [];
  for (const report of input.reports) {
    const own = reportKey(report.id);
    sets.add(own);
    // The report's linking indicators, grouped by the set each belongs to before this report joins them.
    const groups = new Map<string, { all: string[]; primary: number }>();
    for (const indicator of report.indicators) {
      const element = elementOf(indicator.id);
      if (element === null) continue;
      const root = sets.find(element);
      let group = groups.get(root);
      if (!group) {
        group = { all: [], primary: 0 };
        groups.set(root, group);
      }
      group.all.push(indicator.id);
      if (indicator.origin !== 'derived') group.primary++;
    }
    const establishedRoots = [...groups.keys()].filter((root) => established.has(root));
    // A value that alone ties the report to its cluster, while the report's other values are new or belong
    // to another cluster, is seen in an otherwise unrelated report. Shared infrastructure (a gateway's
    // collection account, an exchange's hot wallet) is, over and over; a syndicate's own values seldom are.
    if (groups.size >= 2)
      for (const root of establishedRoots) {
        const group = groups.get(root)!;
        if (group.primary > 1) continue;
        const others: string[] = [];
        for (const [otherRoot, other] of groups) if (otherRoot !== root) others.push(...other.all);
        const joined = establishedRoots.length >= 2;
        for (const id of group.all)
          bridges.push({ indicatorId: id, reportId: report.id, seenAt: report.seenAt, joined, others });
      }
    if (establishedRoots.length >= 2)
      for (const root of establishedRoots)
        for (const key of storedIn.get(root) ?? []) if (!joinedBy.has(key)) joinedBy.set(key, report.id);
    let root = own;
    for (const groupRoot of groups.keys()) root = union(root, groupRoot);
    established.add(root);
  }

  // Name each final set: the largest stored cluster in it keeps its id; a set of new values gets a new id.
  const stored = new Map<string, string[]>();
  for (const key of sets.keys()) {
    if (!key.startsWith('c:')) continue;
    const root = sets.find(key);
    const list = stored.get(root);
    if (list) list.push(key.slice(2));
    else stored.set(root, [key.slice(2)]);
  }
  const nameOf = new Map<string, string>();
  const created = new Set<string>();
  const merges: Merge[] = [];
  const touched = new Set<string>();
  const size = (id: string) => input.clusterSizes.get(id) ?? 0;
  const nameFor = (root: string): string => {
    let name = nameOf.get(root);
    if (name !== undefined) return name;
    const candidates = stored.get(root);
    if (candidates && candidates.length > 0) {
      candidates.sort((a, b) => size(b) - size(a) || (a < b ? -1 : a > b ? 1 : 0));
      name = candidates[0]!;
      for (const loser of candidates.slice(1))
        merges.push({
          into: name,
          from: loser,
          reportId: joinedBy.get(clusterKey(loser)) ?? '',
          reportsMoved: size(loser),
        });
    } else {
      name = input.newClusterId();
      created.add(name);
    }
    nameOf.set(root, name);
    touched.add(name);
    return name;
  };

  const clusterOf = new Map<string, string>();
  for (const report of input.reports) clusterOf.set(report.id, nameFor(sets.find(reportKey(report.id))));
  const indicatorCluster = new Map<string, string | null>();
  for (const report of input.reports)
    for (const indicator of report.indicators) {
      if (indicatorCluster.has(indicator.id)) continue;
      const element = elementOf(indicator.id);
      indicatorCluster.set(indicator.id, element === null ? null : nameFor(sets.find(element)));
    }
  return { clusterOf, indicatorCluster, newIndicators, created, merges, bridges, touched };
}
