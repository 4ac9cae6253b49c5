/**
 * Scores Jala's clusters against the demo generator's ground truth, beside plain exact-string matching
 * (how MISP correlates attributes) on the same data, so the gain from canonicalisation shows.
 *
 * For each size: `jala demo` writes reports + truth into a temporary folder, `jala import` loads them
 * into a fresh embedded database, `jala clusters export` streams {"report","cluster"} per report. Pairwise
 * precision and recall against the syndicates (one-off reports are groups of their own); see score.ts.
 * Appends the results to bench/out/eval-clusters.json.
 *
 *   npm run eval:clusters [-- --show 5]
 *   EVAL_SIZES=10000,100000  reports per run (default both)
 *   EVAL_SEED=7              demo seed
 *   EVAL_BUILD=0             use the existing dist/ instead of running `npm run build` first
 *   EVAL_KEEP=1              keep the temporary folder (its path is printed)
 *
 * Exit code: 0 when Jala meets the targets at every size; 1 when its precision < 0.95 or recall < 0.90
 * at any size; 2 when it could not be measured (a step failed, a report is missing from the export…).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { saveResult } from '../../bench/support.js';
import {
  ExactStringLinker,
  exactKey,
  f1,
  foldedKey,
  type Label,
  type PairCounts,
  pairCounts,
  precision,
  recall,
  worstMistakes,
} from './score.js';

export const MIN_PRECISION = 0.95;
export const MIN_RECALL = 0.9;

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'jala.js');

const sizes = (process.env.EVAL_SIZES ?? '10000,100000').split(',').map((s) => Number(s.trim()));
const seed = Number(process.env.EVAL_SEED ?? '7');
const showArg = process.argv.indexOf('--show');
const show = showArg > 0 ? Math.max(0, Number(process.argv[showArg + 1] ?? 5) || 0) : 5;
if (sizes.some((n) => !Number.isInteger(n) || n <= 0))
  fail(`EVAL_SIZES=${process.env.EVAL_SIZES}: whole numbers`);
if (!Number.isInteger(seed)) fail(`EVAL_SEED=${process.env.EVAL_SEED}: a whole number`);

/** A step that could not be carried out: printed as is, exit code 2. */
class NotMeasured extends Error {}

function fail(message: string): never {
  process.stderr.write(`eval:clusters: ${message}\n`);
  process.exit(2);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const now = () => performance.now();

async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim() !== '') yield line;
}

function parseLine<T>(line: string, where: string): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new NotMeasured(`${where}: not valid JSON: ${line.slice(0, 200)}`);
  }
}

const children = new Set<ChildProcess>();

/**
 * Runs `node bin/jala.js ARGS`. Every stdout line goes to `onStdout` (default: shown, prefixed); stderr is
 * shown prefixed, and its first and last lines are kept for an error message.
 */
async function jala(
  label: string,
  args: string[],
  env: Record<string, string>,
  onStdout?: (line: string) => void,
): Promise<{ code: number | null; ms: number; stderr: string[] }> {
  const started = now();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL; // always the embedded SQLite file under JALA_DATA_DIR
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  const prefix = `  ${label} │ `;
  // The first lines of stderr say what went wrong (commander's error, a stack trace); the last, how it ended.
  const stderr: string[] = [];
  const stderrTail: string[] = [];
  let stderrLines = 0;
  const errLines = createInterface({ input: child.stderr!, crlfDelay: Infinity });
  errLines.on('line', (line) => {
    process.stderr.write(`${prefix}${line}\n`);
    if (stderrLines++ < 8) stderr.push(line);
    else {
      stderrTail.push(line);
      if (stderrTail.length > 4) stderrTail.shift();
    }
  });
  const outLines = createInterface({ input: child.stdout!, crlfDelay: Infinity });
  try {
    for await (const line of outLines) {
      if (onStdout) onStdout(line);
      else process.stdout.write(`${prefix}${line}\n`);
    }
  } catch (error) {
    child.kill();
    await exited.catch(() => undefined);
    throw error;
  } finally {
    children.delete(child);
  }
  const code = await exited;
  if (stderrLines > stderr.length + stderrTail.length) stderr.push('…');
  return { code, ms: now() - started, stderr: [...stderr, ...stderrTail] };
}

function build(): void {
  if (process.env.EVAL_BUILD === '0') {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))
      fail('EVAL_BUILD=0 but dist/ holds no build: run `npm run build` first');
    process.stdout.write('using the existing build in dist/ (EVAL_BUILD=0)\n');
    return;
  }
  process.stdout.write('npm run build…\n');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail(`npm run build failed (exit ${result.status}): cannot run bin/jala.js`);
}

interface Truth {
  ids: string[];
  syndicates: (string | null)[];
  index: Map<string, number>;
}

