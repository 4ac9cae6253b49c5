// HTTP look-up under load on loopback, against a bare Fastify route in the same run (see BENCHMARKS.md).
//   BENCH_HTTP_REPORTS=100000  reports in the database behind the look-up
//   BENCH_HTTP_SECONDS=10      duration of each load run; BENCH_HTTP_CONNECTIONS=10
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { canonicalize } from '../src/domain/indicators/index.js';
import { demoFile, machine, runWorker, saveResult } from './support.js';

const reports = Number(process.env.BENCH_HTTP_REPORTS ?? '100000');
const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? '10');
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

async function load(url: string, paths: string[]) {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
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

const bare = await start('./bare.server.ts', []);
process.stderr.write(`bare Fastify baseline, ${seconds}s × ${connections} connections…\n`);
const baseline = await load(bare.url, values);
bare.child.kill();

async function jalaRun(limit: string | undefined) {
  const jala = await start('./jala.server.ts', limit ? [dir, limit] : [dir]);
  await load(jala.url, values.slice(0, 200)); // warm-up
  process.stderr.write(
    `Jala look-up (${values.length} distinct values${limit === '0' ? ', no rate limit' : ''}), ${seconds}s × ${connections} connections…\n`,
  );
  const result = await load(jala.url, values);
  jala.child.kill();
  return result;
}
const lookup = await jalaRun(undefined);
const unlimited = await jalaRun('0');
rmSync(dir, { recursive: true, force: true });

const ratio = Number((lookup.requests_per_s / baseline.requests_per_s).toFixed(3));
const unlimitedRatio = Number((unlimited.requests_per_s / baseline.requests_per_s).toFixed(3));
console.log(`\nHTTP look-up benchmark — ${machine()} — ${new Date().toISOString()}`);
console.log(
  `${reports} reports, ${seconds}s per run, ${connections} connections, ${values.length} distinct look-ups\n`,
);
console.log('| server | requests/s | p50 ms | p99 ms | non-2xx | errors |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(
  `| bare Fastify constant | ${baseline.requests_per_s} | ${baseline.p50_ms} | ${baseline.p99_ms} | ${baseline.non2xx} | ${baseline.errors} |`,
);
console.log(
  `| Jala /api/v1/check | ${lookup.requests_per_s} | ${lookup.p50_ms} | ${lookup.p99_ms} | ${lookup.non2xx} | ${lookup.errors} |`,
);
console.log(
  `| Jala /api/v1/check, no rate limit | ${unlimited.requests_per_s} | ${unlimited.p50_ms} | ${unlimited.p99_ms} | ${unlimited.non2xx} | ${unlimited.errors} |`,
);
console.log(`\nratio: ${ratio} (without the rate limit: ${unlimitedRatio})`);
saveResult('http', { reports, seconds, connections, baseline, lookup, unlimited, ratio, unlimitedRatio });
