import { links } from './link-status.js';

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

/** Disjoint sets over dense integer nodes: the planner's hot loop, kept free of string keys. */
class Sets {
  private readonly parent: number[] = [];
  private readonly size: number[] = [];

  add(): number {
    const node = this.parent.length;
    this.parent.push(node);
    this.size.push(1);
    return node;
  }

  find(node: number): number {
    const parent = this.parent;
    while (parent[node] !== node) {
      const grand = parent[parent[node]!]!;
      parent[node] = grand;
      node = grand;
    }
    return node;
  }

  /** Joins two roots; returns the new root. */
  union(ra: number, rb: number): number {
    if (ra === rb) return ra;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return ra;
  }
}

const NOT_LINKING = -1;

export function planLinks(input: PlanInput): LinkPlan {
  const sets = new Sets();
  const newIndicators = new Map<string, NewIndicatorLink>();
  /** Roots whose set already holds a report (a stored cluster or an earlier report of this batch). */
  const established: boolean[] = [];
  /** The stored clusters in each set, by root (cluster nodes). */
  const storedIn = new Map<number, number[]>();
  const clusterNodes = new Map<string, number>();
  const clusterIds: string[] = [];
  /** Which report first joined a stored cluster (by node) to another established set. */
  const joinedBy = new Map<number, string>();
  /** Each indicator's node (memoised; statuses do not change while planning), or NOT_LINKING. */
  const elements = new Map<string, number>();

  const addNode = (isEstablished: boolean): number => {
    const node = sets.add();
    established[node] = isEstablished;
    return node;
  };
  const union = (a: number, b: number): number => {
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb) return ra;
    const root = sets.union(ra, rb);
    const other = root === ra ? rb : ra;
    const moving = storedIn.get(other);
    if (moving) {
      const list = storedIn.get(root);
      if (list) for (const node of moving) list.push(node);
      else storedIn.set(root, moving);
      storedIn.delete(other);
    }
    if (established[other]) established[root] = true;
    return root;
  };

  const elementOf = (indicatorId: string): number => {
    const memo = elements.get(indicatorId);
    if (memo !== undefined) return memo;
    let element = NOT_LINKING;
    const known = input.known.get(indicatorId);
    if (known) {
      if (links(known.status)) {
        if (known.clusterId !== null) {
          let node = clusterNodes.get(known.clusterId);
          if (node === undefined) {
            node = addNode(true);
            clusterNodes.set(known.clusterId, node);
            clusterIds[node] = known.clusterId;
            storedIn.set(node, [node]);
          }
          element = node;
        } else element = addNode(false);
      }
    } else {
      const link = input.classifyNew(indicatorId);
      newIndicators.set(indicatorId, link);
      if (links(link.status)) element = addNode(false);
    }
    elements.set(indicatorId, element);
    return element;
  };

  const bridges: Bridge[] = [];
  const reportNodes: number[] = [];
  for (const report of input.reports) {
    const own = addNode(false);
    reportNodes.push(own);
    // The report's linking indicators, grouped by the set each belongs to before this report joins them.
    const groups: { root: number; all: string[]; primary: number }[] = [];
    for (const indicator of report.indicators) {
      const element = elementOf(indicator.id);
      if (element === NOT_LINKING) continue;
      const root = sets.find(element);
      let group = groups.find((g) => g.root === root);
      if (!group) {
        group = { root, all: [], primary: 0 };
        groups.push(group);
      }
      group.all.push(indicator.id);
      if (indicator.origin !== 'derived') group.primary++;
    }
    const establishedGroups = groups.filter((g) => established[g.root]);
    // A value that alone ties the report to its cluster, while the report's other values are new or belong
    // to another cluster, is seen in an otherwise unrelated report. Shared infrastructure (a gateway's
    // collection account, an exchange's hot wallet) is, over and over; a syndicate's own values seldom are.
    if (groups.length >= 2) {
      const joined = establishedGroups.length >= 2;
      for (const group of establishedGroups) {
        if (group.primary > 1) continue;
        const others: string[] = [];
        for (const other of groups) if (other !== group) others.push(...other.all);
        for (const id of group.all)
          bridges.push({ indicatorId: id, reportId: report.id, seenAt: report.seenAt, joined, others });
      }
      if (joined)
        for (const group of establishedGroups)
          for (const node of storedIn.get(group.root) ?? [])
            if (!joinedBy.has(node)) joinedBy.set(node, report.id);
    }
    let root = own;
    for (const group of groups) root = union(root, group.root);
    established[root] = true;
  }

  // Name each final set: the largest stored cluster in it keeps its id; a set of new values gets a new id.
  const nameOf = new Map<number, string>();
  const created = new Set<string>();
  const merges: Merge[] = [];
  const touched = new Set<string>();
  const size = (id: string) => input.clusterSizes.get(id) ?? 0;
  const nameFor = (root: number): string => {
    let name = nameOf.get(root);
    if (name !== undefined) return name;
    const candidates = (storedIn.get(root) ?? []).map((node) => clusterIds[node]!);
    if (candidates.length > 0) {
      candidates.sort((a, b) => size(b) - size(a) || (a < b ? -1 : a > b ? 1 : 0));
      name = candidates[0]!;
      for (const loser of candidates.slice(1))
        merges.push({
          into: name,
          from: loser,
          reportId: joinedBy.get(clusterNodes.get(loser)!) ?? '',
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
  input.reports.forEach((report, i) => {
    clusterOf.set(report.id, nameFor(sets.find(reportNodes[i]!)));
  });
  const indicatorCluster = new Map<string, string | null>();
  for (const [id, element] of elements)
    indicatorCluster.set(id, element === NOT_LINKING ? null : nameFor(sets.find(element)));
  return { clusterOf, indicatorCluster, newIndicators, created, merges, bridges, touched };
}
