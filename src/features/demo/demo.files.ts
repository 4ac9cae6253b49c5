import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type DemoOptions, generateDemo } from './demo.generator.js';

export interface DemoFilesOptions extends DemoOptions {
  /** Path prefix: writes `${out}.jsonl` (the reports) and `${out}.truth.jsonl` (the ground truth). */
  out: string;
  /** Called after each batch with the number of reports written so far. */
  onProgress?: (written: number) => void;
}

export interface DemoFilesResult {
  reportsPath: string;
  truthPath: string;
  reports: number;
  /** Reports that belong to a syndicate; the rest are one-offs. */
  syndicated: number;
  syndicates: number;
}

/** Lines are joined into batches of this many before a write: fewer, larger writes. */
const BATCH = 1000;

async function write(stream: WriteStream, chunk: string): Promise<void> {
  // Respect backpressure: wait for the buffer to drain rather than queueing the whole dataset in memory.
  // `once` also rejects on 'error' and removes its listeners either way (racing two `once` would leak one).
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  const closed = once(stream, 'close').catch(() => undefined);
  stream.end();
  await closed;
}

/**
 * Writes a demo dataset as JSON Lines: one report per line in `${out}.jsonl`, and one
 * `{"report": id, "syndicate": string|null}` line per report in `${out}.truth.jsonl`, in the same order.
 */
export async function writeDemoFiles(options: DemoFilesOptions): Promise<DemoFilesResult> {
  const reportsPath = `${options.out}.jsonl`;
  const truthPath = `${options.out}.truth.jsonl`;
  await mkdir(dirname(reportsPath), { recursive: true });
  const reports = createWriteStream(reportsPath, { encoding: 'utf8' });
  const truth = createWriteStream(truthPath, { encoding: 'utf8' });
  let failure: unknown;
  const onError = (error: unknown): void => {
    failure ??= error;
  };
  reports.on('error', onError);
  truth.on('error', onError);

  let written = 0;
  let syndicated = 0;
  const syndicates = new Set<string>();
  let reportLines = '';
  let truthLines = '';
  try {
    for (const { record, syndicate } of generateDemo(options)) {
      reportLines += `${JSON.stringify(record)}\n`;
      truthLines += `${JSON.stringify({ report: record.id, syndicate })}\n`;
      written++;
      if (syndicate !== null) {
        syndicated++;
        syndicates.add(syndicate);
      }
      if (written % BATCH === 0) {
        await Promise.all([write(reports, reportLines), write(truth, truthLines)]);
        reportLines = '';
        truthLines = '';
        if (failure) throw failure;
        options.onProgress?.(written);
      }
    }
    if (reportLines !== '') {
      await Promise.all([write(reports, reportLines), write(truth, truthLines)]);
      options.onProgress?.(written);
    }
  } finally {
    await Promise.all([close(reports), close(truth)]);
  }
  if (failure) throw failure;
  return { reportsPath, truthPath, reports: written, syndicated, syndicates: syndicates.size };
}
