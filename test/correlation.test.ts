import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operatorActor } from '../src/domain/access/roles.js';
import { generateDemo } from '../src/features/demo/index.js';
import { buildServer } from '../src/http/server.js';
import { DIALECTS, openTestApp, TEST_TOKEN, type TestApp } from './support/app.js';

/** The node's own view of a look-up (what its organisations may see of everyone's). */
const NODE_VIEW = { public: false, orgId: undefined } as const;

const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString();
let seq = 0;
const report = (
  country: string,
  indicators: Record<string, string>[],
  extra: Record<string, unknown> = {},
) => ({
  id: `T-${++seq}`,
  reported_at: at(seq),
  country,
  source: 'victim',
  scam_type: 'investment',
  indicators,
  ...extra,
});

/** Reports grouped by cluster, as sets of source ids: the partition, whatever the ids. */
async function partition(t: TestApp): Promise<Map<string, string[]>> {
  const groups = new Map<string, string[]>();
  for await (const page of t.app.clusters.export(1000))
    for (const row of page) {
      const list = groups.get(row.cluster ?? 'none') ?? [];
      list.push(row.report);
      groups.set(row.cluster ?? 'none', list);
    }
  return groups;
}
/** Every cluster's figures and statistics rows, rounded, in a stable order. */
async function statSnapshot(t: TestApp) {
  const db = t.app.database.db;
  const stats = await db
    .selectFrom('cluster_stat')
    .selectAll()
    .where('count', '>', 0)
    .orderBy('cluster_id')
    .orderBy('dimension')
    .orderBy('key')
    .execute();
  const clusters = await db
    .selectFrom('cluster')
    .select(['id', 'report_count', 'indicator_count', 'first_seen', 'last_seen', 'countries', 'loss_usd'])
    .where('merged_into', 'is', null)
    .where('report_count', '>', 0)
    .orderBy('id')
    .execute();
  return {
    stats: stats.map((r) => ({ ...r, count: Number(r.count), amount: Math.round(Number(r.amount) * 100) })),
    clusters: clusters.map((c) => ({ ...c, loss_usd: Math.round(Number(c.loss_usd)) })),
  };
}

const canonical = (groups: Map<string, string[]>) =>
  [...groups.values()].map((g) => g.sort().join(' ')).sort();

