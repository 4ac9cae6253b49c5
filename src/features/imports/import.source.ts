/** One record read from an import file, or the reason its line could not be read. */
export type SourceItem =
  | { line: number; raw: string; record: unknown }
  | { line: number; raw: string; error: { field: string; reason: string } };

export interface ImportSource {
  /** Bytes read so far and the file's size: for progress and ETA. */
  readonly bytesRead: number;
  readonly totalBytes: number;
  items(): AsyncIterable<SourceItem>;
}
