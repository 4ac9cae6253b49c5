import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/http/server.js';
import { DIALECTS, openTestApp, TEST_TOKEN, type TestApp } from './support/app.js';

/** The node's own view of a look-up (what its organisations may see of everyone's). */
const NODE_VIEW = { public: false, orgId: undefined } as const;

const record = {
  id: 'HTTP-1',
  reported_at: '2026-03-02T10:00:00Z',
  country: 'TH',
  source: 'victim',
  scam_type: 'ecommerce',
  loss: { amount: 4500, currency: 'THB' },
  narrative: '<script>alert(1)</script> โอนเข้าบัญชีกสิกรไทย 123-4-56789-0',
  reporter: { name: 'Somchai', contact: '081-234-5678' },
  indicators: [{ value: '081-234-5678' }],
};

describe.each(DIALECTS)('HTTP API on %s', (dialect) => {
  let t: TestApp;
  let server: FastifyInstance;
  beforeAll(async () => {
    t = await openTestApp(dialect);
    server = await buildServer(t.app, { logger: false });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const auth = { authorization: `Bearer ${TEST_TOKEN}` };

  it('answers liveness, readiness and Prometheus metrics', async () => {
    expect((await server.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await server.inject('/readyz')).json()).toEqual({ status: 'ready', database: dialect });
    const metrics = await server.inject('/metrics');
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toContain('jala_http_requests_total');
  });

  it('counts requests and their durations by method, route and status', async () => {
    const count = (body: string, series: string) =>
      Number(body.match(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\d+)$`, 'm'))?.[1] ?? 0);
    const ok = 'jala_http_requests_total{method="GET",route="/healthz",status="200"}';
    const refused = 'jala_http_requests_total{method="GET",route="/api/v1/check",status="400"}';
    const timed = 'jala_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}';
    const before = (await server.inject('/metrics')).body;
    for (let i = 0; i < 3; i++) await server.inject('/healthz');
    expect((await server.inject('/api/v1/check?value=%20')).statusCode).toBe(400);
    const after = (await server.inject('/metrics')).body;
    expect(count(after, ok) - count(before, ok)).toBe(3);
    expect(count(after, timed) - count(before, timed)).toBe(3);
    expect(count(after, refused) - count(before, refused)).toBe(1);
  });

  it('publishes an OpenAPI document and browsable docs', async () => {
    const doc = (await server.inject('/api/docs/json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/reports',
        '/api/v1/reports/{id}',
        '/api/v1/check',
        '/api/v1/indicators/{id}',
      ]),
    );
    const page = await server.inject('/api/docs');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
  });

  it('refuses writes without the API token, and with a wrong one', async () => {
    const none = await server.inject({ method: 'POST', url: '/api/v1/reports', payload: record });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toBe('unauthenticated');
    const wrong = await server.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: record,
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(await t.app.reports.count()).toBe(0);
  });

  it('takes a batch with per-record results, then serves the report and the look-up', async () => {
    const response = await server.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: auth,
      payload: [record, { ...record, id: 'HTTP-2', country: 'Thailand' }],
    });
    expect(response.statusCode).toBe(200);
    const [ok, bad] = response.json().results;
    expect(ok).toMatchObject({ index: 0, id: 'HTTP-1', status: 'imported' });
    expect(bad).toMatchObject({ index: 1, status: 'rejected', problems: [{ field: '/country' }] });

    expect((await server.inject(`/api/v1/reports/${ok.report_id}`)).statusCode).toBe(401);
    const report = await server.inject({ url: `/api/v1/reports/${ok.report_id}`, headers: auth });
    expect(report.statusCode).toBe(200);
    const body = report.json();
    expect(body.narrative).toBe(record.narrative);
    expect(body.indicators.map((i: { value: string }) => i.value)).toEqual(
      expect.arrayContaining(['+66812345678', 'KASITHBK:1234567890']),
    );
    expect(report.body).not.toContain('Somchai');

    // The report is TLP:AMBER (the default): the public answer leaves it out, a signed-in one counts it.
    const publicly = await server.inject('/api/v1/check?value=%2B66%2081%20234%205678');
    expect(publicly.json()).toMatchObject({ reported: false, reports: 0 });
    const check = await server.inject({ url: '/api/v1/check?value=%2B66%2081%20234%205678', headers: auth });
    expect(check.json()).toMatchObject({
      reported: true,
      reports: 1,
      countries: ['TH'],
      losses: [{ currency: 'THB', amount: 4500 }],
    });
    expect(check.body).not.toContain('Somchai');
    const indicator = await server.inject({
      url: `/api/v1/indicators/${check.json().indicator_id}`,
      headers: auth,
    });
    expect(indicator.json()).toMatchObject({ kind: 'phone', value: '+66812345678', reports: 1 });
  });

  it('answers an unknown value with "no reports" and the warning, and a bad one with why', async () => {
    const unknown = await server.inject('/api/v1/check?value=0899-9999-9999&country=ID');
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json()).toMatchObject({ reported: false, reports: 0 });
    expect(unknown.json().message).toContain('does not mean it is safe');
    const bad = await server.inject('/api/v1/check?value=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid_input', problems: [{ field: 'value' }] });
    const missing = await server.inject('/api/v1/check');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().problems[0].field).toContain('value');
  });

  it('answers 404 for an unknown report', async () => {
    const response = await server.inject({
      url: '/api/v1/reports/00000000-0000-0000-0000-000000000000',
      headers: auth,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toBe('not_found');
  });

  it('serves the look-up page under a strict Content-Security-Policy', async () => {
    const page = await server.inject('/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Check before you pay');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
  });
});

describe('look-up qualifiers', () => {
  it('reads an e-wallet typed in the bank box as the provider', async () => {
    const t = await openTestApp('sqlite');
    try {
      await t.app.reports.submit(
        [
          {
            ...record,
            id: 'W1',
            country: 'PH',
            indicators: [{ kind: 'ewallet', provider: 'GCash', value: '0917 123 4567' }],
          },
        ],
        t.app.nodeOrganisation.id,
      );
      const viaBankBox = await t.app.indicators.check(
        {
          value: '0917-123-4567',
          country: 'PH',
          qualifier: { bank: 'gcash' },
        },
        NODE_VIEW,
      );
      expect(viaBankBox).toMatchObject({ kind: 'ewallet', value: 'gcash:+639171234567', reports: 1 });
      const bank = await t.app.indicators.check(
        {
          value: '1234567890',
          country: 'TH',
          qualifier: { bank: 'KBank' },
        },
        NODE_VIEW,
      );
      expect(bank).toMatchObject({ kind: 'bank_account', value: 'KASITHBK:1234567890', reports: 1 });
    } finally {
      await t.close();
    }
  });
});
