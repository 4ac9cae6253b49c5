import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { LinkRepository } from './link.repository.js';

/** Nodes explored at most before giving up on a local answer (the caller then recomputes the whole cluster). */
const EXPLORE_LIMIT = 200_000;

export interface Detached {
  /** Components that fell off the cluster (complete: every report and linking indicator of each). */
  parts: { reports: string[]; indicators: string[] }[];
}

interface Group {
  reports: Set<string>;
  indicators: Set<string>;
  frontierReports: string[];
  frontierIndicators: string[];
  done: boolean;
  merged: Group | null;
}

const rootOf = (g: Group): Group => {
  let r = g;
  while (r.merged) r = r.merged;
  return r;
};

/**
 * What falls off a cluster when some of its values stop linking, found from where they were rather than
 * from the whole cluster: a search starts from each report that mentioned them, searches that meet join,
 * and the smallest search always goes first. A search that runs out is a component that fell off; once
 * only one search is left running, it is the rest of the cluster, which keeps its id. A value that was one
 * of many ties of its cluster costs a few steps; a shared value that glued syndicates costs the size of the
 * syndicates it glued to the largest, never the size of the largest. Returns undefined past the limit.
 */
export async function detach(
  repo: LinkRepository,
  trx: Kysely<Database>,
  starts: readonly string[],
  gone: ReadonlySet<string>,
): Promise<Detached | undefined> {
  const owner = new Map<string, Group>();
  const groups: Group[] = [];
  for (const report of starts) {
    if (owner.has(`r:${report}`)) continue;
    const group: Group = {
      reports: new Set([report]),
      indicators: new Set(),
      frontierReports: [report],
      frontierIndicators: [],
      done: false,
      merged: null,
    };
    owner.set(`r:${report}`, group);
    groups.push(group);
  }
  const join = (a: Group, b: Group): Group => {
    const [big, small] =
      a.reports.size + a.indicators.size >= b.reports.size + b.indicators.size ? [a, b] : [b, a];
    for (const r of small.reports) big.reports.add(r);
    for (const i of small.indicators) big.indicators.add(i);
    for (const r of small.frontierReports) big.frontierReports.push(r);
    for (const i of small.frontierIndicators) big.frontierIndicators.push(i);
    big.done =
      big.done && small.done && big.frontierReports.length === 0 && big.frontierIndicators.length === 0;
    small.merged = big;
    return big;
  };
  const claim = (group: Group, key: string): { group: Group; fresh: boolean } => {
    const other = owner.get(key);
    if (!other) {
      owner.set(key, group);
      return { group, fresh: true };
    }
    const root = rootOf(other);
    return { group: root === group ? group : join(group, root), fresh: false };
  };

  let explored = 0;
  for (;;) {
    const active = [...new Set(groups.map(rootOf))].filter((g) => !g.done);
    if (active.length <= 1) break;
    let group = active.reduce((a, b) =>
      a.reports.size + a.indicators.size <= b.reports.size + b.indicators.size ? a : b,
    );
    if (group.frontierReports.length > 0) {
      const reports = group.frontierReports;
      group.frontierReports = [];
      for (const edge of await repo.linkingIndicatorsOfReports(trx, reports)) {
        if (gone.has(edge.indicator_id)) continue;
        const claimed = claim(group, `i:${edge.indicator_id}`);
        group = claimed.group;
        if (claimed.fresh) {
          group.indicators.add(edge.indicator_id);
          group.frontierIndicators.push(edge.indicator_id);
        }
      }
    } else if (group.frontierIndicators.length > 0) {
      const indicators = group.frontierIndicators;
      group.frontierIndicators = [];
      for (const edge of await repo.reportsOfIndicators(trx, indicators, EXPLORE_LIMIT)) {
        const claimed = claim(group, `r:${edge.report_id}`);
        group = claimed.group;
        if (claimed.fresh) {
          group.reports.add(edge.report_id);
          group.frontierReports.push(edge.report_id);
        }
      }
    } else group.done = true;
    explored = owner.size;
    if (explored > EXPLORE_LIMIT) return undefined;
  }
  const finals = [...new Set(groups.map(rootOf))];
  const running = finals.filter((g) => !g.done);
  // The rest of the cluster is the search still running or, when every search ran out, the largest one.
  const rest =
    running[0] ??
    finals.reduce((a, b) => (a.reports.size >= b.reports.size ? a : b), finals[0] ?? ({} as Group));
  return {
    parts: finals
      .filter((g) => g !== rest)
      .map((g) => ({ reports: [...g.reports].sort(), indicators: [...g.indicators] })),
  };
}
