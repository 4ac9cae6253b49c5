// A node for the sync benchmark, in a process of its own (its peak RSS is its own). Modes:
//   serve DIR [PARTNER]      a TAXII server on DIR's database; prints {url, token} (a token for a peer account)
//   pull DIR URL TOKEN       pulls everything from the peer; prints {elapsedMs, maxRssMb, objects, reports}
//   import DIR FILE          imports a STIX bundle file; prints {elapsedMs, maxRssMb, objects, reports}
//   export DIR FILE          writes what a partner's pull receives as a STIX bundle file; prints {objects}
// Servers on loopback only; a server stops when its parent closes its stdin.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { operatorActor } from '../src/domain/access/roles.js';
import { collectionId } from '../src/features/federation/taxii.service.js';
import { buildServer } from '../src/http/server.js';
import { createApp } from '../src/main/app.js';
import { scheduleSync } from '../src/main/scheduler.js';

const [mode, dir, a, b] = process.argv.slice(2);
const env: Record<string, string> = {
  JALA_DATA_DIR: dir!,
  LOG_LEVEL: 'silent',
  JALA_SYNC_INTERVAL_SECONDS: process.env.JALA_SYNC_INTERVAL_SECONDS ?? '0',
  ...(mode === 'serve' && a ? { JALA_AMBER_PARTNERS: a } : {}),
};
const app = await createApp(loadConfig(env));
const op = operatorActor(app.nodeOrganisation.id, 'bench');
const rss = () => process.resourceUsage().maxRSS / 1024;

if (mode === 'serve') {
  const org = await app.organisations.register(
    { name: a ?? 'Peer node', country: 'TH', sector: 'police' },
    op,
  );
  const user = await app.users.add(
    {
      email: `peer-${Date.now()}@bench.example`,
      org: org.id,
      role: 'analyst',
      password: 'a long bench password',
    },
    op,
  );
  const token = (await app.tokens.create(op, { name: 'bench peer', userId: user.id })).token;
  const server = await buildServer(app, { logger: false });
  const url = await server.listen({ host: '127.0.0.1', port: 0 });
  const stopSync = scheduleSync(app, {
    warn: (o, m) => process.stderr.write(`${m} ${JSON.stringify(o)}\n`),
    error: (o, m) => process.stderr.write(`${m} ${String(o)}\n`),
  });
  process.stdout.write(`${JSON.stringify({ url, token, nodeOrg: app.nodeOrganisation.name })}\n`);
  process.stdin.resume();
  process.stdin.on('end', async () => {
    stopSync();
    await server.close();
    await app.close();
    process.stdout.write(`${JSON.stringify({ maxRssMb: rss() })}\n`);
    process.exit(0);
  });
} else if (mode === 'pull') {
  await app.sync.add({ name: 'source', url: a!, token: b! }, op);
  const started = performance.now();
  const [result] = await app.sync.sync('source');
  const elapsedMs = performance.now() - started;
  if (result?.error) throw new Error(result.error);
  const objects = result!.collections.reduce((n, c) => n + c.objects, 0);
  const reports = result!.collections.reduce((n, c) => n + c.reports, 0);
  await app.close();
  process.stdout.write(`${JSON.stringify({ elapsedMs, maxRssMb: rss(), objects, reports })}\n`);
} else if (mode === 'import') {
  const started = performance.now();
  const summary = await app.stixImport.importFile(a!, { orgId: app.nodeOrganisation.id, actor: op });
  const elapsedMs = performance.now() - started;
  await app.close();
  process.stdout.write(
    `${JSON.stringify({ elapsedMs, maxRssMb: rss(), objects: summary.objects, reports: summary.reports })}\n`,
  );
} else if (mode === 'export') {
  // The very objects a partner's pull receives: the community and AMBER collections, page by page.
  const out = createWriteStream(a!);
  out.write('{"type":"bundle","id":"bundle--2a4b6c8d-1e3f-4a5b-8c7d-9e0f1a2b3c4d","objects":[\n');
  let objects = 0;
  for (const key of ['community', 'amber']) {
    let next: string | undefined;
    do {
      const page = await app.taxii.objects(collectionId(key), { limit: 1000, next }, op);
      for (const { _dateAdded, ...object } of page.objects) {
        if (!out.write(`${objects === 0 ? '' : ',\n'}${JSON.stringify(object)}`)) await once(out, 'drain');
        objects += 1;
      }
      next = page.more ? page.next : undefined;
    } while (next);
  }
  out.end('\n]}\n');
  await once(out, 'finish');
  await app.close();
  process.stdout.write(`${JSON.stringify({ objects })}\n`);
}