async function readTruth(path: string): Promise<Truth> {
  const truth: Truth = { ids: [], syndicates: [], index: new Map() };
  let n = 0;
  for await (const line of lines(path)) {
    n++;
    const row = parseLine<{ report?: unknown; syndicate?: unknown }>(line, `${path}:${n}`);
    if (typeof row.report !== 'string') throw new NotMeasured(`${path}:${n}: no "report" id`);
    if (truth.index.has(row.report)) throw new NotMeasured(`${path}:${n}: report ${row.report} twice`);
    truth.index.set(row.report, truth.ids.length);
    truth.ids.push(row.report);
    truth.syndicates.push(typeof row.syndicate === 'string' ? row.syndicate : null);
  }
  return truth;
}

interface Baseline {
  name: string;
  labels: Label[];
  keys: number;
  ms: number;
}

/** Reads the reports once, then links them by exact strings (and case-folded strings). */
async function baselines(
  path: string,
  truth: Truth,
): Promise<{ readMs: number; values: number; runs: Baseline[] }> {
  const started = now();
  const order: number[] = [];
  const valuesPerReport: unknown[][] = [];
  let values = 0;
  let n = 0;
  for await (const line of lines(path)) {
    n++;
    const record = parseLine<{ id?: unknown; indicators?: { value?: unknown }[] }>(line, `${path}:${n}`);
    const at = typeof record.id === 'string' ? truth.index.get(record.id) : undefined;
    if (at === undefined)
      throw new NotMeasured(`${path}:${n}: report ${String(record.id)} is not in the truth file`);
    order.push(at);
    const vs = Array.isArray(record.indicators) ? record.indicators.map((i) => i?.value) : [];
    values += vs.length;
    valuesPerReport.push(vs);
  }
  if (order.length !== truth.ids.length)
    throw new NotMeasured(`${path}: ${order.length} reports, but the truth file has ${truth.ids.length}`);
  const readMs = now() - started;
  const runs: Baseline[] = [];
  for (const [name, key] of [
    ['exact string (MISP-style)', exactKey],
    ['exact, case-folded, no spaces', foldedKey],
  ] as const) {
    const t0 = now();
    const linker = new ExactStringLinker(key);
    for (const vs of valuesPerReport) linker.add(vs);
    const byLine = linker.labels();
    const labels: Label[] = new Array(truth.ids.length);
    for (let i = 0; i < byLine.length; i++) labels[order[i]!] = byLine[i]!;
    runs.push({ name, labels, keys: linker.keys, ms: now() - t0 });
  }
  return { readMs, values, runs };
}

const SUMMARY =
  /(\d+) read — (\d+) imported, (\d+) updated, (\d+) unchanged, (\d+) rejected; (\d+) indicators rejected/;

async function importReports(file: string, dataDir: string) {
  let summary: { read: number; imported: number; rejected: number; indicatorsRejected: number } | undefined;
  const run = await jala('import', ['import', file], { JALA_DATA_DIR: dataDir }, (line) => {
    process.stdout.write(`  import │ ${line}\n`);
    const m = SUMMARY.exec(line);
    if (m)
      summary = {
        read: Number(m[1]),
        imported: Number(m[2]),
        rejected: Number(m[5]),
        indicatorsRejected: Number(m[6]),
      };
  });
  if (run.code !== 0)
    throw new NotMeasured(`\`jala import\` exited with code ${run.code}${tail(run.stderr)}`);
  return { ms: run.ms, summary };
}

const tail = (stderr: string[]) =>
  stderr.length > 0 ? `; its stderr said:\n    ${stderr.join('\n    ')}` : '';

