import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorActor } from '../src/domain/access/roles.js';
import { totpCode } from '../src/features/accounts/totp.js';
import { buildServer } from '../src/http/server.js';
import { seedDemoAccounts } from '../src/main/seed-demo.js';
import { DIALECTS, openTestApp, type TestApp } from './support/app.js';

const PASSWORD = 'correct horse battery staple';

function cookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'jala_session');
  if (!cookie) throw new Error('no session cookie');
  return `jala_session=${cookie.value}`;
}

describe.each(DIALECTS)('accounts, sessions, tokens and audit on %s', (dialect) => {
  let t: TestApp;
  let server: FastifyInstance;
  let op: ReturnType<typeof operatorActor>;
  let police: string;
  let bank: string;

  beforeAll(async () => {
    t = await openTestApp(dialect, { JALA_SIGN_IN_PER_MINUTE: '1000' });
    server = await buildServer(t.app, { logger: false });
    op = operatorActor(t.app.nodeOrganisation.id, 'test');
    police = t.app.nodeOrganisation.id;
    bank = (await t.app.organisations.register({ name: 'Bank Rakyat', country: 'ID', sector: 'bank' }, op))
      .id;
    await t.app.users.add(
      { email: 'Ana@Police.example', org: police, role: 'analyst', password: PASSWORD },
      op,
    );
    await t.app.users.add(
      { email: 'vic@police.example', org: police, role: 'viewer', password: PASSWORD },
      op,
    );
    await t.app.users.add({ email: 'bo@bank.example', org: bank, role: 'analyst', password: PASSWORD }, op);
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const signIn = (email: string, password = PASSWORD, totp?: string) =>
    server.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password, ...(totp ? { totp } : {}) },
    });

  it('signs in with a password into an httpOnly, SameSite=Strict session cookie', async () => {
    const response = await signIn('ana@police.example');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'jala_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy(); // served over plain HTTP on loopback
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'ana@police.example', role: 'analyst', totp_enabled: false });
    expect(body.user.permissions).toContain('reporters:read');
    const me = await server.inject({ url: '/api/v1/session', headers: { cookie: cookieOf(response) } });
    expect(me.json()).toMatchObject({ user: { email: 'ana@police.example' }, csrf_token: body.csrf_token });
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await buildServer(t.app, { logger: false, trustProxy: true });
    const response = await proxied.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'vic@police.example', password: PASSWORD },
    });
    await proxied.close();
    expect(response.cookies.find((c) => c.name === 'jala_session')?.secure).toBe(true);
  });

  it('answers the same for an unknown account and a wrong password, and audits both', async () => {
    const unknown = await signIn('nobody@police.example');
    const wrong = await signIn('vic@police.example', 'not the password at all');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().message).toBe(wrong.json().message);
    const { entries } = await t.app.audit.list({ action: 'session.sign_in_failed' });
    expect(entries.map((e) => (e.detail as { email: string }).email)).toEqual(
      expect.arrayContaining(['nobody@police.example', 'vic@police.example']),
    );
  });

  it('refuses a cookie-authenticated write without the session’s CSRF token', async () => {
    const session = await signIn('ana@police.example');
    const cookie = cookieOf(session);
    const record = {
      id: 'CSRF-1',
      reported_at: '2026-03-02T10:00:00Z',
      country: 'ID',
      source: 'victim',
      scam_type: 'investment',
      indicators: [{ value: '0812-3456-7890' }],
    };
    const without = await server.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { cookie },
      payload: record,
    });
    expect(without.statusCode).toBe(403);
    const wrong = await server.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { cookie, 'x-csrf-token': 'x'.repeat(32) },
      payload: record,
    });
    expect(wrong.statusCode).toBe(403);
    const right = await server.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { cookie, 'x-csrf-token': session.json().csrf_token },
      payload: record,
    });
    expect(right.statusCode).toBe(200);
    expect(right.json().results[0].status).toBe('imported');
    // Stored as the signed-in analyst's organisation's, and audited as theirs.
    const reportId = right.json().results[0].report_id;
    expect((await t.app.reports.get(reportId, op)).organisation?.id).toBe(police);
    const [entry] = (await t.app.audit.list({ action: 'report.submit' })).entries;
    expect(entry).toMatchObject({ actor: { label: 'ana@police.example' }, detail: { reports: [reportId] } });
  });

  it('limits sign-in attempts per address', async () => {
    const limited = await openTestApp(dialect, { JALA_SIGN_IN_PER_MINUTE: '3' });
    const edge = await buildServer(limited.app, { logger: false });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (
            await edge.inject({
              method: 'POST',
              url: '/api/v1/session',
              payload: { email: 'x@police.example', password: 'whatever it is' },
            })
          ).statusCode,
        );
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await edge.close();
      await limited.close();
    }
  });

  it('signs out: the cookie no longer works', async () => {
    const session = await signIn('vic@police.example');
    const cookie = cookieOf(session);
    const out = await server.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, 'x-csrf-token': session.json().csrf_token },
    });
    expect(out.statusCode).toBe(200);
    expect((await server.inject({ url: '/api/v1/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('enrols a second factor, then requires a fresh code at every sign-in', async () => {
    await t.app.users.add(
      { email: 'totp@police.example', org: police, role: 'investigator', password: PASSWORD },
      op,
    );
    const session = await signIn('totp@police.example');
    const headers = { cookie: cookieOf(session), 'x-csrf-token': session.json().csrf_token };
    const begun = (await server.inject({ method: 'POST', url: '/api/v1/session/totp', headers })).json();
    expect(begun.uri).toMatch(/^otpauth:\/\/totp\/Jala:totp%40police\.example\?/);
    const bad = await server.inject({
      method: 'POST',
      url: '/api/v1/session/totp/confirm',
      headers,
      payload: { code: '000000' === totpCode(begun.secret, new Date()) ? '111111' : '000000' },
    });
    expect(bad.statusCode).toBe(400);
    const confirmed = await server.inject({
      method: 'POST',
      url: '/api/v1/session/totp/confirm',
      headers,
      payload: { code: totpCode(begun.secret, new Date()) },
    });
    expect(confirmed.json()).toEqual({ totp_enabled: true });

    const withoutCode = await signIn('totp@police.example');
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json().problems).toEqual([{ field: 'totp', reason: 'required for this account' }]);
    // The code used to confirm was spent: it does not open a session (replay).
    const replay = await signIn('totp@police.example', PASSWORD, totpCode(begun.secret, new Date()));
    expect(replay.statusCode).toBe(401);
    const later = totpCode(begun.secret, new Date(Date.now() + 30_000));
    const ok = await signIn('totp@police.example', PASSWORD, later);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.totp_enabled).toBe(true);
  });

  it('locks an account after repeated failures, until the lock ends or an admin lifts it', async () => {
    await t.app.users.add(
      { email: 'lock@police.example', org: police, role: 'viewer', password: PASSWORD },
      op,
    );
    for (let i = 0; i < 5; i++)
      expect((await signIn('lock@police.example', `wrong password ${i}`)).statusCode).toBe(401);
    const locked = await signIn('lock@police.example');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().message).toMatch(/too many failed sign-ins/);
    const user = (await t.app.users.list(op)).find((u) => u.email === 'lock@police.example')!;
    expect(user.locked_until).not.toBeNull();
    await t.app.users.update(user.id, { unlock: true }, op);
    expect((await signIn('lock@police.example')).statusCode).toBe(200);
  });

  it('issues API tokens shown once and stored hashed, acting with the owner’s role, revocable', async () => {
    const session = await signIn('ana@police.example');
    const headers = { cookie: cookieOf(session), 'x-csrf-token': session.json().csrf_token };
    const created = await server.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers,
      payload: { name: 'bank feed' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token).toMatch(/^jala_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    const stored = await t.app.database.db
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = await server.inject({ url: '/api/v1/tokens', headers });
    expect(listed.body).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await server.inject({ url: '/api/v1/clusters', headers: bearer })).statusCode).toBe(200);
    // An analyst's token does not manage users.
    expect((await server.inject({ url: '/api/v1/users', headers: bearer })).statusCode).toBe(403);
    const revoked = await server.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers });
    expect(revoked.statusCode).toBe(200);
    expect((await server.inject({ url: '/api/v1/clusters', headers: bearer })).statusCode).toBe(401);
  });

  it('shows RED and AMBER+STRICT reports only inside their organisation, AMBER across the node', async () => {
    const submit = (id: string, tlp: string) =>
      t.app.reports.submit(
        [
          {
            id,
            reported_at: '2026-03-02T10:00:00Z',
            country: 'ID',
            source: 'bank',
            scam_type: 'investment',
            tlp,
            reporter: { name: 'Budi', contact: '0812-1111-2222' },
            indicators: [{ value: '0812-7777-6666' }],
          },
        ],
        bank,
      );
    const [red] = await submit('TLP-RED', 'red');
    const [strict] = await submit('TLP-STRICT', 'amber+strict');
    const [amber] = await submit('TLP-AMBER', 'amber');
    const police = cookieOf(await signIn('ana@police.example'));
    const banker = cookieOf(await signIn('bo@bank.example'));
    const status = async (cookie: string, id: string) =>
      (await server.inject({ url: `/api/v1/reports/${id}`, headers: { cookie } })).statusCode;
    expect(await status(police, red!.report_id!)).toBe(404);
    expect(await status(police, strict!.report_id!)).toBe(404);
    expect(await status(police, amber!.report_id!)).toBe(200);
    expect(await status(banker, red!.report_id!)).toBe(200);
    expect(await status(banker, strict!.report_id!)).toBe(200);
  });

  it('gives reporters’ personal data to analysts only, auditing every read', async () => {
    const [result] = await t.app.reports.submit(
      [
        {
          id: 'PII-1',
          reported_at: '2026-03-02T10:00:00Z',
          country: 'ID',
          source: 'victim',
          scam_type: 'romance',
          reporter: { name: 'Siti', contact: 'siti@example.id' },
          indicators: [{ value: '0813-2222-3333' }],
        },
      ],
      police,
    );
    const reportId = result!.report_id!;
    const analyst = cookieOf(await signIn('ana@police.example'));
    const viewer = cookieOf(await signIn('vic@police.example'));
    const read = await server.inject({
      url: `/api/v1/reports/${reportId}/reporter`,
      headers: { cookie: analyst },
    });
    expect(read.json()).toEqual({ report_id: reportId, name: 'Siti', contact: 'siti@example.id' });
    // The report itself carries no personal data.
    const report = await server.inject({ url: `/api/v1/reports/${reportId}`, headers: { cookie: viewer } });
    expect(report.statusCode).toBe(200);
    expect(report.body).not.toContain('Siti');
    expect(
      (await server.inject({ url: `/api/v1/reports/${reportId}/reporter`, headers: { cookie: viewer } }))
        .statusCode,
    ).toBe(403);
    const { entries } = await t.app.audit.list({ action: 'reporter.read', targetId: reportId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: { label: 'ana@police.example', ip: '127.0.0.1' },
      target: { type: 'report', id: reportId },
    });
  });

  it('keeps the audit log append-only and detects any entry edited, removed or reordered', async () => {
    const db = t.app.database.db;
    const before = await t.app.audit.verify();
    expect(before.ok).toBe(true);
    expect(before.entries).toBeGreaterThan(10);
    await expect(
      sql`update audit_event set actor_label = 'nobody' where seq = 2`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event where seq = 3`.execute(db)).rejects.toThrow(/append-only/);

    // Someone with the database in hand removes the guard and edits an entry…
    const guard = async (on: boolean) => {
      if (dialect === 'postgres')
        await sql.raw(`alter table audit_event ${on ? 'enable' : 'disable'} trigger user`).execute(db);
      else if (!on) {
        await sql`drop trigger audit_event_no_update`.execute(db);
        await sql`drop trigger audit_event_no_delete`.execute(db);
      }
    };
    await guard(false);
    const head = `${before.head.seq}:${before.head.hash}`;
    await sql`update audit_event set actor_label = 'nobody' where seq = 2`.execute(db);
    expect((await t.app.audit.verify()).problem).toMatchObject({ seq: 2, problem: 'edited' });
    // …or removes one (after putting the first back)…
    const original = (await t.app.audit.list({ limit: 500 })).entries.find((e) => e.seq === 2)!;
    expect(original.actor.label).toBe('nobody');
    await sql`delete from audit_event where seq = 5`.execute(db);
    expect((await t.app.audit.verify()).ok).toBe(false);
    // …or cuts the newest entries: caught against the head noted earlier.
    const fresh = await openTestApp(dialect);
    try {
      const op2 = operatorActor(fresh.app.nodeOrganisation.id, 'test');
      for (const name of ['a', 'b', 'c'])
        await fresh.app.organisations.register({ name: `Org ${name}`, country: 'TH', sector: 'police' }, op2);
      const verified = await fresh.app.audit.verify();
      expect(verified).toMatchObject({ ok: true, entries: 3 });
      const freshHead = `${verified.head.seq}:${verified.head.hash}`;
      const fdb = fresh.app.database.db;
      if (dialect === 'postgres') await sql`alter table audit_event disable trigger user`.execute(fdb);
      else await sql`drop trigger audit_event_no_delete`.execute(fdb);
      await sql`delete from audit_event where seq = 3`.execute(fdb);
      expect((await fresh.app.audit.verify()).ok).toBe(true);
      expect((await fresh.app.audit.verify(freshHead)).problem).toMatchObject({ problem: 'head_missing' });
    } finally {
      await fresh.close();
    }
    expect(head).toMatch(/^\d+:[0-9a-f]{64}$/);
  });

  it('gives a demo node demo accounts, once, with a password kept for later starts', async () => {
    const demo = await openTestApp(dialect);
    try {
      const accounts = await seedDemoAccounts(demo.app);
      expect(accounts.map((a) => `${a.role} ${a.email}`)).toEqual([
        'analyst analyst@demo.jala.example',
        'admin admin@demo.jala.example',
        'viewer viewer@demo.jala.example',
      ]);
      expect(await seedDemoAccounts(demo.app)).toEqual(accounts);
      const grant = await demo.app.sessions.signIn(
        { email: 'analyst@demo.jala.example', password: accounts[0]!.password },
        { ip: '127.0.0.1', userAgent: 'test' },
      );
      expect(grant.actor.role).toBe('analyst');
    } finally {
      await demo.close();
    }
    // A node that already has accounts gets no demo accounts.
    expect(await seedDemoAccounts(t.app)).toEqual([]);
  });
});