describe.each(DIALECTS)('linking on %s', (dialect) => {
  let t: TestApp;
  let org: string;
  beforeEach(async () => {
    t = await openTestApp(dialect);
    org = t.app.nodeOrganisation.id;
  });
  afterEach(async () => {
    await t.close();
  });

  const submit = async (records: unknown[], by = org) => {
    const results = await t.app.reports.submit(records, by);
    for (const r of results) expect(r.status, JSON.stringify(r)).not.toBe('rejected');
    return results.map((r) => r.report_id!);
  };
  const clusterOfValue = async (value: string, country?: string) =>
    (await t.app.clusters.ofIndicator({ value, country })).cluster?.id ?? null;

  it('joins reports that share an indicator however it was written, and keeps others apart', async () => {
    const [a, b, c] = await submit([
      report('ID', [
        { kind: 'phone', value: '0812-1111-2222' },
        { kind: 'bank_account', bank: 'BCA', value: '123 456 7890' },
      ]),
      report('ID', [
        { kind: 'phone', value: '+62 812 1111 2222' },
        { kind: 'ewallet', provider: 'DANA', value: '0813 5555 6666' },
      ]),
      report('TH', [{ kind: 'phone', value: '081-234-5678' }]),
    ]);
    const [ra, rb, rc] = await Promise.all(
      [a!, b!, c!].map((id) => t.app.reports.get(id, operatorActor(t.app.nodeOrganisation.id, 'test'))),
    );
    const cluster =
      (await t.app.clusters.ofIndicator({ value: 'CENAIDJA:1234567890', kind: 'bank_account' })).cluster
        ?.id ?? null;
    expect(cluster).not.toBeNull();
    const view = await t.app.clusters.get(cluster!);
    expect(view.reports).toBe(2);
    expect(Object.keys(view.indicators).sort()).toEqual(['bank_account', 'ewallet', 'phone']);
    expect(view.countries.map((c) => c.country)).toEqual(['ID']);
    expect(await clusterOfValue('081-234-5678', 'TH')).not.toBe(cluster);
    expect([ra, rb, rc].every(Boolean)).toBe(true);
  });

  it('merges two clusters a report joins: the larger keeps its id and the old id still resolves', async () => {
    await submit([
      report('ID', [{ kind: 'phone', value: '0812-2000-0001' }]),
      report('ID', [
        { kind: 'phone', value: '0812-2000-0001' },
        { kind: 'phone', value: '0812-2000-0009' },
      ]),
    ]);
    await submit([report('MY', [{ kind: 'phone', value: '+60 12-345 6789' }])]);
    const larger = (await clusterOfValue('0812-2000-0001', 'ID'))!;
    const smaller = (await clusterOfValue('+60123456789'))!;
    expect(larger).not.toBe(smaller);
    const [joiner] = await submit([
      report('MY', [
        { kind: 'phone', value: '012-345 6789' },
        { kind: 'phone', value: '+62 812 2000 0009' },
      ]),
    ]);
    expect(await clusterOfValue('+60123456789')).toBe(larger);
    const view = await t.app.clusters.get(smaller);
    expect(view).toMatchObject({ id: larger, requested_id: smaller, merged_into: larger, reports: 4 });
    expect(view.events).toContainEqual(
      expect.objectContaining({
        kind: 'merge',
        cluster_id: larger,
        other_id: smaller,
        report_id: joiner,
        reports_moved: 1,
      }),
    );
    expect(view.countries.map((c) => c.country)).toEqual(['ID', 'MY']);
    const listed = await t.app.clusters.list({
      crossBorder: true,
      minReports: 2,
      sort: 'reports',
      limit: 10,
      offset: 0,
    });
    expect(listed.clusters.map((c) => c.id)).toEqual([larger]);
  });

  it('records a warninglisted value but does not link through it, and says why', async () => {
    await submit([
      report('ID', [
        { kind: 'url', value: 'https://t.me/+AAAAbbbbCCCC' },
        { kind: 'phone', value: '0812-3000-0001' },
      ]),
      report('ID', [
        { kind: 'url', value: 'hxxps://t[.]me/+ZZZZyyyyXXXX' },
        { kind: 'phone', value: '0812-3000-0002' },
      ]),
    ]);
    const a = await clusterOfValue('0812-3000-0001', 'ID');
    const b = await clusterOfValue('0812-3000-0002', 'ID');
    expect(a).not.toBe(b);
    const domain = await t.app.clusters.ofIndicator({ value: 't.me', kind: 'domain' });
    expect(domain.indicator).toMatchObject({ links: false, status: 'warninglisted' });
    expect(domain.indicator.reason).toMatch(/warninglist platform-domains@/);
    expect('reports_in_clusters' in domain && domain.reports_in_clusters.length).toBe(2);
    expect((await t.app.clusters.get(a!)).held_back).toContainEqual(
      expect.objectContaining({ value: 't.me', status: 'warninglisted' }),
    );
    // Still searchable: the look-up counts it.
    expect((await t.app.indicators.check({ value: 't.me', kind: 'domain' }, NODE_VIEW)).reports).toBe(2);
  });

  it('holds back a value seen across many otherwise unrelated reports, splits what it glued, and obeys analysts', async () => {
    const gateway = { kind: 'bank_account', bank: 'BRI', value: '1122 3344 5566 778' };
    const records = Array.from({ length: 8 }, (_, i) =>
      report('ID', [gateway, { kind: 'phone', value: `0812-4000-00${String(i).padStart(2, '0')}` }]),
    );
    for (const r of records) await submit([r]);
    const held = await t.app.clusters.ofIndicator({
      value: 'BRINIDJA:112233445566778',
      kind: 'bank_account',
    });
    expect(held.indicator).toMatchObject({ links: false, status: 'suspected_shared' });
    expect(held.indicator.reason).toMatch(/otherwise unrelated reports/);
    const clusters = new Set(
      await Promise.all(
        records.map((_, i) => clusterOfValue(`0812-4000-00${String(i).padStart(2, '0')}`, 'ID')),
      ),
    );
    expect(clusters.size).toBe(8);
    expect(
      (await t.app.clusters.held({ status: 'suspected_shared', limit: 10, offset: 0 })).map((h) => h.value),
    ).toContain('BRINIDJA:112233445566778');
    // A misspelt copy of the held account arriving later does not link either.
    await submit([
      report('ID', [
        { ...gateway, value: '1122 3344 5566 787' },
        { kind: 'phone', value: '0812-4000-0001' },
      ]),
    ]);
    expect(
      (await t.app.clusters.ofIndicator({ value: 'BRINIDJA:112233445566787', kind: 'bank_account' }))
        .indicator.status,
    ).toBe('suspected_shared');

    const released = await t.app.clusters.review(
      { value: 'BRINIDJA:112233445566778', kind: 'bank_account' },
      'release',
      operatorActor(t.app.nodeOrganisation.id, 'analyst-1'),
    );
    expect(released.indicator).toMatchObject({ links: true, status: 'released' });
    // The misspelt copy's report shares a number with the first: all nine reports are one cluster again.
    expect(released.cluster?.reports).toBe(9);
    const confirmed = await t.app.clusters.review(
      { value: 'BRINIDJA:112233445566778', kind: 'bank_account' },
      'confirm',
      operatorActor(t.app.nodeOrganisation.id, 'analyst-1'),
    );
    expect(confirmed.indicator).toMatchObject({ links: false, status: 'confirmed_shared' });
    expect(
      new Set(
        await Promise.all(
          records.map((_, i) => clusterOfValue(`0812-4000-00${String(i).padStart(2, '0')}`, 'ID')),
        ),
      ).size,
    ).toBe(8);
  });

  it('raises one cross-border hit per indicator and pair of countries, updated as sightings arrive', async () => {
    const my = await t.app.organisations.ensure({ name: 'MY NSRC', country: 'MY', sector: 'police' });
    const account = { kind: 'bank_account', bank: 'BCA', value: '555 000 1234' };
    await submit([report('ID', [account])]);
    expect((await t.app.clusters.hits({ limit: 10, offset: 0 })).total).toBe(0);
    await submit([report('MY', [account])], my.id);
    await submit([report('MY', [account])], my.id);
    await submit([report('TH', [account], { tlp: 'red' })]);
    const { hits, total } = await t.app.clusters.hits({ limit: 10, offset: 0 });
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({
      countries: ['ID', 'MY'],
      indicator: { value: 'CENAIDJA:5550001234' },
      updates: 2,
    });
    const sides = Object.fromEntries(
      hits[0]!.sides.map((s) => [s.country, s.organisations.map((o) => [o.id, o.reports])]),
    );
    expect(sides).toEqual({ ID: [[org, 1]], MY: [[my.id, 2]] });
    expect((await t.app.clusters.hits({ organisation: my.id, limit: 10, offset: 0 })).total).toBe(1);
    expect((await t.app.clusters.hits({ country: 'TH', limit: 10, offset: 0 })).total).toBe(0);
  });

  it('explains a link as the shortest chain of reports and indicators', async () => {
    const [first, second] = await submit([
      report('ID', [
        { kind: 'bank_account', bank: 'Mandiri', value: '123-00-0999888-7' },
        { kind: 'phone', value: '0812-6000-0001' },
      ]),
      report('ID', [
        { kind: 'phone', value: '081260000001' },
        { kind: 'ewallet', provider: 'OVO', value: '0813-6000-0002' },
      ]),
      report('ID', [{ kind: 'phone', value: '0812-7000-0001' }]),
    ]);
    const why = await t.app.clusters.explain(
      { value: 'BMRIIDJA:1230009998887', kind: 'bank_account' },
      { value: 'ovo:+6281360000002' },
    );
    expect(why.linked).toBe(true);
    expect(
      why.path.map((step) => ('indicator' in step ? `i ${step.indicator?.value}` : `r ${step.report?.id}`)),
    ).toEqual([
      'i BMRIIDJA:1230009998887',
      `r ${first}`,
      'i +6281260000001',
      `r ${second}`,
      'i ovo:+6281360000002',
    ]);
    const apart = await t.app.clusters.explain({ value: '+6281260000001' }, { value: '+6281270000001' });
    expect(apart).toMatchObject({ linked: false, reason: 'they are in different clusters' });
  });

  it('rebuilds from scratch to the same clusters as incremental linking, keeping their ids', async () => {
    const records = [...generateDemo({ reports: 1500, seed: 11 })].map((d) => d.record);
    for (let i = 0; i < records.length; i += 250) await t.app.reports.submit(records.slice(i, i + 250), org);
    const incremental = await partition(t);
    expect(incremental.size).toBeLessThan(records.length); // linking joined reports
    expect([...incremental.values()].some((g) => g.length >= 20)).toBe(true);

    const events = await t.app.database.db
      .selectFrom('cluster_event')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('kind')
      .execute();
    expect(Number(events.find((e) => e.kind === 'merge')?.n ?? 0)).toBeGreaterThan(0);
    const statsBefore = await statSnapshot(t);
    const same = await t.app.clusters.rebuild(operatorActor(t.app.nodeOrganisation.id, 'test'));
    expect(same.reportsMoved).toBe(0);
    expect(await partition(t)).toEqual(incremental);
    // What incremental linking kept up (merges added, splits recomputed) equals a recount from the reports.
    expect(await statSnapshot(t)).toEqual(statsBefore);

    // Forget every cluster, then rebuild from the sightings alone.
    await sql`update report set cluster_id = null`.execute(t.app.database.db);
    await sql`update indicator set cluster_id = null`.execute(t.app.database.db);
    await sql`delete from cluster`.execute(t.app.database.db);
    const scratch = await t.app.clusters.rebuild(operatorActor(t.app.nodeOrganisation.id, 'test'));
    expect(scratch.reports).toBe(records.length);
    expect(canonical(await partition(t))).toEqual(canonical(incremental));
  }, 120_000);
});