/** Streams `jala clusters export` into a cluster label per truth index. */
async function exportClusters(dataDir: string, truth: Truth, rejected: { count: number; file: string }) {
  const predicted: (string | undefined)[] = new Array(truth.ids.length);
  let lineNo = 0;
  let filled = 0;
  const unknown: string[] = [];
  let unknownCount = 0;
  let duplicates = 0;
  const run = await jala('export', ['clusters', 'export'], { JALA_DATA_DIR: dataDir }, (line) => {
    lineNo++;
    if (line.trim() === '') return;
    const row = parseLine<{ report?: unknown; cluster?: unknown }>(line, `clusters export, line ${lineNo}`);
    if (
      typeof row.report !== 'string' ||
      (typeof row.cluster !== 'string' && typeof row.cluster !== 'number')
    )
      throw new NotMeasured(
        `clusters export, line ${lineNo}: expected {"report": string, "cluster": string}, got ${line.slice(0, 200)}`,
      );
    const at = truth.index.get(row.report);
    if (at === undefined) {
      if (unknownCount++ < 5) unknown.push(row.report);
      return;
    }
    if (predicted[at] !== undefined) duplicates++;
    else filled++;
    predicted[at] = String(row.cluster);
  });
  if (run.code !== 0) {
    const missing = run.stderr.some((l) => /unknown command '(clusters|export)'/.test(l));
    throw new NotMeasured(
      missing
        ? '`jala clusters export` does not exist in this build (dist/). It comes with the linking engine ' +
            '(src/features/correlation/); once it has landed, rerun `npm run eval:clusters` (it builds first).'
        : `\`jala clusters export\` exited with code ${run.code}${tail(run.stderr)}`,
    );
  }
  if (unknownCount > 0)
    throw new NotMeasured(
      `clusters export names ${unknownCount} reports that are not in the demo data: ` +
        `${unknown.join(', ')}${unknownCount > unknown.length ? ', …' : ''} ` +
        `(expected the report ids as imported, e.g. ${truth.ids[0]})`,
    );
  if (duplicates > 0) throw new NotMeasured(`clusters export lists ${duplicates} reports more than once`);
  if (filled < truth.ids.length) {
    const absent = truth.ids.filter((_, i) => predicted[i] === undefined);
    throw new NotMeasured(
      `${absent.length} of ${truth.ids.length} reports are missing from the clusters export: ` +
        `${absent.slice(0, 10).join(', ')}${absent.length > 10 ? ', …' : ''}` +
        (rejected.count > 0
          ? ` (the importer rejected ${rejected.count} reports: see ${rejected.file})`
          : ''),
    );
  }
  return { ms: run.ms, labels: predicted as string[] };
}

interface MethodResult {
  method: string;
  clusters: number;
  precision: number;
  recall: number;
  f1: number;
  pairs: { true: number; predicted: number; both: number };
  timing: string;
  seconds: number;
}

const methodResult = (method: string, c: PairCounts, timing: string, ms: number): MethodResult => ({
  method,
  clusters: c.clusters,
  precision: Number(precision(c).toFixed(6)),
  recall: Number(recall(c).toFixed(6)),
  f1: Number(f1(c).toFixed(6)),
  pairs: { true: c.truePairs, predicted: c.predictedPairs, both: c.bothPairs },
  timing,
  seconds: Number((ms / 1000).toFixed(3)),
});

function table(rows: MethodResult[]): string {
  const header = [
    'method'.padEnd(30),
    'clusters'.padStart(8),
    'precision'.padStart(9),
    'recall'.padStart(8),
    'F1'.padStart(8),
    '  time',
  ];
  return [
    header.join('  '),
    ...rows.map((r) =>
      [
        r.method.padEnd(30),
        String(r.clusters).padStart(8),
        pct(r.precision).padStart(9),
        pct(r.recall).padStart(8),
        pct(r.f1).padStart(8),
        `  ${r.timing}`,
      ].join('  '),
    ),
  ].join('\n');
}

function showMistakes(truth: Truth, predicted: readonly Label[]): void {
  if (show === 0) return;
  const { merges, splits } = worstMistakes(truth.syndicates, predicted, show);
  const parts = (ps: { items: number; label: string }[]) =>
    ps
      .slice(0, 6)
      .map((p) => `${p.label} ×${p.items}`)
      .join(', ') + (ps.length > 6 ? `, … (${ps.length} in all)` : '');
  if (merges.length > 0) {
    process.stdout.write(`Jala's clusters with the most wrongly joined pairs (precision lost):\n`);
    for (const m of merges)
      process.stdout.write(
        `  ${String(m.cluster)}: ${m.size} reports, ${m.falsePairs} wrong pairs — ` +
          `${parts(m.parts.map((p) => ({ items: p.items, label: p.group ?? 'one-offs' })))}\n`,
      );
  }
  if (splits.length > 0) {
    process.stdout.write(`Syndicates with the most missed pairs (recall lost):\n`);
    for (const s of splits)
      process.stdout.write(
        `  ${s.group}: ${s.size} reports over ${s.parts.length} clusters, ${s.missedPairs} missed pairs — ` +
          `${parts(s.parts.map((p) => ({ items: p.items, label: String(p.cluster) })))}\n`,
      );
  }
}

