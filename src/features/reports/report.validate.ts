import { Ajv, type ErrorObject } from 'ajv';
import { parseCountry } from '../../domain/countries.js';
import type { FieldProblem } from '../../domain/errors.js';
import type { ReportRecord } from '../../domain/report.js';
import { type ReportRecordInput, ReportRecordSchema } from './report.schema.js';

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const checkShape = ajv.compile<ReportRecordInput>(ReportRecordSchema);

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;
/** Reports from the future are typos; a day of slack covers time zones and clock skew. */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

export type Validated = { ok: true; record: ReportRecord } | { ok: false; problems: FieldProblem[] };

function describe(error: ErrorObject): FieldProblem {
  const field = error.instancePath || '/';
  switch (error.keyword) {
    case 'required':
      return {
        field: `${field === '/' ? '' : field}/${error.params.missingProperty}`,
        reason: 'is required',
      };
    case 'additionalProperties':
      return {
        field: `${field === '/' ? '' : field}/${error.params.additionalProperty}`,
        reason: 'is not a field of this record',
      };
    case 'anyOf': {
      const allowed = (error.schema as { const?: string }[]).map((s) => s.const).filter(Boolean);
      return { field, reason: `must be one of ${allowed.join(', ')}` };
    }
    default:
      return { field, reason: error.message ?? 'is invalid' };
  }
}

/** Checks one submitted record: shape first, then the values whose rules JSON Schema cannot say. */
export function validateRecord(input: unknown, now = Date.now()): Validated {
  const problems: FieldProblem[] = [];
  const shapeOk = checkShape(input);
  if (!shapeOk) {
    // `anyOf` over literals reports one error per literal; keep only the summary for the field.
    const errors = (checkShape.errors ?? []).filter((e) => e.keyword !== 'const');
    const seen = new Set<string>();
    for (const p of errors.map(describe)) {
      const key = `${p.field}|${p.reason}`;
      if (!seen.has(key)) problems.push(p);
      seen.add(key);
    }
  }
  // The value checks run even when the shape is wrong, so that one answer lists every problem.
  const record = (input !== null && typeof input === 'object' ? input : {}) as Partial<ReportRecordInput>;
  const failedAt = (field: string) => problems.some((p) => p.field === field);

  let reportedAt = '';
  if (typeof record.reported_at === 'string') {
    const text = record.reported_at.trim();
    if (!ISO_DATE_TIME.test(text)) {
      problems.push({
        field: '/reported_at',
        reason: 'must be an ISO 8601 date-time with offset (2026-03-02T10:00:00Z) or a date',
      });
    } else {
      const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
      if (Number.isNaN(time)) problems.push({ field: '/reported_at', reason: 'is not a real date' });
      else if (time > now + FUTURE_SLACK_MS)
        problems.push({ field: '/reported_at', reason: 'is in the future' });
      else reportedAt = new Date(time).toISOString();
    }
  }

  const country = typeof record.country === 'string' ? parseCountry(record.country) : undefined;
  if (typeof record.country === 'string' && !country) {
    problems.push({ field: '/country', reason: 'must be an ISO 3166-1 alpha-2 country code' });
  }

  let loss: ReportRecord['loss'];
  if (record.loss && typeof record.loss.currency === 'string' && !failedAt('/loss/currency')) {
    const currency = record.loss.currency.trim().toUpperCase();
    if (!CURRENCIES.has(currency))
      problems.push({ field: '/loss/currency', reason: 'must be an ISO 4217 currency code' });
    loss = { amount: record.loss.amount as number, currency };
  }
  if (typeof record.id === 'string' && record.id.trim() === '')
    problems.push({ field: '/id', reason: 'must not be blank' });

  if (!shapeOk || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    record: {
      ...(input as ReportRecordInput),
      id: record.id!.trim(),
      reported_at: reportedAt,
      country: country!,
      loss,
    } as ReportRecord,
  };
}
