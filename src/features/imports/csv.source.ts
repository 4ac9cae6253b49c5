import { createReadStream, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import type { ImportSource, SourceItem } from './import.source.js';

/**
 * CSV layout (RFC 4180, header row required, UTF-8). Columns, by header name, in any order:
 *   id, reported_at, country, source, scam_type          required, as in the JSON Lines record
 *   loss_amount, loss_currency, narrative, tlp           optional
 *   reporter_name, reporter_contact                      optional personal data
 *   phone, bank_account, ewallet, crypto, url, domain,   optional indicator columns; a cell may hold several
 *   email, social, app, ip                               values separated by `;`
 *   bank, provider, platform, chain                      qualifiers of bank_account, ewallet, social, crypto:
 *                                                        one for the whole cell, or one per value (`;`-separated)
 *   indicators                                           optional: a JSON array exactly as in JSON Lines
 * Unknown columns are an error for the row that fills them, so a misspelt header never drops data silently.
 */
export const CSV_COLUMNS = {
  record: ['id', 'reported_at', 'country', 'source', 'scam_type', 'narrative', 'tlp'],
  loss: ['loss_amount', 'loss_currency'],
  reporter: ['reporter_name', 'reporter_contact'],
  indicators: ['phone', 'bank_account', 'ewallet', 'crypto', 'url', 'domain', 'email', 'social', 'app', 'ip'],
  qualifiers: ['bank', 'provider', 'platform', 'chain'],
  json: ['indicators'],
} as const;

const QUALIFIER_OF: Record<string, 'bank' | 'provider' | 'platform' | 'chain'> = {
  bank_account: 'bank',
  ewallet: 'provider',
  social: 'platform',
  crypto: 'chain',
};
const KNOWN = new Set<string>(Object.values(CSV_COLUMNS).flat());

const split = (cell: string): string[] =>
  cell
    .split(/[;\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** Turns one CSV row into the JSON Lines record shape (validation happens later, the same for both). */
export function csvRowToRecord(
  row: Record<string, string>,
): { record: Record<string, unknown> } | { field: string; reason: string } {
  const record: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (!KNOWN.has(column) && cell.trim() !== '')
      return { field: column, reason: 'is not a column of the CSV layout' };
  }
  const text = (column: string): string | undefined => {
    const v = row[column]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  for (const column of CSV_COLUMNS.record) {
    const v = text(column);
    if (v !== undefined) record[column] = column === 'narrative' ? row[column] : v;
  }
  const amount = text('loss_amount');
  const currency = text('loss_currency');
  if (amount !== undefined || currency !== undefined) {
    const n = Number(amount?.replace(/[\s,_]/g, ''));
    if (amount === undefined || Number.isNaN(n))
      return { field: 'loss_amount', reason: 'must be a number when loss_currency is given' };
    if (currency === undefined)
      return { field: 'loss_currency', reason: 'is required when loss_amount is given' };
    record.loss = { amount: n, currency };
  }
  const name = text('reporter_name');
  const contact = text('reporter_contact');
  if (name !== undefined || contact !== undefined)
    record.reporter = { ...(name ? { name } : {}), ...(contact ? { contact } : {}) };

  const indicators: Record<string, unknown>[] = [];
  const json = text('indicators');
  if (json !== undefined) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (!Array.isArray(parsed)) return { field: 'indicators', reason: 'must be a JSON array' };
      indicators.push(...(parsed as Record<string, unknown>[]));
    } catch {
      return { field: 'indicators', reason: 'is not valid JSON' };
    }
  }
  for (const kind of CSV_COLUMNS.indicators) {
    const values = split(row[kind] ?? '');
    const qualifierName = QUALIFIER_OF[kind];
    const qualifiers = qualifierName ? split(row[qualifierName] ?? '') : [];
    if (qualifiers.length > 1 && qualifiers.length !== values.length) {
      return {
        field: qualifierName!,
        reason: `has ${qualifiers.length} values for ${values.length} ${kind} values`,
      };
    }
    values.forEach((value, i) => {
      const qualifier = qualifiers.length > 1 ? qualifiers[i] : qualifiers[0];
      indicators.push({ kind, value, ...(qualifierName && qualifier ? { [qualifierName]: qualifier } : {}) });
    });
  }
  if (indicators.length > 0) record.indicators = indicators;
  return { record };
}

/** CSV with a header row; each data row becomes one record. Streams. */
export class CsvSource implements ImportSource {
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
    const parser = stream.pipe(
      parse({
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
        // A malformed row (an unclosed quote…) is reported and skipped; the rows after it are still read.
        skip_records_with_error: true,
        info: true,
        raw: true,
      }),
    );
    const skipped: SourceItem[] = [];
    parser.on('skip', (error: { lines?: number; message?: string; raw?: string }) => {
      skipped.push({
        line: error.lines ?? 0,
        raw: error.raw ?? '',
        error: { field: '/', reason: `unreadable CSV row: ${error.message ?? 'malformed'}` },
      });
    });
    let header: string[] | undefined;
    for await (const item of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
      raw: string;
    }>) {
      while (skipped.length > 0) yield skipped.shift()!;
      const line = item.info.lines;
      if (!header) {
        header = item.record.map((h) => h.trim().toLowerCase());
        continue;
      }
      const raw = item.raw.trimEnd();
      if (
        item.record.length > header.length &&
        item.record.slice(header.length).some((c) => c.trim() !== '')
      ) {
        yield {
          line,
          raw,
          error: { field: '/', reason: `row has ${item.record.length} cells, the header ${header.length}` },
        };
        continue;
      }
      const row: Record<string, string> = {};
      header.forEach((name, i) => {
        row[name] = item.record[i] ?? '';
      });
      const converted = csvRowToRecord(row);
      if ('record' in converted) yield { line, raw, record: converted.record };
      else yield { line, raw, error: { field: converted.field, reason: converted.reason } };
    }
    while (skipped.length > 0) yield skipped.shift()!;
  }
}
