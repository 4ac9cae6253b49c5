import { describe, expect, it } from 'vitest';
import { guardFlags } from '../../../src/domain/linking/link-status.js';
import { accountLookalike, withinOneEdit } from '../../../src/domain/linking/lookalike.js';
import { type KnownIndicator, type PlanReport, planLinks } from '../../../src/domain/linking/plan.js';

function plan(
  reports: PlanReport[],
  known: Record<string, KnownIndicator> = {},
  sizes: Record<string, number> = {},
  held: string[] = [],
) {
  let n = 0;
  return planLinks({
    reports,
    known: new Map(Object.entries(known)),
    clusterSizes: new Map(Object.entries(sizes)),
    classifyNew: (id) =>
      held.includes(id) ? { status: 'warninglisted', reason: 'listed' } : { status: 'linked', reason: null },
    newClusterId: () => `new-${++n}`,
  });
}

const report = (id: string, indicators: string[], seenAt = '2026-01-01T00:00:00.000Z'): PlanReport => ({
  id,
  seenAt,
  indicators: indicators.map((i) => ({ id: i })),
});

describe('planLinks', () => {
  it('puts reports that share an indicator in one new cluster, and others apart', () => {
    const p = plan([report('r1', ['a', 'b']), report('r2', ['b', 'c']), report('r3', ['d'])]);
    expect(p.clusterOf.get('r1')).toBe(p.clusterOf.get('r2'));
    expect(p.clusterOf.get('r3')).not.toBe(p.clusterOf.get('r1'));
    expect(p.created.size).toBe(2);
    expect(p.merges).toEqual([]);
    expect(p.indicatorCluster.get('c')).toBe(p.clusterOf.get('r1'));
  });

  it('merges stored clusters a report joins: the larger keeps its id, the merge names the report', () => {
    const p = plan(
      [report('r9', ['x', 'y', 'z'])],
      { x: { clusterId: 'small', status: 'linked' }, y: { clusterId: 'big', status: 'linked' } },
      { small: 3, big: 40 },
    );
    expect(p.clusterOf.get('r9')).toBe('big');
    expect(p.merges).toEqual([{ into: 'big', from: 'small', reportId: 'r9', reportsMoved: 3 }]);
    expect(p.created.size).toBe(0);
    expect(p.indicatorCluster.get('z')).toBe('big');
  });

  it('does not link through a held-back indicator, stored or new', () => {
    const p = plan(
      [
        report('r1', ['gateway', 'a']),
        report('r2', ['gateway', 'b']),
        report('r3', ['listed', 'a2']),
        report('r4', ['listed', 'b2']),
      ],
      { gateway: { clusterId: null, status: 'suspected_shared' } },
      {},
      ['listed'],
    );
    expect(p.clusterOf.get('r1')).not.toBe(p.clusterOf.get('r2'));
    expect(p.clusterOf.get('r3')).not.toBe(p.clusterOf.get('r4'));
    expect(p.indicatorCluster.get('listed')).toBeNull();
    expect(p.newIndicators.get('listed')?.status).toBe('warninglisted');
  });

  it('records the evidence of the degree guard: a value alone tying a report to its cluster', () => {
    // g and s are stored in two clusters; r1 joins them through g alone on one side and s on the other.
    const p = plan(
      [report('r1', ['g', 's']), report('r2', ['g', 'fresh']), report('r3', ['s', 't'])],
      {
        g: { clusterId: 'G', status: 'linked' },
        s: { clusterId: 'S', status: 'linked' },
        t: { clusterId: 'S', status: 'linked' },
      },
      { G: 5, S: 9 },
    );
    const evidence = p.bridges.map((b) => `${b.indicatorId}@${b.reportId}`).sort();
    // r1: g and s each alone on their side; r2: g with a value never seen; r3: s and t reinforce each other.
    expect(evidence).toEqual(['g@r1', 'g@r2', 's@r1']);
  });

  it('counts a value and the values it implies as one', () => {
    const p = plan(
      [
        {
          id: 'r1',
          seenAt: '2026-01-01T00:00:00.000Z',
          indicators: [{ id: 'wallet' }, { id: 'phone', origin: 'derived' }, { id: 'fresh' }],
        },
      ],
      { wallet: { clusterId: 'W', status: 'linked' }, phone: { clusterId: 'W', status: 'linked' } },
      { W: 4 },
    );
    expect(p.bridges.map((b) => b.indicatorId).sort()).toEqual(['phone', 'wallet']);
  });
});

describe('the degree guard', () => {
  it('flags more than the allowed otherwise-unrelated reports only when they are a large enough share', () => {
    const guard = { maxUnrelated: 3, minShare: 0.15, windowDays: 730 };
    expect(guardFlags(guard, 3, 4)).toBe(false);
    expect(guardFlags(guard, 4, 10)).toBe(true);
    expect(guardFlags(guard, 10, 200)).toBe(false);
  });

  it('recognises look-alikes of a held-back account: unknown bank, or one digit off', () => {
    expect(withinOneEdit('8593289086858', '859328908658')).toBe(true); // a digit dropped
    expect(withinOneEdit('8593289086858', '8593289806858')).toBe(true); // two swapped
    expect(withinOneEdit('8593289086858', '8593289086851')).toBe(true); // one changed
    expect(withinOneEdit('8593289086858', '8593289086811')).toBe(false);
    expect(accountLookalike('KASITHBK:6546158802', 'unknown:TH::6546158802')).toBe(true);
    expect(accountLookalike('KASITHBK:6546158802', 'unknown:TH:k bank:6546158820')).toBe(true);
    expect(accountLookalike('KASITHBK:6546158802', 'unknown:MY::6546158802')).toBe(false);
    expect(accountLookalike('KASITHBK:6546158802', 'SICOTHBK:6546158802')).toBe(false);
    expect(accountLookalike('KASITHBK:6546158802', 'KASITHBK:6546158802')).toBe(false);
    expect(accountLookalike('KASITHBK:1234567', 'KASITHBK:1234568')).toBe(false);
  });
});
