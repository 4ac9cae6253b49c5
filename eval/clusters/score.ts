/**
 * Pure scoring for `npm run eval:clusters` (no I/O): pairwise precision and recall of a clustering
 * against ground-truth groups, and the exact-string baseline (how MISP correlates attributes).
 *
 * Labels are given per item, aligned by index. A `null` label is a group of its own: in the truth it
 * marks a one-off report that belongs to no syndicate, so it forms no true pair with anything.
 *
 * Pairs are never enumerated: with n_ij the number of items in predicted cluster i and true group j,
 *   true ∩ predicted = Σ_ij C(n_ij, 2),  predicted = Σ_i C(a_i, 2),  true = Σ_j C(b_j, 2).
 * Counts stay exact in a double up to 2^53 (C(n, 2) for n ≈ 134 million).
 */

export type Label = string | number | null;

export interface PairCounts {
  /** Items scored. */
  items: number;
  /** Pairs in the same true group. */
  truePairs: number;
  /** Pairs in the same predicted cluster. */
  predictedPairs: number;
  /** Pairs in the same true group and the same predicted cluster. */
  bothPairs: number;
  /** Distinct predicted clusters, singletons (and null labels) included. */
  clusters: number;
  /** Distinct true groups, one-offs (null labels) included. */
  groups: number;
}

export const pairsOf = (n: number): number => (n * (n - 1)) / 2;

/** Maps labels to dense ints 0..k-1; every null gets a fresh int of its own. */
function intern(labels: readonly Label[]): { ids: Int32Array; distinct: number } {
  const ids = new Int32Array(labels.length);
  const seen = new Map<string | number, number>();
  let next = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === null || label === undefined) {
      ids[i] = next++;
      continue;
    }
    let id = seen.get(label);
    if (id === undefined) {
      id = next++;
      seen.set(label, id);
    }
    ids[i] = id;
  }
  return { ids, distinct: next };
}

function sizes(ids: Int32Array, distinct: number): Uint32Array {
  const count = new Uint32Array(distinct);
  for (const id of ids) count[id]! += 1;
  return count;
}

const sumPairs = (count: Uint32Array): number => {
  let total = 0;
  for (const n of count) total += pairsOf(n);
  return total;
};

/** Contingency counts of two labellings of the same items, in O(n). */
export function pairCounts(truth: readonly Label[], predicted: readonly Label[]): PairCounts {
  if (truth.length !== predicted.length)
    throw new Error(`label arrays differ in length: truth ${truth.length}, predicted ${predicted.length}`);
  const t = intern(truth);
  const p = intern(predicted);
  const cells = new Map<number, number>();
  for (let i = 0; i < truth.length; i++) {
    const key = p.ids[i]! * t.distinct + t.ids[i]!;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  let bothPairs = 0;
  for (const n of cells.values()) bothPairs += pairsOf(n);
  return {
    items: truth.length,
    truePairs: sumPairs(sizes(t.ids, t.distinct)),
    predictedPairs: sumPairs(sizes(p.ids, p.distinct)),
    bothPairs,
    clusters: p.distinct,
    groups: t.distinct,
  };
}

/** Share of predicted pairs that are true. 1 by convention when nothing is paired (all singletons). */
export function precision(c: PairCounts): number {
  return c.predictedPairs === 0 ? 1 : c.bothPairs / c.predictedPairs;
}

/** Share of true pairs that are predicted. 1 by convention when the truth has no pairs. */
export function recall(c: PairCounts): number {
  return c.truePairs === 0 ? 1 : c.bothPairs / c.truePairs;
}

export function f1(c: PairCounts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export interface Merge {
  /** The predicted cluster (its label). */
  cluster: string | number;
  size: number;
  /** Wrongly joined pairs in it: its pairs minus those within one true group. */
  falsePairs: number;
  /** The true groups it holds, largest first (a one-off counts as null). */
  parts: { group: string | null; items: number }[];
}

export interface Split {
  group: string;
  size: number;
  /** True pairs of the group that no cluster holds. */
  missedPairs: number;
  /** The predicted clusters the group is spread over, largest share first. */
  parts: { cluster: string | number | null; items: number }[];
}

/**
 * Where precision and recall are lost: the predicted clusters with the most wrongly joined pairs, and the
 * true groups with the most missed pairs, `top` of each.
 */
export function worstMistakes(
  truth: readonly Label[],
  predicted: readonly Label[],
  top = 5,
): { merges: Merge[]; splits: Split[] } {
  const byCluster = new Map<string | number, Map<Label, number>>();
  const byGroup = new Map<string | number, Map<Label, number>>();
  const bump = (outer: Map<string | number, Map<Label, number>>, key: string | number, inner: Label) => {
    let m = outer.get(key);
    if (!m) {
      m = new Map();
      outer.set(key, m);
    }
    m.set(inner, (m.get(inner) ?? 0) + 1);
  };
  let oneOff = 0;
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i] ?? null;
    const p = predicted[i] ?? null;
    // A null truth label is a group of its own: give each its own key so two one-offs never count as one.
    if (p !== null) bump(byCluster, p, t === null ? `\u0000one-off ${oneOff++}` : t);
    if (t !== null) bump(byGroup, t, p);
  }
  const isOneOff = (k: Label) => typeof k === 'string' && k.startsWith('\u0000one-off');
  const merges: Merge[] = [];
  for (const [cluster, parts] of byCluster) {
    let size = 0;
    let within = 0;
    for (const [group, n] of parts) {
      size += n;
      if (!isOneOff(group)) within += pairsOf(n);
    }
    const falsePairs = pairsOf(size) - within;
    if (falsePairs === 0) continue;
    const grouped = new Map<string | null, number>();
    for (const [group, n] of parts) {
      const key = isOneOff(group) ? null : String(group);
      grouped.set(key, (grouped.get(key) ?? 0) + n);
    }
    merges.push({
      cluster,
      size,
      falsePairs,
      parts: [...grouped].map(([group, items]) => ({ group, items })).sort((a, b) => b.items - a.items),
    });
  }
  const splits: Split[] = [];
  for (const [group, parts] of byGroup) {
    let size = 0;
    let within = 0;
    for (const [cluster, n] of parts) {
      size += n;
      if (cluster !== null) within += pairsOf(n);
    }
    const missedPairs = pairsOf(size) - within;
    if (missedPairs === 0) continue;
    splits.push({
      group: String(group),
      size,
      missedPairs,
      parts: [...parts].map(([cluster, items]) => ({ cluster, items })).sort((a, b) => b.items - a.items),
    });
  }
  merges.sort((a, b) => b.falsePairs - a.falsePairs);
  splits.sort((a, b) => b.missedPairs - a.missedPairs);
  return { merges: merges.slice(0, top), splits: splits.slice(0, top) };
}