describe.each(DIALECTS)('linking over HTTP on %s', (dialect) => {
  let t: TestApp;
  let server: FastifyInstance;
  beforeEach(async () => {
    t = await openTestApp(dialect);
    server = await buildServer(t.app, { logger: false });
  });
  afterEach(async () => {
    await server.close();
    await t.close();
  });
  const auth = { authorization: `Bearer ${TEST_TOKEN}` };

  it('answers clusters, explanations, hits and held values to token holders only', async () => {
    const records = [
      report('ID', [
        { kind: 'phone', value: '0812-8000-0001' },
        { kind: 'bank_account', bank: 'BNI', value: '0099887766' },
      ]),
      report('MY', [
        { kind: 'bank_account', bank: 'BNINIDJA', value: '0099887766' },
        { kind: 'phone', value: '+60 12-888 0001' },
      ]),
    ];
    const post = await server.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: auth,
      payload: records,
    });
    expect(post.statusCode).toBe(200);

    const anonymous = await server.inject('/api/v1/clusters');
    expect(anonymous.statusCode).toBe(401);

    const byValue = await server.inject({
      url: `/api/v1/indicators/${encodeURIComponent('0812 8000 0001')}/cluster?country=ID`,
      headers: auth,
    });
    expect(byValue.statusCode).toBe(200);
    const cluster = byValue.json().cluster;
    expect(cluster).toMatchObject({ reports: 2, countries: [{ country: 'ID' }, { country: 'MY' }] });

    const list = await server.inject({
      url: '/api/v1/clusters?cross_border=true&sort=recent',
      headers: auth,
    });
    expect(list.json()).toMatchObject({ total: 1, clusters: [{ id: cluster.id, cross_border: true }] });
    const bad = await server.inject({ url: '/api/v1/clusters?sort=size', headers: auth });
    expect(bad.statusCode).toBe(400);

    const explain = await server.inject({
      url: `/api/v1/explain?from=${encodeURIComponent('+6281280000001')}&to=${encodeURIComponent('+60128880001')}`,
      headers: auth,
    });
    expect(explain.json()).toMatchObject({ linked: true });
    expect(explain.json().path).toHaveLength(5);

    const hits = await server.inject({ url: '/api/v1/hits?country=MY', headers: auth });
    expect(hits.json()).toMatchObject({ total: 1, hits: [{ countries: ['ID', 'MY'] }] });

    const decision = await server.inject({
      method: 'POST',
      url: `/api/v1/indicators/${encodeURIComponent('BNINIDJA:0099887766')}/linking`,
      headers: auth,
      payload: { decision: 'confirm' },
    });
    // Recorded as the caller's decision, whoever the body claims.
    expect(decision.json().indicator).toMatchObject({
      status: 'confirmed_shared',
      reason: expect.stringMatching(/node token/),
    });
    const held = await server.inject({ url: '/api/v1/linking/held?status=confirmed_shared', headers: auth });
    expect(held.json().indicators.map((i: { value: string }) => i.value)).toEqual(['BNINIDJA:0099887766']);
    const lists = await server.inject('/api/v1/warninglists');
    expect(lists.json().lists.map((l: { name: string }) => l.name)).toContain('platform-domains');
  });
});
