import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Actor, assertCan } from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import type { ImportProgress, ImportService, ImportSummary } from './import.service.js';

export interface ImportJob {
  id: string;
  file_name: string;
  state: 'running' | 'done' | 'failed';
  started_at: string;
  finished_at: string | null;
  progress: Omit<ImportProgress, 'file'> | null;
  summary: Omit<ImportSummary, 'file' | 'rejectsFile'> | null;
  /** Records rejected, with line, field and reason (the first 100). */
  rejects: unknown[];
  error: string | null;
  org_id: string;
}

const EXTENSIONS = ['.jsonl', '.ndjson', '.json', '.csv'];
/** Finished jobs remembered for the console, per node process. */
const KEEP_FINISHED = 50;

/**
 * Files uploaded from the console and imported in the background, with their live progress. Uploads
 * stream to a file under the data folder (memory stays flat) and go through the importer's own path:
 * same validation, idempotency and rejects.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(
    private readonly imports: ImportService,
    private readonly uploadDir: string,
    private readonly maxBytes: number,
  ) {}

  async start(upload: Readable, fileName: string, actor: Actor): Promise<ImportJob> {
    assertCan(actor, 'reports:submit');
    const name = fileName.trim().slice(0, 200) || 'upload.jsonl';
    const ext = EXTENSIONS.find((e) => name.toLowerCase().endsWith(e));
    if (!ext)
      throw new JalaError(
        'invalid_input',
        `${JSON.stringify(name)}: expected a .jsonl, .ndjson or .csv file`,
        [{ field: 'name', reason: 'unknown format' }],
      );
    mkdirSync(this.uploadDir, { recursive: true });
    const id = randomUUID();
    const path = join(this.uploadDir, `${id}${ext}`);
    let bytes = 0;
    upload.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > this.maxBytes)
        upload.destroy(new JalaError('payload_too_large', `uploads are limited to ${this.maxBytes} bytes`));
    });
    try {
      await pipeline(upload, createWriteStream(path));
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
    const job: ImportJob = {
      id,
      file_name: name,
      state: 'running',
      started_at: new Date().toISOString(),
      finished_at: null,
      progress: null,
      summary: null,
      rejects: [],
      error: null,
      org_id: actor.orgId,
    };
    this.jobs.set(id, job);
    void this.run(job, path, actor);
    return job;
  }

  get(id: string, actor: Actor): ImportJob {
    const job = this.jobs.get(id);
    if (!job || (job.org_id !== actor.orgId && actor.kind !== 'cli'))
      throw new JalaError('not_found', `no import ${JSON.stringify(id)}`);
    return job;
  }

  list(actor: Actor): ImportJob[] {
    return [...this.jobs.values()].filter((j) => j.org_id === actor.orgId).reverse();
  }

  private async run(job: ImportJob, path: string, actor: Actor): Promise<void> {
    try {
      const summary = await this.imports.importFile(path, {
        originOrgId: actor.orgId,
        actor,
        onProgress: ({ file: _file, ...progress }) => {
          job.progress = progress;
        },
      });
      const { file: _file, rejectsFile, ...rest } = summary;
      job.summary = rest;
      if (rejectsFile) job.rejects = await firstLines(rejectsFile, 100);
      job.state = 'done';
    } catch (error) {
      job.state = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    } finally {
      job.finished_at = new Date().toISOString();
      rmSync(path, { force: true });
      rmSync(`${path}.rejects.jsonl`, { force: true });
      const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
      for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
        this.jobs.delete(old.id);
    }
  }
}

async function firstLines(path: string, n: number): Promise<unknown[]> {
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const lines: unknown[] = [];
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (lines.length >= n) break;
    try {
      lines.push(JSON.parse(line));
    } catch {
      lines.push({ line });
    }
  }
  return lines;
}