/** Disjoint sets over 0..n-1 with union by size and path halving. */
export class UnionFind {
  private readonly parent: number[] = [];
  private readonly size: number[] = [];

  /** Adds one singleton and returns its index. */
  add(): number {
    const i = this.parent.length;
    this.parent.push(i);
    this.size.push(1);
    return i;
  }

  get length(): number {
    return this.parent.length;
  }

  find(i: number): number {
    const parent = this.parent;
    while (parent[i]! !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  }

  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
  }

  /** The root of each item: equal labels ⇔ same set. */
  labels(): number[] {
    return this.parent.map((_, i) => this.find(i));
  }
}

/** The string under which a value is correlated; undefined or '' leaves the value out. */
export type ValueKey = (value: string) => string | undefined;

/** Exactly as written, trimmed: MISP's attribute correlation (a bank account is its number alone). */
export const exactKey: ValueKey = (value) => value.trim();

/** A little kinder than MISP: case-folded, with every whitespace character removed. */
export const foldedKey: ValueKey = (value) => value.toLowerCase().replace(/\s+/gu, '');

/**
 * Baseline linker: reports are linked when they share an indicator key (see `ValueKey`); connected
 * reports form one cluster. No narrative extraction, no canonicalisation, no warninglist. Feed it one
 * report at a time (memory holds only the keys seen), then read `labels()`.
 */
export class ExactStringLinker {
  private readonly sets = new UnionFind();
  /** Key → the first report that had it. */
  private readonly first = new Map<string, number>();

  constructor(private readonly key: ValueKey = exactKey) {}

  /** Adds one report with the indicator values as written; returns its index. */
  add(values: Iterable<unknown>): number {
    const report = this.sets.add();
    for (const value of values) {
      if (typeof value !== 'string') continue;
      const key = this.key(value);
      if (key === undefined || key === '') continue;
      const earlier = this.first.get(key);
      if (earlier === undefined) this.first.set(key, report);
      else this.sets.union(earlier, report);
    }
    return report;
  }

  get reports(): number {
    return this.sets.length;
  }

  /** Distinct keys seen: the rows MISP would correlate on. */
  get keys(): number {
    return this.first.size;
  }

  labels(): number[] {
    return this.sets.labels();
  }
}

/** Convenience: the baseline's cluster labels for reports given with their indicators. */
export function exactStringClusters(
  reports: readonly { indicators?: readonly { value?: unknown }[] }[],
  key: ValueKey = exactKey,
): number[] {
  const linker = new ExactStringLinker(key);
  for (const r of reports) linker.add((r.indicators ?? []).map((i) => i.value));
  return linker.labels();
}
