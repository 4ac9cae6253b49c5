import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type PreparedBatch, prepareSubmissions } from '../reports/report.submissions.js';

/** Turns batches of submitted records into prepared batches, here or on worker threads. */
export interface Preparer {
  /** With `json`, the inputs are records' JSON texts (see `prepareSubmissions`). */
  prepare(inputs: unknown[], originOrgId: string, now: number, json: boolean): Promise<PreparedBatch>;
  close(): Promise<void>;
  readonly threads: number;
}

export function inlinePreparer(): Preparer {
  return {
    threads: 0,
    prepare: async (inputs, originOrgId, now, json) => prepareSubmissions(inputs, originOrgId, now, { json }),
    close: async () => {},
  };
}

/** Worker threads by default: one fewer than the cores, so that the writing thread keeps one. */
export function defaultThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

/**
 * The old-generation heap of a preparation thread, in MB. A bounded heap keeps the thread's memory flat: its
 * caches and the batch in hand fit in 96 MB at 2,500 records a batch (measured: 70 MB live, and a peak 30 MB
 * lower than with 160 MB, at the same speed), that is 56 MB and 16 KB a record. A fixed 96 MB ran out of
 * memory at 10,000 records a batch (300,000 reports); larger batches get room for themselves.
 */
export function preparationHeapMb(batchSize: number): number {
  return Math.max(96, Math.ceil(56 + batchSize * 0.016));
}

/**
 * Preparation (validation, canonicalisation, extraction, hashing) on worker threads, so that it overlaps
 * with writing to the database. Batches are handed out round-robin; callers await them in order.
 */
export function workerPreparer(threads: number, batchSize: number): Preparer {
  // Worker threads cannot load TypeScript sources (tests, tsx); there preparation runs inline.
  if (threads <= 0 || import.meta.url.endsWith('.ts')) return inlinePreparer();
  const script = new URL('./prepare.worker.js', import.meta.url);
  type Pending = { resolve: (b: PreparedBatch) => void; reject: (e: Error) => void };
  const pending = new Map<number, Pending>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(script, {
      resourceLimits: { maxOldGenerationSizeMb: preparationHeapMb(batchSize), maxYoungGenerationSizeMb: 16 },
    });
    worker.on('message', (message: { id: number; batch?: PreparedBatch; error?: string }) => {
      const p = pending.get(message.id);
      pending.delete(message.id);
      if (!p) return;
      if (message.batch) p.resolve(message.batch);
      else p.reject(new Error(`preparation thread failed: ${message.error}`));
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => {
      if (code !== 0) failAll(new Error(`preparation thread exited with ${code}`));
    });
    return worker;
  });
  return {
    threads,
    prepare(inputs, originOrgId, now, json) {
      const id = nextId++;
      return new Promise<PreparedBatch>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, inputs, originOrgId, now, json });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
