import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export const OUT_DIR = new URL('./out/', import.meta.url).pathname;
mkdirSync(OUT_DIR, { recursive: true });

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
}

/** Runs a TypeScript worker in its own process and returns the JSON it prints last. */
export async function runWorker<T>(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<T> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL(script, import.meta.url).pathname, ...args],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  const last = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as T;
}

/** Writes (once) a demo dataset of n reports and returns its path. */
export async function demoFile(n: number, seed = 7): Promise<string> {
  const base = join(OUT_DIR, `demo-${n}-s${seed}`);
  if (!existsSync(`${base}.jsonl`)) {
    const { writeDemoFiles } = await import('../src/features/demo/index.js');
    await writeDemoFiles({ reports: n, seed, out: base });
  }
  return `${base}.jsonl`;
}

export function saveResult(name: string, result: object): void {
  const file = join(OUT_DIR, `${name}.json`);
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object[]) : [];
  writeFileSync(
    file,
    JSON.stringify([...previous, { date: new Date().toISOString(), machine: machine(), ...result }], null, 2),
  );
}
