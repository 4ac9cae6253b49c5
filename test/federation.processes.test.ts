import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_URL } from './support/app.js';
import { runNode } from './support/cli.js';
import { SYNDICATE } from './support/syndicate.js';

const BIN = join(import.meta.dirname, '../bin/jala.js');
// biome-ignore lint/suspicious/noExplicitAny: API answers, read only by the assertions that check them
type Answer = any;

interface Node {
  name: string;
  env: Record<string, string>;
  server: ChildProcess;
  url: string;
  token: string;
  dir: string;
  dropDatabase?: () => Promise<void>;
}

/** The command line of one node, in a process of its own. */
function jala(node: Pick<Node, 'env'>, args: string[], input = '') {
  return runNode([BIN, ...args], node.env, input);
}

/**
 * Three national nodes, each `jala serve` in a process of its own with its own database (Malaysia's on
 * PostgreSQL when it runs), set up with the command line as their operators would, and syncing with
 * `jala sync`: the end-to-end path of federation.
 */
describe('three node processes', () => {
  const nodes: Record<string, Node> = {};

  async function start(name: string, country: string, extra: Record<string, string> = {}): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), `jala-proc-${name}-`));
    const env: Record<string, string> = {
      JALA_DATA_DIR: dir,
      JALA_NODE_COUNTRY: country,
      JALA_NODE_ORG: `${name} national centre`,
      LOG_LEVEL: 'silent',
      JALA_SYNC_INTERVAL_SECONDS: '0',
      PORT: '0',
      ...extra,
    };
    let dropDatabase: (() => Promise<void>) | undefined;
    if (extra.DATABASE_URL === 'create' && POSTGRES_URL) {
      const db = `jala_proc_${process.pid}_${name.toLowerCase()}`;
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${db}`);
      await admin.end();
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${db}`;
      env.DATABASE_URL = url.toString();
      dropDatabase = async () => {
        const c = new pg.Client({ connectionString: POSTGRES_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
        await c.end();
      };
    } else delete env.DATABASE_URL;
    const server = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, ...env } });
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      server.stderr!.setEncoding('utf8').on('data', (c: string) => {
        err += c;
        const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
        if (match) resolve(match[1]!);
      });
      server.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${err}`)));
    });
    // The node's own analyst, for submitting and asking over HTTP.
    const self = { env };
    await jala(self, [
      'users',
      'add',
      '--email',
      `analyst@${name.toLowerCase()}.example`,
      '--org',
      `${name} national centre`,
      '--role',
      'analyst',
    ]);
    const token = JSON.parse(
      (
        await jala(self, [
          'tokens',
          'create',
          '--user',
          `analyst@${name.toLowerCase()}.example`,
          '--name',
          'tests',
        ])
      ).stdout,
    ).token;
    nodes[name] = { name, env, server, url, token, dir, ...(dropDatabase ? { dropDatabase } : {}) };
  }

  /** On `host`, an account for `guest`'s node; `guest` adds `host` as a peer with its token. */
  async function connect(host: string, guest: string): Promise<string> {
    const h = nodes[host]!;
    const g = nodes[guest]!;
    const email = `node-${guest.toLowerCase()}@${host.toLowerCase()}.example`;
    await jala(h, [
      'orgs',
      'add',
      `${guest} national centre`,
      '--country',
      g.env.JALA_NODE_COUNTRY!,
      '--sector',
      'police',
    ]);
    await jala(h, [
      'users',
      'add',
      '--email',
      email,
      '--org',
      `${guest} national centre`,
      '--role',
      'analyst',
    ]);
    const created = JSON.parse(
      (await jala(h, ['tokens', 'create', '--user', email, '--name', `node ${guest}`])).stdout,
    );
    const added = await jala(g, ['peers', 'add', host, h.url, '--token', created.token]);
    expect(added.code, added.stderr).toBe(0);
    return created.id;
  }

  const api = async (node: string, path: string, init: RequestInit = {}): Promise<Answer> => {
    const response = await fetch(`${nodes[node]!.url}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${nodes[node]!.token}`,
        'content-type': 'application/json',
        ...(init.headers ?? {}),
      },
    });
    return response.json();
  };
  let thTokenOnId = '';

  beforeAll(async () => {
    await start('ID', 'ID');
    await start('TH', 'TH');
    await start('MY', 'MY', {
      JALA_AMBER_PARTNERS: 'ID national centre',
      ...(POSTGRES_URL ? { DATABASE_URL: 'create' } : {}),
    });
    for (const host of ['ID', 'TH', 'MY'])
      for (const guest of ['ID', 'TH', 'MY'])
        if (host !== guest) {
          const tokenId = await connect(host, guest);
          if (host === 'ID' && guest === 'TH') thTokenOnId = tokenId;
        }
    for (const node of ['ID', 'TH', 'MY'] as const)
      await api(node, '/api/v1/reports', { method: 'POST', body: JSON.stringify(SYNDICATE[node]) });
  }, 120_000);

  afterAll(async () => {
    for (const node of Object.values(nodes)) {
      node.server.kill('SIGTERM');
      await new Promise((resolve) => node.server.once('exit', resolve));
      await node.dropDatabase?.();
      rmSync(node.dir, { recursive: true, force: true });
    }
  });

  it('syncs with `jala sync`: each node sees the syndicate as far as TLP and agreements allow, RED stays home', async () => {
    for (const name of ['ID', 'TH', 'MY']) {
      const synced = await jala(nodes[name]!, ['sync']);
      expect(synced.code, synced.stdout + synced.stderr).toBe(0);
    }
    const wallet = encodeURIComponent('TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW');
    const reportsOn = async (name: string) =>
      (await api(name, `/api/v1/indicators/${wallet}/cluster`)).cluster.reports;
    expect(await reportsOn('ID')).toBe(4); // with its own RED report: it owns it
    expect(await reportsOn('TH')).toBe(2); // no AMBER agreement with Malaysia, no RED from Indonesia
    expect(await reportsOn('MY')).toBe(3);
    const hits = await api('TH', '/api/v1/hits?limit=50');
    expect(hits.hits.map((h: { countries: string[] }) => h.countries.join('-'))).toContain('ID-TH');
    for (const name of ['TH', 'MY'])
      expect((await api(name, '/api/v1/check?value=0813-0000-9999&country=ID')).reports).toBe(0);
  });

  it('refuses a node whose token was revoked', async () => {
    const revoked = await jala(nodes.ID!, ['tokens', 'revoke', thTokenOnId]);
    expect(revoked.code).toBe(0);
    const synced = await jala(nodes.TH!, ['sync', 'ID']);
    expect(synced.code).toBe(1);
    expect(synced.stdout).toMatch(/401/);
  });
});
