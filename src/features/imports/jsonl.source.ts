import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ImportSource, SourceItem } from './import.source.js';

/** Longest line accepted: a record is a few kilobytes; a megabyte line is a broken file, not a report. */
export const MAX_LINE_LENGTH = 1_000_000;

/** JSON Lines (https://jsonlines.org): one record per line; blank lines are skipped. Streams. */
export class JsonLinesSource implements ImportSource {
  bytesRead = 0;
  readonly totalBytes: number;

  constructor(private readonly path: string) {
    this.totalBytes = statSync(path).size;
  }

  async *items(): AsyncIterable<SourceItem> {
    const stream = createReadStream(this.path);
    stream.on('data', (chunk) => {
      this.bytesRead += chunk.length;
    });
    const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    let line = 0;
    for await (const text of lines) {
      line += 1;
      const raw = line === 1 ? text.replace(/^\uFEFF/, '') : text;
      if (raw.trim() === '') continue;
      if (raw.length > MAX_LINE_LENGTH) {
        yield {
          line,
          raw: raw.slice(0, 200),
          error: { field: '/', reason: `line longer than ${MAX_LINE_LENGTH} characters` },
        };
        continue;
      }
      // Parsed where it is prepared (a preparation thread), which also reports a line that is not JSON.
      yield { line, raw, json: raw };
    }
  }
}