/** One size, steps 1–5; fills `result` as it goes, so what was measured before a failure is kept. */
async function evaluate(n: number, dir: string, result: Record<string, unknown>) {
  mkdirSync(dir);
  process.stdout.write(`\n== ${n} reports, seed ${seed}\n`);

  // 1. Generate.
  let generated: { syndicated?: number; syndicates?: number } = {};
  const demo = await jala(
    'demo',
    ['demo', '--reports', String(n), '--seed', String(seed), '--out', join(dir, 'demo')],
    {},
    (line) => {
      if (line.trim().startsWith('{')) generated = parseLine(line, 'jala demo');
      else process.stdout.write(`  demo │ ${line}\n`);
    },
  );
  if (demo.code !== 0)
    throw new NotMeasured(`\`jala demo\` exited with code ${demo.code}${tail(demo.stderr)}`);
  result.demo_seconds = Number((demo.ms / 1000).toFixed(2));
  const truth = await readTruth(join(dir, 'demo.truth.jsonl'));
  const truthPairs = pairCounts(truth.syndicates, truth.syndicates);
  const oneOffs = truth.syndicates.filter((s) => s === null).length;
  process.stdout.write(
    `generated in ${seconds(demo.ms)}: ${truth.ids.length} reports, ${truth.ids.length - oneOffs} of them from ` +
      `${generated.syndicates ?? truthPairs.groups - oneOffs} syndicates, ${oneOffs} one-offs; ` +
      `${truthPairs.truePairs} true pairs\n`,
  );
  Object.assign(result, {
    syndicated: truth.ids.length - oneOffs,
    syndicates: truthPairs.groups - oneOffs,
    true_pairs: truthPairs.truePairs,
  });

  // 5. Baselines (they need no database: scored before the import, so they show even if a later step fails).
  const reportsFile = join(dir, 'demo.jsonl');
  const linked = await baselines(reportsFile, truth);
  const rows = linked.runs.map((b) =>
    methodResult(
      b.name,
      pairCounts(truth.syndicates, b.labels),
      `link ${b.ms.toFixed(0)} ms (${b.keys} distinct strings; reading ${seconds(linked.readMs)} not counted)`,
      b.ms,
    ),
  );
  result.methods = rows;
  process.stdout.write(`baselines (${linked.values} indicator values as written):\n${table(rows)}\n`);

  // 2. Import.
  const dataDir = join(dir, 'data');
  const imported = await importReports(reportsFile, dataDir);
  process.stdout.write(`imported in ${seconds(imported.ms)}\n`);
  result.import_seconds = Number((imported.ms / 1000).toFixed(2));
  if (imported.summary) result.import = imported.summary;

  // 3. Export.
  const exported = await exportClusters(dataDir, truth, {
    count: imported.summary?.rejected ?? 0,
    file: `${reportsFile}.rejects.jsonl`,
  });
  result.export_seconds = Number((exported.ms / 1000).toFixed(2));

  // 4. Score.
  const counts = pairCounts(truth.syndicates, exported.labels);
  const ours = methodResult(
    'Jala (clusters export)',
    counts,
    `import ${seconds(imported.ms)} + export ${seconds(exported.ms)}`,
    imported.ms + exported.ms,
  );
  rows.unshift(ours);
  process.stdout.write(`\n${table(rows)}\n`);
  showMistakes(truth, exported.labels);
  return ours;
}

// ---------------------------------------------------------------------------------------------------

build();
const base = mkdtempSync(join(tmpdir(), 'jala-eval-clusters-'));
const cleanUp = () => {
  if (process.env.EVAL_KEEP === '1') process.stdout.write(`kept ${base}\n`);
  else rmSync(base, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  for (const child of children) child.kill('SIGINT');
  cleanUp();
  process.exit(130);
});

const results: Record<string, unknown>[] = [];
const misses: string[] = [];
let error: string | undefined;
try {
  for (const [i, n] of sizes.entries()) {
    const result: Record<string, unknown> = { reports: n, seed };
    results.push(result);
    try {
      const ours = await evaluate(n, join(base, `${i + 1}-${n}`), result);
      if (ours.precision < MIN_PRECISION || ours.recall < MIN_RECALL)
        misses.push(`${n} reports: precision ${pct(ours.precision)}, recall ${pct(ours.recall)}`);
    } catch (e) {
      // Anything that stops a run is "not measured" (exit 2), never mistaken for a missed target (exit 1).
      const message =
        e instanceof NotMeasured ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
      error = `${n} reports: ${message}`;
      result.error = message;
      break;
    }
  }
} finally {
  cleanUp();
}

saveResult('eval-clusters', {
  seed,
  targets: { precision: MIN_PRECISION, recall: MIN_RECALL },
  results,
  pass: error === undefined && misses.length === 0,
});
process.stdout.write('\n(results appended to bench/out/eval-clusters.json)\n');
if (error !== undefined) {
  process.stderr.write(`\nFAIL (not measured): ${error}\n`);
  process.exit(2);
}
if (misses.length > 0) {
  process.stdout.write(
    `FAIL: targets are precision ≥ ${pct(MIN_PRECISION)} and recall ≥ ${pct(MIN_RECALL)}; ${misses.join('; ')}\n`,
  );
  process.exit(1);
}
process.stdout.write(`OK: precision ≥ ${pct(MIN_PRECISION)} and recall ≥ ${pct(MIN_RECALL)} at every size\n`);
