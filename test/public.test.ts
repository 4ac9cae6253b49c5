import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorActor } from '../src/domain/access/roles.js';
import { buildServer } from '../src/http/server.js';
import { DIALECTS, openTestApp, type TestApp } from './support/app.js';

const base = {
  reported_at: '2026-03-02T10:00:00Z',
  country: 'ID',
  source: 'police',
  scam_type: 'investment',
};

/** What the public can do: look up, report a scam, appeal a listing; and what reviewers do with appeals. */
describe.each(DIALECTS)('public pages’ API on %s', (dialect) => {
  let t: TestApp;
  let server: FastifyInstance;
  let bank: string;
  let auth: (org: string) => Promise<Record<string, string>>;

  beforeAll(async () => {
    t = await openTestApp(dialect, { JALA_PUBLIC_PER_MINUTE: '1000' });
    server = await buildServer(t.app, { logger: false });
    const op = operatorActor(t.app.nodeOrganisation.id, 'test');
    bank = (await t.app.organisations.register({ name: 'Bank Sentosa', country: 'ID', sector: 'bank' }, op))
      .id;
    let n = 0;
    auth = async (org) => {
      const user = await t.app.users.add(
        { email: `a${++n}@x.example`, org, role: 'analyst', password: 'long enough password' },
        op,
      );
      return {
        authorization: `Bearer ${(await t.app.tokens.create(op, { name: 't', userId: user.id })).token}`,
      };
    };
    // Two published (TLP:CLEAR) reports that only share one account: it links them into one cluster.
    await t.app.reports.submit(
      [
        {
          ...base,
          id: 'B-1',
          tlp: 'clear',
          indicators: [
            { kind: 'bank_account', bank: 'BCA', value: '5550001111' },
            { value: '0812-1000-2000' },
          ],
        },
        {
          ...base,
          id: 'B-2',
          tlp: 'clear',
          indicators: [
            { kind: 'bank_account', bank: 'BCA', value: '5550001111' },
            { value: '0813-3000-4000' },
          ],
        },
      ],
      bank,
    );
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const check = async (value: string, bankName?: string) =>
    (
      await server.inject(
        `/api/v1/check?value=${encodeURIComponent(value)}${bankName ? `&bank=${bankName}` : ''}&country=ID`,
      )
    ).json();

  it('takes a public report, gives a reference number, and keeps it out of the public look-up', async () => {
    const sent = await server.inject({
      method: 'POST',
      url: '/api/v1/public/reports',
      payload: {
        country: 'ID',
        scam_type: 'ecommerce',
        narrative: 'Saya transfer ke penjual palsu lewat WA 0857-1111-2222, barang tidak dikirim.',
        indicators: [{ value: '0857-1111-2222' }],
        reporter: { contact: 'korban@example.id' },
        language: 'id',
      },
    });
    expect(sent.statusCode).toBe(201);
    const { reference } = sent.json();
    expect(reference).toMatch(/^R-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const stored = await t.app.database.db
      .selectFrom('report')
      .selectAll()
      .where('source_ref', '=', reference)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      source: 'public',
      tlp: 'amber',
      origin_org_id: t.app.nodeOrganisation.id,
    });
    // Unverified: analysts see it, the public look-up does not count it.
    expect((await check('0857-1111-2222')).reports).toBe(0);
    const [entry] = (await t.app.audit.list({ action: 'report.public_submit' })).entries;
    expect(entry).toMatchObject({ actor: { kind: 'public', ip: '127.0.0.1' }, detail: { reference } });
  });

  it('refuses a bad public report with where and why, and an oversized one', async () => {
    const bad = await server.inject({
      method: 'POST',
      url: '/api/v1/public/reports',
      payload: { country: 'ID', scam_type: 'ecommerce', narrative: 'short', language: 'en' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().problems).toEqual([expect.objectContaining({ field: 'body/narrative' })]);
    const huge = await server.inject({
      method: 'POST',
      url: '/api/v1/public/reports',
      payload: { country: 'ID', scam_type: 'other', narrative: 'x'.repeat(40_000), language: 'en' },
    });
    expect(huge.statusCode).toBe(413);
  });

  it('rate-limits public submissions per address', async () => {
    const limited = await openTestApp(dialect, { JALA_PUBLIC_PER_MINUTE: '2' });
    const edge = await buildServer(limited.app, { logger: false });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (
            await edge.inject({
              method: 'POST',
              url: '/api/v1/public/appeals',
              payload: {
                value: '0812-0000-0000',
                name: 'x',
                contact: 'x@y.z',
                statement: 'not mine at all',
                language: 'en',
              },
            })
          ).statusCode,
        );
      expect(statuses).toEqual([400, 400, 429]); // 0812-0000-0000 is not a valid number; the third is not even read
    } finally {
      await edge.close();
      await limited.close();
    }
  });

  it('rate-limits the look-up per address, unless the limit is switched off', async () => {
    for (const [limit, expected] of [
      ['2', [200, 200, 429]],
      ['0', [200, 200, 200, 200, 200]],
    ] as const) {
      const node = await openTestApp(dialect, { JALA_CHECK_PER_MINUTE: limit });
      const edge = await buildServer(node.app, { logger: false });
      try {
        const statuses = [];
        for (let i = 0; i < expected.length; i++)
          statuses.push(
            (await edge.inject({ url: '/api/v1/check?value=0812-3456-7890&country=ID' })).statusCode,
          );
        expect(statuses).toEqual(expected);
      } finally {
        await edge.close();
        await node.close();
      }
    }
  });

  it('takes an appeal for a listed value only, once per person, and says its state by reference', async () => {
    const unlisted = await server.inject({
      method: 'POST',
      url: '/api/v1/public/appeals',
      payload: {
        value: '0899-1234-5678',
        country: 'ID',
        name: 'Ani',
        contact: 'ani@example.id',
        statement: 'This number is mine.',
        language: 'id',
      },
    });
    expect(unlisted.statusCode).toBe(404);
    const appeal = {
      value: '5550001111',
      bank: 'BCA',
      country: 'ID',
      name: 'Budi Santoso',
      contact: '0812-9999-0000',
      statement: 'This is my salary account; I sold a phone and the buyer paid into it.',
      language: 'id',
    };
    const first = await server.inject({ method: 'POST', url: '/api/v1/public/appeals', payload: appeal });
    expect(first.statusCode).toBe(201);
    const again = await server.inject({ method: 'POST', url: '/api/v1/public/appeals', payload: appeal });
    expect(again.json().reference).toBe(first.json().reference);
    const state = await server.inject(`/api/v1/public/appeals/${first.json().reference}`);
    expect(state.json()).toMatchObject({ reference: first.json().reference, status: 'open' });
    expect(state.body).not.toContain('Budi');
  });

  it('lets the owning organisation’s analysts clear a value: it stops linking and the public answer says cleared', async () => {
    expect(await check('5550001111', 'BCA')).toMatchObject({ reported: true, reports: 2, cleared: null });
    const outsider = await auth(t.app.nodeOrganisation.id);
    expect((await server.inject({ url: '/api/v1/appeals', headers: outsider })).json().appeals).toEqual([]);
    const reviewer = await auth(bank);
    const [listed] = (await server.inject({ url: '/api/v1/appeals', headers: reviewer })).json().appeals;
    expect(listed).toMatchObject({ status: 'open', indicator: { value: 'CENAIDJA:5550001111' } });
    expect(JSON.stringify(listed)).not.toContain('0812-9999-0000');
    expect((await server.inject({ url: `/api/v1/appeals/${listed.id}`, headers: outsider })).statusCode).toBe(
      404,
    );
    const full = (await server.inject({ url: `/api/v1/appeals/${listed.id}`, headers: reviewer })).json();
    expect(full.appellant).toEqual({ name: 'Budi Santoso', contact: '0812-9999-0000' });

    const phone = (await check('0812-1000-2000')).indicator_id;
    const before = (
      await server.inject({ url: `/api/v1/indicators/${phone}/cluster`, headers: reviewer })
    ).json();
    expect(before.cluster.reports).toBe(2);
    const decided = await server.inject({
      method: 'POST',
      url: `/api/v1/appeals/${listed.id}/decision`,
      headers: reviewer,
      payload: { decision: 'clear', reason: 'Bank statements show ordinary salary payments.' },
    });
    expect(decided.json()).toMatchObject({ status: 'cleared' });
    const publicAnswer = await check('5550001111', 'BCA');
    expect(publicAnswer).toMatchObject({ reported: false, reports: 0, cleared: expect.any(String) });
    expect(publicAnswer.message).toMatch(/cleared after a review/);
    // The two reports no longer share a cluster.
    const after = (
      await server.inject({ url: `/api/v1/indicators/${phone}/cluster`, headers: reviewer })
    ).json();
    expect(after.cluster.reports).toBe(1);
    const again = await server.inject({
      method: 'POST',
      url: `/api/v1/appeals/${listed.id}/decision`,
      headers: reviewer,
      payload: { decision: 'uphold', reason: 'changed my mind' },
    });
    expect(again.statusCode).toBe(409);
    expect((await server.inject(`/api/v1/public/appeals/${listed.reference}`)).json().status).toBe('cleared');
    const actions = (await t.app.audit.list({ limit: 500 })).entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['appeal.submit', 'appeal.read', 'appeal.decide', 'linking.clear']),
    );
  });

  it('serves the public pages under a strict Content-Security-Policy, with nothing personal in answers', async () => {
    for (const path of ['/', '/report', '/appeal']) {
      const page = await server.inject(path);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    }
    const answer = await server.inject('/api/v1/check?value=0857-1111-2222&country=ID');
    expect(answer.body).not.toContain('korban@example.id');
  });
});
