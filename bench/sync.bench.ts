// Sync between two nodes (see BENCHMARKS.md), against a baseline measured in the same run:
//   a pull of everything one node shares (its community and AMBER collections, the puller being an agreement
//   partner) over TAXII 2.1 on loopback, against the same reports imported locally from a STIX file: objects/s
//   and the peak RSS of both sides (target: ratio ≥ 0.5, memory flat);
//   the time from a report's submission on one node to its cross-border hit on another that syncs every 10 s.
//   BENCH_SYNC_REPORTS=200000  demo reports on the source node     BENCH_SYNC_HITS=3  hit-latency samples
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFile, machine, runWorker, saveResult } from './support.js';

const reports = Number(process.env.BENCH_SYNC_REPORTS ?? 200_000);
const hitSamples = Number(process.env.BENCH_SYNC_HITS ?? 3);
const seconds = (ms: number) => Number((ms / 1000).toFixed(1));

function serve(dir: string, partner: string, env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./sync-node.worker.ts', import.meta.url).pathname, 'serve', dir, partner],
    { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  );
  let out = '';
  child.stdout!.on('data', (c) => {
    out += c;
  });
  const ready = new Promise<{ url: string; token: string; nodeOrg: string }>((resolve, reject) => {
    child.stdout!.once('data', (c) => resolve(JSON.parse(String(c).split('\n')[0]!)));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  /** Stops the server and returns its peak RSS (MB). */
  const stop = async (): Promise<number> => {
    child.stdin!.end();
    await new Promise((resolve) => child.once('exit', resolve));
    return (JSON.parse(out.trim().split('\n').pop()!) as { maxRssMb: number }).maxRssMb;
  };
  return { child, ready, stop };
}

const source = mkdtempSync(join(tmpdir(), 'jala-sync-src-'));
const file = await demoFile(reports);
process.stderr.write(`source node: importing ${reports} demo reports…\n`);
await runWorker('./import.worker.ts', [file, source], { JALA_LINKING: 'on' });

process.stderr.write('baseline: export to a STIX file, then import it on an empty node…\n');
const bundle = join(source, 'export.json');
const exported = await runWorker<{ objects: number }>('./sync-node.worker.ts', ['export', source, bundle]);
const local = mkdtempSync(join(tmpdir(), 'jala-sync-local-'));
const baseline = await runWorker<{ elapsedMs: number; maxRssMb: number; objects: number; reports: number }>(
  './sync-node.worker.ts',
  ['import', local, bundle],
);
rmSync(local, { recursive: true, force: true });

process.stderr.write('pull over TAXII 2.1 from the source node…\n');
const server = serve(source, 'ID national anti-scam centre');
const { url, token } = await server.ready;
const target = mkdtempSync(join(tmpdir(), 'jala-sync-dst-'));
const pull = await runWorker<{ elapsedMs: number; maxRssMb: number; objects: number; reports: number }>(
  './sync-node.worker.ts',
  ['pull', target, url, token],
);
const serverRss = await server.stop();
rmSync(target, { recursive: true, force: true });

const pullRate = pull.objects / (pull.elapsedMs / 1000);
const fileRate = baseline.objects / (baseline.elapsedMs / 1000);
const result = {
  reports,
  shared_reports: baseline.reports,
  bundle_mb: Math.round(statSync(bundle).size / 2 ** 20),
  file_import: {
    objects: baseline.objects,
    seconds: seconds(baseline.elapsedMs),
    objects_per_s: Math.round(fileRate),
    peak_rss_mb: Math.round(baseline.maxRssMb),
  },
  pull: {
    objects: pull.objects,
    reports: pull.reports,
    seconds: seconds(pull.elapsedMs),
    objects_per_s: Math.round(pullRate),
    peak_rss_mb: Math.round(pull.maxRssMb),
    serving_node_peak_rss_mb: Math.round(serverRss),
  },
  ratio: Number((pullRate / fileRate).toFixed(2)),
  exported_objects: exported.objects,
};
process.stderr.write(`${JSON.stringify(result)}\n`);
rmSync(source, { recursive: true, force: true });

// Time to a hit: two small nodes, the second syncing every 10 s from the first.
process.stderr.write('time from a report on one node to its hit on the other (sync every 10 s)…\n');
const a = mkdtempSync(join(tmpdir(), 'jala-hit-a-'));
const b = mkdtempSync(join(tmpdir(), 'jala-hit-b-'));
const nodeA = serve(a, 'ID national anti-scam centre', { JALA_NODE_COUNTRY: 'TH', JALA_NODE_ORG: 'TH AOC' });
const infoA = await nodeA.ready;
const nodeB = serve(b, 'TH AOC', { JALA_NODE_COUNTRY: 'ID', JALA_SYNC_INTERVAL_SECONDS: '10' });
const infoB = await nodeB.ready;
// B learns of A as a peer through its own command line, as an operator would (`jala peers add`).
await runWorker('./sync-node.worker.ts', ['pull', b, infoA.url, infoA.token]).catch(() => undefined);
const post = async (base: string, token: string, record: unknown) => {
  const response = await fetch(`${base}/api/v1/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(record),
  });
  if (!response.ok) throw new Error(`submit: ${response.status} ${await response.text()}`);
};
const latencies: number[] = [];
for (let i = 0; i < hitSamples; i++) {
  const phone = `+62 813 7${String(100000 + i)}0`;
  // Known on B (Indonesia) first; then Thailand reports it: the hit appears on B at its next sync.
  await post(infoB.url, infoB.token, {
    id: `B-${i}`,
    reported_at: new Date().toISOString(),
    country: 'ID',
    source: 'police',
    scam_type: 'job',
    tlp: 'green',
    indicators: [{ value: phone }],
  });
  const started = performance.now();
  await post(infoA.url, infoA.token, {
    id: `A-${i}`,
    reported_at: new Date().toISOString(),
    country: 'TH',
    source: 'police',
    scam_type: 'job',
    tlp: 'green',
    indicators: [{ value: phone }],
  });
  for (;;) {
    const response = await fetch(`${infoB.url}/api/v1/hits?country=TH&limit=100`, {
      headers: { authorization: `Bearer ${infoB.token}` },
    });
    const hits = (await response.json()) as { hits: { indicator: { value: string } }[] };
    if (hits.hits.some((h) => h.indicator.value === phone.replace(/ /g, ''))) break;
    if (performance.now() - started > 60_000) throw new Error('no hit within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  latencies.push(performance.now() - started);
}
for (const node of [nodeA, nodeB]) await node.stop();
rmSync(a, { recursive: true, force: true });
rmSync(b, { recursive: true, force: true });
const hitSeconds = latencies.map(seconds);

const all = { ...result, hit_latency_s: hitSeconds, sync_interval_s: 10 };
process.stdout.write(
  `\nSync benchmark — ${machine()} — ${new Date().toISOString()}\n\n${JSON.stringify(all, null, 2)}\n`,
);
saveResult('sync', all);
