// HTTP look-up under load on loopback, against a bare Fastify route in the same run (see BENCHMARKS.md).
//   BENCH_HTTP_REPORTS=100000  reports in the database behind the look-up
//   BENCH_HTTP_ROUNDS=5        rounds, each loading the three servers in turn
//   BENCH_HTTP_SECONDS=5       duration of each load run; BENCH_HTTP_CONNECTIONS=10
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { canonicalize } from '../src/domain/indicators/index.js';
import { demoFile, machine, runWorker, saveResult } from './support.js';

const reports = Number(process.env.BENCH_HTTP_REPORTS ?? '100000');
const rounds = Number(process.env.BENCH_HTTP_ROUNDS ?? '5');
const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? '5');
const connections = Number(process.env.BENCH_HTTP_CONNECTIONS ?? '10');

async function start(script: string, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL(script, import.meta.url).pathname, ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (c) => resolve(String(c).trim()));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, url };
}

async function load(url: string, paths: string[], duration = seconds) {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        setupRequest: (request) => {
          request.path = paths[i++ % paths.length]!;
          return request;
        },
      },
    ],
  });
  return {
    requests_per_s: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const file = await demoFile(reports);
const dir = mkdtempSync(join(tmpdir(), 'jala-bench-http-'));
process.stderr.write(`loading ${reports} reports…\n`);
await runWorker('./import.worker.ts', [file, dir]);

// Values to look up: indicators as victims wrote them in the demo data (known), and unknown numbers.
const values: string[] = [];
for (const line of readFileSync(file, 'utf8').split('\n', 2000)) {
  if (!line) continue;
  const record = JSON.parse(line) as { country: string; indicators?: { kind?: string; value: string }[] };
  for (const ind of record.indicators ?? []) {
    const lookable =
      ind.kind === undefined || ind.kind === 'phone' || ind.kind === 'crypto' || ind.kind === 'url';
    // Only values the look-up can read: a typo'd value answers 400 at once and would flatter the figures.
    if (lookable && canonicalize({ value: ind.value }, { country: record.country }).ok) {
      values.push(`/api/v1/check?value=${encodeURIComponent(ind.value)}&country=${record.country}`);
    }
  }
}
for (let i = 0; i < values.length / 4; i++)
  values.push(`/api/v1/check?value=0899${String(1_000_000 + i)}&country=ID`);

// The three servers run side by side, idle while another is loaded, and are loaded in turn, round after
// round: the machine's load drifts over a minute, and interleaving makes each round's ratio compare servers
// measured seconds apart. The figure is the median of the rounds' ratios.
const bare = await start('./bare.server.ts', []);
const limited = await start('./jala.server.ts', [dir]);
const unlimited = await start('./jala.server.ts', [dir, '0']);
process.stderr.write(`warming up (${values.length} distinct values)…\n`);
for (const server of [bare, limited, unlimited]) await load(server.url, values, Math.min(seconds, 3));

type Run = Awaited<ReturnType<typeof load>>;
const runs: { baseline: Run; lookup: Run; unlimited: Run }[] = [];
for (let round = 1; round <= rounds; round++) {
  process.stderr.write(`round ${round}/${rounds}: bare, Jala, Jala without rate limit, ${seconds}s each…\n`);
  runs.push({
    baseline: await load(bare.url, values),
    lookup: await load(limited.url, values),
    unlimited: await load(unlimited.url, values),
  });
}
for (const server of [bare, limited, unlimited]) server.child.kill();
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round3 = (x: number) => Number(x.toFixed(3));
const ratios = runs.map((r) => r.lookup.requests_per_s / r.baseline.requests_per_s);
const unlimitedRatios = runs.map((r) => r.unlimited.requests_per_s / r.baseline.requests_per_s);
const ratio = round3(median(ratios));
const unlimitedRatio = round3(median(unlimitedRatios));
const summary = (pick: (r: (typeof runs)[number]) => Run) => ({
  requests_per_s: Math.round(median(runs.map((r) => pick(r).requests_per_s))),
  p50_ms: median(runs.map((r) => pick(r).p50_ms)),
  p99_ms: Math.max(...runs.map((r) => pick(r).p99_ms)),
  non2xx: runs.reduce((n, r) => n + pick(r).non2xx, 0),
  errors: runs.reduce((n, r) => n + pick(r).errors, 0),
});
const baseline = summary((r) => r.baseline);
const lookup = summary((r) => r.lookup);
const noLimit = summary((r) => r.unlimited);

console.log(`\nHTTP look-up benchmark — ${machine()} — ${new Date().toISOString()}`);
console.log(
  `${reports} reports, ${rounds} rounds of ${seconds}s per server, ${connections} connections, ${values.length} distinct look-ups\n`,
);
console.log('| round | bare req/s | Jala req/s | ratio | Jala, no rate limit | ratio |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const [i, r] of runs.entries()) {
  console.log(
    `| ${i + 1} | ${r.baseline.requests_per_s} | ${r.lookup.requests_per_s} | ${round3(ratios[i]!)} | ${r.unlimited.requests_per_s} | ${round3(unlimitedRatios[i]!)} |`,
  );
}
console.log('\n| server (medians; p99 the worst round) | requests/s | p50 ms | p99 ms | non-2xx | errors |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, r] of [
  ['bare Fastify constant', baseline],
  ['Jala /api/v1/check', lookup],
  ['Jala /api/v1/check, no rate limit', noLimit],
] as const)
  console.log(`| ${name} | ${r.requests_per_s} | ${r.p50_ms} | ${r.p99_ms} | ${r.non2xx} | ${r.errors} |`);
console.log(`\nratio (median of rounds): ${ratio} (without the rate limit: ${unlimitedRatio})`);
saveResult('http', {
  reports,
  rounds,
  seconds,
  connections,
  runs,
  baseline,
  lookup,
  unlimited: noLimit,
  ratio,
  unlimitedRatio,
});
