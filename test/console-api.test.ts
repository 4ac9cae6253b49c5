import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorActor } from '../src/domain/access/roles.js';
import { buildServer } from '../src/http/server.js';
import { DIALECTS, openTestApp, type TestApp } from './support/app.js';

const report = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  reported_at: '2026-03-02T10:00:00Z',
  country: 'ID',
  source: 'victim',
  scam_type: 'investment',
  loss: { amount: 1_000_000, currency: 'IDR' },
  indicators: [{ value: '0812-3456-7890' }],
  ...over,
});

/** What the console reads: report lists, the dashboard's figures, a cluster's graph, uploads. */
describe.each(DIALECTS)('console API on %s', (dialect) => {
  let t: TestApp;
  let server: FastifyInstance;
  let token: (role: string, org?: string) => Promise<Record<string, string>>;
  let other: string;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    server = await buildServer(t.app, { logger: false });
    const op = operatorActor(t.app.nodeOrganisation.id, 'test');
    other = (await t.app.organisations.register({ name: 'PDRM CCID', country: 'MY', sector: 'police' }, op))
      .id;
    let n = 0;
    token = async (role, org = t.app.nodeOrganisation.id) => {
      const user = await t.app.users.add(
        { email: `u${++n}@x.example`, org, role, password: 'a long enough password' },
        op,
      );
      return {
        authorization: `Bearer ${(await t.app.tokens.create(op, { name: 'test', userId: user.id })).token}`,
      };
    };
    const node = t.app.nodeOrganisation.id;
    await t.app.reports.submit(
      [
        report('A-1', {
          narrative: 'Transfer ke rekening BCA 1234567890 atas nama Budi, WA 0812-3456-7890',
          indicators: [{ value: '0812-3456-7890' }],
        }),
        report('A-2', {
          reported_at: '2026-04-02T10:00:00Z',
          scam_type: 'job',
          loss: { amount: 50, currency: 'USD' },
        }),
        report('A-3', { reported_at: '2026-04-03T10:00:00Z', tlp: 'red' }),
      ],
      node,
    );
    await t.app.reports.submit(
      [
        report('M-1', {
          country: 'MY',
          loss: { amount: 900, currency: 'MYR' },
          indicators: [{ value: '+62 812 3456 7890' }],
        }),
        report('M-2', {
          country: 'MY',
          tlp: 'red',
          indicators: [{ value: '+62 812 3456 7890' }, { value: '+60 12-345 6789' }],
        }),
      ],
      other,
    );
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('lists the reports an organisation may see, newest first, with filters and paging', async () => {
    const auth = await token('viewer');
    const all = (await server.inject({ url: '/api/v1/reports', headers: auth })).json();
    // Its own RED report, but not the other organisation's.
    expect(all.reports.map((r: { source_ref: string }) => r.source_ref)).toEqual([
      'A-3',
      'A-2',
      'A-1',
      'M-1',
    ]);
    expect(all.next_offset).toBeNull();
    const page = (await server.inject({ url: '/api/v1/reports?limit=2', headers: auth })).json();
    expect(page).toMatchObject({ next_offset: 2, reports: [{ source_ref: 'A-3' }, { source_ref: 'A-2' }] });
    const my = (await server.inject({ url: '/api/v1/reports?country=my', headers: auth })).json();
    expect(my.reports.map((r: { source_ref: string }) => r.source_ref)).toEqual(['M-1']);
  });

  it('counts the dashboard’s figures over what the organisation may see', async () => {
    const overview = (
      await server.inject({ url: '/api/v1/stats/overview', headers: await token('viewer') })
    ).json();
    expect(overview).toEqual({
      reports: 4,
      months: [
        { month: '2026-03', reports: 2 },
        { month: '2026-04', reports: 2 },
      ],
      countries: [
        { country: 'ID', reports: 3 },
        { country: 'MY', reports: 1 },
      ],
      scam_types: [
        { scam_type: 'investment', reports: 3 },
        { scam_type: 'job', reports: 1 },
      ],
      losses: [
        { currency: 'IDR', amount: 2_000_000, reports: 2 },
        { currency: 'MYR', amount: 900, reports: 1 },
        { currency: 'USD', amount: 50, reports: 1 },
      ],
    });
    const theirs = (
      await server.inject({ url: '/api/v1/stats/overview', headers: await token('viewer', other) })
    ).json();
    expect(theirs.reports).toBe(4); // their two, and the node's two shared ones
  });

  it('says where the report’s indicators are written in its narrative', async () => {
    const auth = await token('analyst');
    const list = (
      await server.inject({ url: '/api/v1/reports?scam_type=investment&country=ID', headers: auth })
    ).json();
    const id = list.reports.find((r: { source_ref: string }) => r.source_ref === 'A-1').id;
    const view = (await server.inject({ url: `/api/v1/reports/${id}`, headers: auth })).json();
    const written = view.narrative_spans.map((s: { start: number; end: number }) =>
      view.narrative.slice(s.start, s.end),
    );
    expect(written).toEqual(['1234567890', '0812-3456-7890']);
    const ids = new Set(view.indicators.map((i: { id: string }) => i.id));
    expect(view.narrative_spans.every((s: { indicator_id: string }) => ids.has(s.indicator_id))).toBe(true);
  });

  it('draws a cluster as reports, values and sightings, leaving out reports the caller may not see', async () => {
    const auth = await token('analyst');
    const check = (
      await server.inject({ url: '/api/v1/indicators/%2B6281234567890/cluster', headers: auth })
    ).json();
    const graph = (
      await server.inject({ url: `/api/v1/clusters/${check.cluster.id}/graph`, headers: auth })
    ).json();
    expect(graph.reports.map((r: { source_ref: string }) => r.source_ref).sort()).toEqual([
      'A-1',
      'A-2',
      'A-3',
      'M-1',
    ]);
    expect(graph.truncated).toBe(true); // M-2 is in the cluster, but RED and another organisation's
    expect(graph.indicators.map((i: { value: string }) => i.value)).not.toContain('+60123456789');
    expect(graph.edges.length).toBeGreaterThanOrEqual(3);
    for (const e of graph.edges) {
      expect(graph.reports.some((r: { id: string }) => r.id === e.report)).toBe(true);
      expect(graph.indicators.some((i: { id: string }) => i.id === e.indicator)).toBe(true);
    }
  });

  it('lists a cluster’s values and explains its links only through reports the caller may see', async () => {
    const mine = await token('analyst');
    const theirs = await token('analyst', other);
    const values = async (auth: Record<string, string>) =>
      (await server.inject({ url: '/api/v1/indicators/%2B6281234567890/cluster', headers: auth }))
        .json()
        .cluster.indicators.phone.values.map((v: { value: string }) => v.value);
    // +60 12-345 6789 is only in the other organisation's RED report.
    expect(await values(mine)).toEqual(['+6281234567890']);
    expect((await values(theirs)).sort()).toEqual(['+60123456789', '+6281234567890']);
    const explain = (auth: Record<string, string>) =>
      server.inject({ url: '/api/v1/explain?from=%2B6281234567890&to=%2B60123456789', headers: auth });
    expect((await explain(theirs)).json()).toMatchObject({ linked: true });
    const hidden = (await explain(mine)).json();
    expect(hidden.linked).toBe(false);
    expect(JSON.stringify(hidden)).not.toContain('M-2');
  });

  it('imports an uploaded file in the background, with progress, results and rejects', async () => {
    const auth = await token('analyst');
    const lines = [
      JSON.stringify(report('U-1', { country: 'TH', indicators: [{ value: '081-234-5678' }] })),
      '{not json',
      JSON.stringify(report('U-2', { country: 'TH', indicators: [{ value: '081-234-5679' }] })),
    ].join('\n');
    const started = await server.inject({
      method: 'POST',
      url: '/api/v1/imports?name=upload.jsonl',
      headers: { ...auth, 'content-type': 'application/x-ndjson' },
      payload: lines,
    });
    expect(started.statusCode).toBe(202);
    const id = started.json().id;
    let job = started.json();
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await server.inject({ url: `/api/v1/imports/${id}`, headers: auth })).json();
    }
    expect(job).toMatchObject({ state: 'done', summary: { read: 3, imported: 2, rejected: 1 } });
    expect(job.rejects).toEqual([expect.objectContaining({ line: 2 })]);
    // Another organisation does not see this upload.
    expect(
      (await server.inject({ url: `/api/v1/imports/${id}`, headers: await token('analyst', other) }))
        .statusCode,
    ).toBe(404);
    const bad = await server.inject({
      method: 'POST',
      url: '/api/v1/imports?name=upload.exe',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      payload: 'x',
    });
    expect(bad.statusCode).toBe(400);
  });
});
