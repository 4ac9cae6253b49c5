import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { type Actor, systemActor } from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { WriteGroup } from '../reports/report.repository.js';
import type { RecordResult, ReportService } from '../reports/report.service.js';
import type { PreparedBatch } from '../reports/report.submissions.js';
import { CsvSource } from './csv.source.js';
import type { ImportSource, SourceItem } from './import.source.js';
import type { ImportRunRepository } from './import-run.repository.js';
import { JsonLinesSource } from './jsonl.source.js';
import { defaultThreads, workerPreparer } from './preparation.pool.js';
import { RejectsWriter } from './rejects.writer.js';

export interface ImportCounts {
  /** Lines (or CSV rows) read, readable or not. */
  read: number;
  imported: number;
  updated: number;
  unchanged: number;
  /** Records rejected whole (unreadable line, missing field, bad value). */
  rejected: number;
  /** Indicators rejected inside otherwise good records. */
  indicators_rejected: number;
}

export interface ImportProgress extends ImportCounts {
  file: string;
  bytesRead: number;
  totalBytes: number;
  elapsedMs: number;
}

export interface ImportSummary extends ImportCounts {
  file: string;
  rejectsFile: string | null;
  elapsedMs: number;
  /** False when not one record of the file could be read. */
  readable: boolean;
  /** Preparation threads that worked beside the writing one. */
  threads: number;
}

export interface ImportOptions {
  originOrgId: string;
  /** Who runs the import, for the audit log (default: the node itself). */
  actor?: Actor;
  batchSize?: number;
  /**
   * Records per transaction (default: one batch). More batches per commit share its page write-back, and the
   * transaction holds the database's write lock for longer: for the command line's bulk imports, not for
   * uploads to a running server, whose every other query waits on the one SQLite connection meanwhile.
   * A failure rolls back the whole open transaction; a rerun completes the import, as after a kill.
   */
  commitEvery?: number;
  /** Preparation threads beside the writing one (default: one fewer than the cores; 0 prepares inline). */
  threads?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Large enough that a commit's write-back is shared by many reports; small enough to keep memory flat.
 * Measured: 2,500 as fast as 5,000 on 100,000 and 1,000,000 reports, and 20–30 MB lower at the peak.
 */
export const DEFAULT_BATCH_SIZE = 2500;
/**
 * Records per transaction of `jala import` (a command of its own, beside which a server's writes can wait a
 * few seconds): batches share a commit's write-back of the pages they touch (BENCHMARKS.md).
 */
export const BULK_COMMIT_EVERY = 10_000;
/**
 * However many records it holds, a shared transaction commits once it has been open this long, so that a
 * server's writes to the same SQLite file never wait out their 5 s busy timeout behind an import.
 */
const COMMIT_WITHIN_MS = 2_500;
/** Reports written by one import from which the planner's statistics are refreshed at its end. */
const STATISTICS_AFTER = 10_000;

export function openSource(path: string): ImportSource {
  if (!existsSync(path)) throw new JalaError('not_found', `${path}: no such file`);
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return new CsvSource(path);
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return new JsonLinesSource(path);
  throw new JalaError('invalid_input', `${path}: unknown format (expected .jsonl, .ndjson or .csv)`);
}

/**
 * Streams a file into the store in batches, one transaction each. Re-running an import is safe at any
 * point: reports already stored come back `unchanged`, so a run killed half-way is completed by a rerun.
 */
export class ImportService {
  constructor(
    private readonly reports: ReportService,
    private readonly runs: ImportRunRepository,
    private readonly audit: AuditService,
  ) {}

