import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorActor } from '../src/domain/access/roles.js';
import { PeerRepository } from '../src/features/federation/peer.repository.js';
import { SyncService } from '../src/features/federation/sync.service.js';
import { buildServer } from '../src/http/server.js';
import { DIALECTS, openTestApp, type TestApp } from './support/app.js';
import { REPORT_BASE, SYNDICATE } from './support/syndicate.js';

interface Node {
  name: string;
  t: TestApp;
  server: FastifyInstance;
  url: string;
}

const NODE_VIEW = { public: false, orgId: undefined } as const;

/**
 * Three national nodes on loopback, each with its own database (the Malaysian one on PostgreSQL when it
 * runs), talking TAXII 2.1 over real HTTP: a syndicate whose reports are split across them.
 */
describe('three nodes exchange intelligence over TAXII 2.1', () => {
  const nodes: Record<string, Node> = {};
  const tokens: Record<string, Record<string, { token: string; id: string }>> = {};

  const start = async (
    name: string,
    country: string,
    dialect: 'sqlite' | 'postgres',
    env: Record<string, string> = {},
  ) => {
    const t = await openTestApp(dialect, {
      JALA_NODE_COUNTRY: country,
      JALA_NODE_ORG: `${name} national centre`,
      ...env,
    });
    const server = await buildServer(t.app, { logger: false });
    const url = await server.listen({ host: '127.0.0.1', port: 0 });
    nodes[name] = { name, t, server, url };
  };

  /** What a peer's admin does: an account for the other node's organisation, and a token for it. */
  const account = async (host: string, guest: string) => {
    const app = nodes[host]!.t.app;
    const op = operatorActor(app.nodeOrganisation.id, 'admin');
    const guestCountry = nodes[guest]!.t.app.nodeOrganisation.country;
    const org = await app.organisations.register(
      { name: `${guest} national centre`, country: guestCountry, sector: 'police' },
      op,
    );
    const user = await app.users.add(
      {
        email: `${guest.toLowerCase()}@peers.example`,
        org: org.id,
        role: 'analyst',
        password: 'a long enough password',
      },
      op,
    );
    const created = await app.tokens.create(op, { name: `node ${guest}`, userId: user.id });
    tokens[host] ??= {};
    tokens[host]![guest] = { token: created.token, id: created.id };
  };

  const peer = async (at: string, other: string) => {
    const app = nodes[at]!.t.app;
    await app.sync.add(
      { name: other, url: nodes[other]!.url, token: tokens[other]![at]!.token },
      operatorActor(app.nodeOrganisation.id, 'admin'),
    );
  };

  beforeAll(async () => {
    await start('ID', 'ID', 'sqlite');
    await start('TH', 'TH', 'sqlite');
    // Malaysia shares AMBER with Indonesia under an agreement.
    await start('MY', 'MY', DIALECTS.includes('postgres') ? 'postgres' : 'sqlite', {
      JALA_AMBER_PARTNERS: 'ID national centre',
    });
    for (const host of ['ID', 'TH', 'MY'])
      for (const guest of ['ID', 'TH', 'MY']) if (host !== guest) await account(host, guest);
    for (const at of ['ID', 'TH', 'MY'])
      for (const other of ['ID', 'TH', 'MY']) if (at !== other) await peer(at, other);

    const submit = (node: string, records: Record<string, unknown>[]) =>
      nodes[node]!.t.app.reports.submit(records, nodes[node]!.t.app.nodeOrganisation.id);
    for (const node of ['ID', 'TH', 'MY'] as const) await submit(node, SYNDICATE[node]);
  }, 60_000);
  afterAll(async () => {
    for (const node of Object.values(nodes)) {
      await node.server.close();
      await node.t.close();
    }
  });

  it('shows each node the syndicate as one cluster, as far as it may see, with cross-border hits', async () => {
    for (const name of ['ID', 'TH', 'MY']) {
      const results = await nodes[name]!.t.app.sync.sync();
      expect(
        results.every((r) => !r.error),
        JSON.stringify(results),
      ).toBe(true);
    }
    const clusterOn = async (name: string) =>
      (await nodes[name]!.t.app.clusters.ofIndicator({ value: 'TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW' }))
        .cluster;
    // Indonesia has an AMBER agreement with Malaysia: it sees all three reports, in three countries.
    const id = await clusterOn('ID');
    expect(id?.reports).toBe(4); // its own two (one RED) and the Thai and Malaysian ones
    expect(id?.countries.map((c) => c.country).sort()).toEqual(['ID', 'MY', 'TH']);
    // Thailand has no agreement: Malaysia's AMBER report stays away, and Indonesia's RED one too.
    const th = await clusterOn('TH');
    expect(th?.reports).toBe(2);
    expect(th?.countries.map((c) => c.country).sort()).toEqual(['ID', 'TH']);
    // Malaysia sees everything shared with the community.
    expect((await clusterOn('MY'))?.reports).toBe(3);
    // Hits across nodes: Thailand learns Indonesia reported the same account.
    const hits = await nodes.TH!.t.app.clusters.hits({ limit: 50, offset: 0 });
    expect(hits.hits.map((h) => h.countries.join('-'))).toContain('ID-TH');
  });

  it('never lets a TLP:RED report leave its node', async () => {
    for (const name of ['TH', 'MY'])
      expect(
        (await nodes[name]!.t.app.indicators.check({ value: '0813-0000-9999', country: 'ID' }, NODE_VIEW))
          .reports,
      ).toBe(0);
    expect(
      (
        await nodes.ID!.t.app.indicators.check(
          { value: '0813-0000-9999', country: 'ID' },
          { public: false, orgId: nodes.ID!.t.app.nodeOrganisation.id },
        )
      ).reports,
    ).toBe(1);
  });

  it('carries a clearance after an appeal to the other nodes: the value stops linking there too', async () => {
    const id = nodes.ID!.t.app;
    const op = operatorActor(id.nodeOrganisation.id, 'reviewer');
    const { reference } = await id.appeals.submit(
      {
        value: '4440001111',
        bank: 'BCA',
        country: 'ID',
        name: 'Wati',
        contact: 'wati@example.id',
        statement: 'This is my salary account.',
        language: 'id',
      },
      '127.0.0.1',
    );
    const [appeal] = (await id.appeals.list(op, 'open', { limit: 10, offset: 0 })).filter(
      (a) => a.reference === reference,
    );
    await id.appeals.decide(appeal!.id, 'clear', 'Payslips show a salary account.', op);
    const [result] = await nodes.TH!.t.app.sync.sync('ID');
    expect(result!.error).toBeUndefined();
    const th = nodes.TH!.t.app;
    const answer = await th.indicators.check(
      { value: '4440001111', kind: 'bank_account', qualifier: { bank: 'BCA' } },
      { public: true },
    );
    expect(answer.cleared).not.toBeNull();
    const state = await th.clusters.ofIndicator({ value: 'CENAIDJA:4440001111', kind: 'bank_account' });
    expect(state.indicator).toMatchObject({ links: false, status: 'cleared' });
  });

  it('resumes a sync cut off mid-way with nothing lost or doubled', async () => {
    const fresh = await openTestApp('sqlite', {
      JALA_NODE_COUNTRY: 'PH',
      JALA_NODE_ORG: 'PH national centre',
    });
    try {
      const host = nodes.ID!.t.app;
      const op = operatorActor(host.nodeOrganisation.id, 'admin');
      const org = await host.organisations.register(
        { name: 'PH national centre', country: 'PH', sector: 'police' },
        op,
      );
      const user = await host.users.add(
        { email: 'ph@peers.example', org: org.id, role: 'analyst', password: 'a long enough password' },
        op,
      );
      const token = (await host.tokens.create(op, { name: 'node PH', userId: user.id })).token;
      // More reports than a page, in small pages.
      const records = Array.from({ length: 25 }, (_, i) => ({
        ...REPORT_BASE,
        id: `ID-bulk-${i}`,
        country: 'ID',
        tlp: 'green',
        indicators: [{ value: `0815-2000-${String(1000 + i)}` }],
      }));
      await host.reports.submit(records, host.nodeOrganisation.id);
      const sync = new SyncService(
        new PeerRepository(fresh.app.database),
        fresh.app.stixImport,
        fresh.app.audit,
        fresh.app.nodeOrganisation.id,
        { pageSize: 4 },
      );
      await sync.add(
        { name: 'ID', url: nodes.ID!.url, token },
        operatorActor(fresh.app.nodeOrganisation.id, 'admin'),
      );
      const partial = await sync.sync('ID', { maxPages: 3 });
      const firstCount = await fresh.app.reports.count();
      expect(firstCount).toBeGreaterThan(0);
      expect(firstCount).toBeLessThan(26);
      expect(partial[0]!.error).toBeUndefined();
      await sync.sync('ID');
      // Everything Indonesia shares with the community (its CLEAR report, the 25 GREEN ones, and the Thai and
      // Malaysian community reports it holds), each exactly once.
      const hostShared = (
        await host.reports.list(operatorActor(host.nodeOrganisation.id, 'x'), {}, { limit: 200, offset: 0 })
      ).reports.filter((r) => r.tlp === 'clear' || r.tlp === 'green').length;
      expect(await fresh.app.reports.count()).toBe(hostShared);
      const again = await sync.sync('ID');
      expect(again[0]!.collections.every((c) => c.imported === 0)).toBe(true);
      expect(await fresh.app.reports.count()).toBe(hostShared);
    } finally {
      await fresh.close();
    }
  });

  it('pushes community reports to a peer’s inbox when asked to', async () => {
    const target = await openTestApp('sqlite', {
      JALA_NODE_COUNTRY: 'SG',
      JALA_NODE_ORG: 'SG national centre',
    });
    const server = await buildServer(target.app, { logger: false });
    const url = await server.listen({ host: '127.0.0.1', port: 0 });
    try {
      const op = operatorActor(target.app.nodeOrganisation.id, 'admin');
      const org = await target.app.organisations.register(
        { name: 'ID national centre', country: 'ID', sector: 'police' },
        op,
      );
      const user = await target.app.users.add(
        { email: 'id@peers.example', org: org.id, role: 'analyst', password: 'a long enough password' },
        op,
      );
      const token = (await target.app.tokens.create(op, { name: 'node ID', userId: user.id })).token;
      const id = nodes.ID!.t.app;
      await id.sync.add(
        { name: 'SG', url, token, push: true },
        operatorActor(id.nodeOrganisation.id, 'admin'),
      );
      const [result] = await id.sync.sync('SG');
      expect(result!.error).toBeUndefined();
      expect(result!.pushed).toBeGreaterThan(0);
      // Indonesia's community reports (and those it holds from Thailand and Malaysia) arrive in Singapore.
      expect(
        (await target.app.indicators.check({ value: '0812-4444-1111', country: 'ID' }, NODE_VIEW)).reports,
      ).toBe(1);
      expect(
        (await target.app.indicators.check({ value: '0813-0000-9999', country: 'ID' }, NODE_VIEW)).reports,
      ).toBe(0);
      const [again] = await id.sync.sync('SG');
      expect(again!.pushed ?? 0).toBeLessThan(result!.pushed!);
    } finally {
      await server.close();
      await target.close();
    }
  });

  it('refuses a peer whose token was revoked, and says so', async () => {
    const th = nodes.TH!.t.app;
    await th.tokens.revoke(operatorActor(th.nodeOrganisation.id, 'admin'), tokens.TH!.ID!.id);
    const [result] = await nodes.ID!.t.app.sync.sync('TH');
    expect(result!.error).toMatch(/401/);
    const [listed] = (
      await nodes.ID!.t.app.sync.list(operatorActor(nodes.ID!.t.app.nodeOrganisation.id, 'x'))
    ).filter((p) => p.name === 'TH');
    expect(listed!.last_error).toMatch(/401/);
  });
});
