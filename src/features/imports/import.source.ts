/**
 * One record read from an import file, or the reason its line could not be read. A record comes parsed
 * (a CSV row) or as the JSON text of its line, parsed by whichever thread prepares it.
 */
export type SourceItem =
  | { line: number; raw: string; record: unknown }
  | { line: number; raw: string; json: string }
  | { line: number; raw: string; error: { field: string; reason: string } };

export interface ImportSource {
  /** Bytes read so far and the file's size: for progress and ETA. */
  readonly bytesRead: number;
  readonly totalBytes: number;
  items(): AsyncIterable<SourceItem>;
}
