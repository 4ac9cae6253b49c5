import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, operatorActor, ROLES, type Role } from '../src/domain/access/roles.js';
import { buildServer } from '../src/http/server.js';
import { openTestApp, type TestApp } from './support/app.js';

/**
 * Walks every route the server declares, as every role and as nobody: a route the role may not use answers
 * 403, one it may use answers anything but 401/403, and nothing but public routes answers without
 * credentials. A route that declares no rule stops the server from starting (checked last).
 */
describe('authorisation: every role × every route', () => {
  let t: TestApp;
  let server: FastifyInstance;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    t = await openTestApp('sqlite', { JALA_SIGN_IN_PER_MINUTE: '10000' });
    server = await buildServer(t.app, { logger: false });
    const op = operatorActor(t.app.nodeOrganisation.id, 'test');
    for (const role of ROLES) {
      const user = await t.app.users.add(
        {
          email: `${role}@node.example`,
          org: t.app.nodeOrganisation.id,
          role,
          password: 'a long enough password',
        },
        op,
      );
      tokens.set(role, (await t.app.tokens.create(op, { name: 'matrix', userId: user.id })).token);
    }
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const concrete = (url: string) => url.replace(/:[A-Za-z_]+/g, 'no-such-thing').replace(/\*/g, 'x');

  it('declares a rule for every route, and covers the routes people use', () => {
    const routes = server.declaredRoutes;
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.every((r) => r.permission)).toBe(true);
    const table = Object.fromEntries(routes.map((r) => [`${r.method} ${r.url}`, r.permission]));
    expect(table).toMatchObject({
      'GET /api/v1/check': 'public',
      'POST /api/v1/session': 'public',
      'POST /api/v1/reports': 'reports:submit',
      'GET /api/v1/reports/:id/reporter': 'reporters:read',
      'GET /api/v1/clusters/:id': 'clusters:read',
      'GET /api/v1/audit': 'audit:read',
      'POST /api/v1/users': 'users:manage',
    });
  });

  it('answers each role as its permissions say, and nobody only on public routes', async () => {
    const failures: string[] = [];
    for (const route of server.declaredRoutes) {
      if (route.method === 'HEAD') continue; // answered by the GET route's handler and rule
      const url = concrete(route.url);
      const send = (token?: string) =>
        server.inject({
          method: route.method as 'GET',
          url,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(['POST', 'PATCH', 'PUT'].includes(route.method) ? { payload: {} } : {}),
        });
      const anonymous = (await send()).statusCode;
      if (route.permission === 'public') {
        if (anonymous === 401 || anonymous === 403)
          failures.push(`${route.method} ${url}: public but ${anonymous}`);
      } else if (anonymous !== 401) failures.push(`${route.method} ${url}: ${anonymous} without credentials`);
      for (const role of ROLES) {
        const status = (await send(tokens.get(role))).statusCode;
        const allowed =
          route.permission === 'public' || route.permission === 'self' || can(role, route.permission);
        if (allowed && (status === 401 || status === 403))
          failures.push(`${route.method} ${url} as ${role}: ${status}, expected access`);
        if (!allowed && status !== 403)
          failures.push(`${route.method} ${url} as ${role}: ${status}, expected 403`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses to start with a route that declares no permission', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerAuth } = await import('../src/http/auth.js');
    const bare = Fastify();
    registerAuth(bare, { sessions: t.app.sessions, tokens: t.app.tokens, nodeToken: undefined });
    expect(() => bare.get('/api/v1/forgotten', async () => ({}))).toThrow(/does not declare the permission/);
    await bare.close();
  });
});

describe('the OpenAPI document', () => {
  it('says what each operation needs', async () => {
    const t = await openTestApp('sqlite');
    const server = await buildServer(t.app, { logger: false });
    try {
      const doc = (await server.inject('/api/docs/json')).json();
      const reporter = doc.paths['/api/v1/reports/{id}/reporter'].get;
      expect(reporter.description).toContain('Needs the `reporters:read` permission.');
      expect(reporter.security).toEqual([{ bearer: [] }, { session: [] }]);
      expect(doc.paths['/api/v1/check'].get.security).toBeUndefined();
    } finally {
      await server.close();
      await t.close();
    }
  });
});
