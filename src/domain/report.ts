import type { RawIndicator } from './indicators/types.js';
import type { Tlp } from './tlp.js';

export const REPORT_SOURCES = ['victim', 'bank', 'police', 'telco', 'platform', 'public', 'other'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

export const SCAM_TYPES = [
  'investment',
  'job',
  'romance',
  'impersonation',
  'ecommerce',
  'loan',
  'sextortion',
  'gambling',
  'phishing',
  'other',
] as const;
export type ScamType = (typeof SCAM_TYPES)[number];

export interface Loss {
  amount: number;
  /** ISO 4217 */
  currency: string;
}

/** A report as a source submits it (one line of an import file, or one item of `POST /api/v1/reports`). */
export interface ReportRecord {
  /** The source's own id; unique per source organisation. */
  id: string;
  /** ISO 8601 */
  reported_at: string;
  /** ISO 3166-1 alpha-2 of where the victim reported. */
  country: string;
  source: ReportSource;
  scam_type: ScamType;
  loss?: Loss | undefined;
  /** Untrusted free text; indicators are also extracted from it. */
  narrative?: string | undefined;
  /** Personal data of the reporter: kept apart, never shared, never in a public answer. */
  reporter?: { name?: string | undefined; contact?: string | undefined } | undefined;
  indicators?: RawIndicator[] | undefined;
  tlp?: Tlp | undefined;
}
