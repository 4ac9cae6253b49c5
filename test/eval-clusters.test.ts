import { describe, expect, it } from 'vitest';
import {
  ExactStringLinker,
  exactStringClusters,
  f1,
  foldedKey,
  type Label,
  pairCounts,
  pairsOf,
  precision,
  recall,
  UnionFind,
  worstMistakes,
} from '../eval/clusters/score.js';

// Ten reports: syndicate A has 4, B has 3, and 3 are one-offs (null: each a group of its own).
// True pairs: C(4,2) + C(3,2) = 6 + 3 = 9. All pairs: C(10,2) = 45.
const truth: Label[] = ['A', 'A', 'A', 'A', 'B', 'B', 'B', null, null, null];

describe('pairwise scoring', () => {
  it('scores a perfect clustering 1 / 1', () => {
    const predicted = ['c1', 'c1', 'c1', 'c1', 'c2', 'c2', 'c2', 'x', 'y', 'z'];
    const c = pairCounts(truth, predicted);
    expect(c).toEqual({ items: 10, truePairs: 9, predictedPairs: 9, bothPairs: 9, clusters: 5, groups: 5 });
    expect(precision(c)).toBe(1);
    expect(recall(c)).toBe(1);
    expect(f1(c)).toBe(1);
  });

  it('does not care what the cluster ids are, only how they group', () => {
    const predicted = [7, 7, 7, 7, 'k', 'k', 'k', null, null, null];
    expect(pairCounts(truth, predicted)).toMatchObject({ bothPairs: 9, predictedPairs: 9 });
  });

  it('everything in one cluster: recall 1, precision = true pairs / all pairs', () => {
    const c = pairCounts(truth, new Array(10).fill('all'));
    expect(c).toMatchObject({ truePairs: 9, predictedPairs: 45, bothPairs: 9, clusters: 1 });
    expect(precision(c)).toBeCloseTo(9 / 45);
    expect(recall(c)).toBe(1);
  });

  it('all singletons: recall 0, and precision 1 by convention (no predicted pair, so none is wrong)', () => {
    const c = pairCounts(
      truth,
      truth.map((_, i) => `s${i}`),
    );
    expect(c).toMatchObject({ predictedPairs: 0, bothPairs: 0, clusters: 10 });
    expect(precision(c)).toBe(1);
    expect(recall(c)).toBe(0);
    expect(f1(c)).toBe(0);
    // null predicted labels are singletons too.
    expect(pairCounts(truth, new Array(10).fill(null))).toEqual(c);
  });

  it('one-offs put in one cluster together are wrong pairs, not right ones', () => {
    const predicted = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'o', 'o', 'o'];
    const c = pairCounts(truth, predicted);
    expect(c).toMatchObject({ truePairs: 9, predictedPairs: 12, bothPairs: 9 });
    expect(precision(c)).toBeCloseTo(9 / 12);
    expect(recall(c)).toBe(1);
  });

  it('counts a split and a merge by the contingency table', () => {
    // A split 3 + 1; B and one one-off merged.
    const predicted = ['p', 'p', 'p', 'q', 'r', 'r', 'r', 'r', 's', 't'];
    const c = pairCounts(truth, predicted);
    // predicted: C(3,2) + C(4,2) = 3 + 6 = 9; both: C(3,2) [A in p] + C(3,2) [B in r] = 6.
    expect(c).toMatchObject({ truePairs: 9, predictedPairs: 9, bothPairs: 6 });
    expect(precision(c)).toBeCloseTo(6 / 9);
    expect(recall(c)).toBeCloseTo(6 / 9);
    const { merges, splits } = worstMistakes(truth, predicted);
    expect(merges).toEqual([
      {
        cluster: 'r',
        size: 4,
        falsePairs: 3,
        parts: [
          { group: 'B', items: 3 },
          { group: null, items: 1 },
        ],
      },
    ]);
    expect(splits).toEqual([
      {
        group: 'A',
        size: 4,
        missedPairs: 3,
        parts: [
          { cluster: 'p', items: 3 },
          { cluster: 'q', items: 1 },
        ],
      },
    ]);
  });

  it('refuses label arrays of different lengths', () => {
    expect(() => pairCounts(['A'], [])).toThrow(/differ in length/);
  });

  it('stays exact for large groups without enumerating pairs', () => {
    const n = 200_000;
    const t = new Array<Label>(n).fill('S');
    const c = pairCounts(t, t);
    expect(c.truePairs).toBe(pairsOf(n));
    expect(c.truePairs).toBe(19_999_900_000);
  });
});

describe('exact-string baseline', () => {
  it('joins two reports that share one exact string, and chains through a third', () => {
    const labels = exactStringClusters([
      { indicators: [{ value: '+6281234567890' }, { value: 'a@b.co.id' }] },
      { indicators: [{ value: ' a@b.co.id ' }] }, // trimmed, then equal
      { indicators: [{ value: 'other' }] },
      { indicators: [{ value: 'other' }, { value: '+6281234567890' }] },
      { indicators: [] },
    ]);
    expect(new Set(labels.slice(0, 4)).size).toBe(1);
    expect(labels[4]).not.toBe(labels[0]);
  });

  it('does not join 0812-3456-7890 with 081234567890, nor different cases', () => {
    const labels = exactStringClusters([
      { indicators: [{ value: '0812-3456-7890' }] },
      { indicators: [{ value: '081234567890' }] },
      { indicators: [{ value: 'Scam.example' }] },
      { indicators: [{ value: 'scam.example' }] },
    ]);
    expect(new Set(labels).size).toBe(4);
  });

  it('looks at the value alone: one bank account number at two banks is one string', () => {
    const labels = exactStringClusters([
      { indicators: [{ value: '7169470601', bank: 'BCA' } as { value: string }] },
      { indicators: [{ value: '7169470601', bank: 'BRI' } as { value: string }] },
    ]);
    expect(labels[0]).toBe(labels[1]);
  });

  it('the folded variant ignores case and whitespace, but still not dashes', () => {
    const linker = new ExactStringLinker(foldedKey);
    linker.add(['096 662 0122']);
    linker.add(['0966620122']);
    linker.add(['Scam.Example']);
    linker.add(['scam.example']);
    linker.add(['096-662-0122']);
    const labels = linker.labels();
    expect(labels[0]).toBe(labels[1]);
    expect(labels[2]).toBe(labels[3]);
    expect(labels[4]).not.toBe(labels[0]);
    expect(linker.keys).toBe(3);
  });

  it('skips empty and non-string values', () => {
    const linker = new ExactStringLinker();
    linker.add(['', '  ', 42, null]);
    linker.add(['', '  ', 42, null]);
    const [a, b] = linker.labels();
    expect(a).not.toBe(b);
    expect(linker.keys).toBe(0);
  });
});

describe('union-find', () => {
  it('merges sets and finds the same root for every member', () => {
    const uf = new UnionFind();
    for (let i = 0; i < 6; i++) uf.add();
    uf.union(0, 1);
    uf.union(2, 3);
    uf.union(1, 3);
    uf.union(3, 3);
    const labels = uf.labels();
    expect(new Set([labels[0], labels[1], labels[2], labels[3]]).size).toBe(1);
    expect(new Set(labels).size).toBe(3);
  });
});