  async importFile(path: string, options: ImportOptions): Promise<ImportSummary> {
    const source = openSource(path);
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const rejects = new RejectsWriter(`${path}.rejects.jsonl`);
    const started = Date.now();
    const runId = randomUUID();
    await this.runs.start({
      id: runId,
      originOrgId: options.originOrgId,
      file: path,
      startedAt: new Date(started),
    });
    const counts: ImportCounts = {
      read: 0,
      imported: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      indicators_rejected: 0,
    };
    let readable = 0;
    type Readable = Exclude<SourceItem, { error: unknown }>;
    let batch: Readable[] = [];

    const report = () =>
      options.onProgress?.({
        ...counts,
        file: path,
        bytesRead: source.bytesRead,
        totalBytes: source.totalBytes,
        elapsedMs: Date.now() - started,
      });

    const preparer = workerPreparer(options.threads ?? defaultThreads(), batchSize);
    // Batches being prepared while the oldest is written: enough to keep every thread busy, few enough for flat memory.
    const inFlight: { items: typeof batch; prepared: Promise<PreparedBatch> }[] = [];
    const depth = preparer.threads + 1;

    const commitEvery = Math.max(batchSize, options.commitEvery ?? batchSize);
    let group: WriteGroup | undefined;
    let inGroup = 0;
    let openedAt = 0;

    const writeOldest = async () => {
      const next = inFlight.shift()!;
      const prepared = await next.prepared;
      readable -= prepared.unreadable;
      if (commitEvery > batchSize && !group) {
        group = await this.reports.openWriteGroup();
        openedAt = Date.now();
      }
      const results = await this.reports.store(prepared, group);
      inGroup += results.length;
      if (group && (inGroup >= commitEvery || Date.now() - openedAt >= COMMIT_WITHIN_MS)) await commit();
      for (const [i, result] of results.entries()) await this.count(result, next.items[i]!, counts, rejects);
      report();
    };
    const commit = async () => {
      const open = group;
      group = undefined;
      inGroup = 0;
      try {
        await open?.commit();
      } catch (error) {
        await open?.rollback().catch(() => {}); // a failed COMMIT can leave the transaction open
        throw error;
      }
    };
    const dispatch = async () => {
      if (batch.length === 0) return;
      const json = 'json' in batch[0]!;
      const prepared = preparer.prepare(
        batch.map((item) => ('json' in item ? item.json : item.record)),
        options.originOrgId,
        Date.now(),
        json,
      );
      prepared.catch(() => {}); // awaited in order by writeOldest; this only keeps an early failure from going unhandled
      inFlight.push({ items: batch, prepared });
      batch = [];
      while (inFlight.length >= depth) await writeOldest();
    };

    try {
      for await (const item of source.items()) {
        counts.read += 1;
        if ('error' in item) {
          counts.rejected += 1;
          await rejects.write({
            line: item.line,
            reject: 'record',
            field: item.error.field,
            reason: item.error.reason,
            problems: [item.error],
            input: item.raw,
          });
          continue;
        }
        readable += 1;
        // A batch is all JSON texts or all parsed records (a source yields one or the other).
        if (batch.length > 0 && 'json' in batch[0]! !== 'json' in item) await dispatch();
        batch.push(item);
        if (batch.length >= batchSize) await dispatch();
      }
      await dispatch();
      while (inFlight.length > 0) await writeOldest();
      await commit();
    } finally {
      await group?.rollback().catch(() => {}); // the error that got here is the one to report
      await preparer.close();
      await rejects.close();
    }
    await this.runs.finish(runId, new Date(), counts);
    if (counts.imported + counts.updated >= STATISTICS_AFTER) await this.runs.refreshStatistics();
    const elapsedMs = Date.now() - started;
    await this.audit.record(
      options.actor ?? systemActor(options.originOrgId),
      'import.run',
      { type: 'import_run', id: runId },
      { file: path, origin_org_id: options.originOrgId, ...counts },
    );
    return {
      ...counts,
      file: path,
      rejectsFile: rejects.count > 0 ? rejects.path : null,
      elapsedMs,
      readable: readable > 0 || counts.read === 0,
      threads: preparer.threads,
    };
  }

  private async count(
    result: RecordResult,
    item: Exclude<SourceItem, { error: unknown }>,
    counts: ImportCounts,
    rejects: RejectsWriter,
  ): Promise<void> {
    if (result.status === 'rejected') {
      counts.rejected += 1;
      const first = result.problems?.[0];
      await rejects.write({
        line: item.line,
        ...(result.id !== undefined ? { id: result.id } : {}),
        reject: 'record',
        field: first?.field ?? '/',
        reason: first?.reason ?? 'invalid',
        problems: result.problems ?? [],
        input: item.raw,
      });
      return;
    }
    counts[result.status] += 1;
    for (const r of result.indicator_rejects ?? []) {
      counts.indicators_rejected += 1;
      await rejects.write({
        line: item.line,
        id: result.id,
        reject: 'indicator',
        field: r.field,
        value: r.value,
        reason: r.reason,
      });
    }
  }
}
