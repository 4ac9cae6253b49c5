import { once } from 'node:events';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';

/** Writes `FILE.rejects.jsonl`: one JSON line per rejected record or indicator. Created on the first reject. */
export class RejectsWriter {
  private stream: WriteStream | undefined;
  count = 0;

  constructor(readonly path: string) {
    // A rejects file from an earlier run describes that run; it must not outlive it.
    rmSync(path, { force: true });
  }

  async write(entry: Record<string, unknown>): Promise<void> {
    this.stream ??= createWriteStream(this.path, { flags: 'w' });
    this.count += 1;
    if (!this.stream.write(`${JSON.stringify(entry)}\n`)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (!this.stream) return;
    const stream = this.stream;
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
