/**
 * The tables as Kysely sees them. Timestamps are ISO 8601 UTC strings and JSON columns are text on both
 * dialects: `dialect.ts` makes PostgreSQL hand them back that way, so no repository asks which database runs.
 */
export interface Database {
  organisation: OrganisationTable;
  report: ReportTable;
  reporter: ReporterTable;
  indicator: IndicatorTable;
  sighting: SightingTable;
  import_run: ImportRunTable;
}

interface RecordColumns {
  id: string;
  /** The organisation the record comes from (for an organisation: the one that registered it). */
  origin_org_id: string;
  tlp: string;
  created_at: string;
  modified_at: string;
}

export interface OrganisationTable extends RecordColumns {
  name: string;
  country: string;
  sector: string;
}

export interface ReportTable extends RecordColumns {
  /** The source organisation's own id for the report, unique per origin organisation. */
  source_ref: string;
  reported_at: string;
  country: string;
  source: string;
  scam_type: string;
  loss_amount: number | null;
  loss_currency: string | null;
  narrative: string | null;
  /** Hash of the report as submitted: a re-import with the same hash changes nothing. */
  content_hash: string;
}

/** Personal data of the person who reported: one row per report, kept apart from the shareable report. */
export interface ReporterTable extends RecordColumns {
  report_id: string;
  name: string | null;
  contact: string | null;
}

export interface IndicatorTable extends RecordColumns {
  kind: string;
  /** Canonical value: with `kind`, the identity of the indicator. */
  value: string;
  /** JSON object of details found while canonicalising (bank name, chain, country of a number…). */
  details: string | null;
}

export interface SightingTable extends RecordColumns {
  indicator_id: string;
  report_id: string;
  country: string;
  seen_at: string;
  /** How the indicator came into the report: `reported` (listed), `narrative` (extracted), `derived` (implied). */
  origin: string;
  /** The report's scam type and loss, copied so that look-ups need no join. */
  scam_type: string;
  loss_amount: number | null;
  loss_currency: string | null;
}

export interface ImportRunTable {
  id: string;
  origin_org_id: string;
  file: string;
  started_at: string;
  finished_at: string | null;
  counts: string | null;
}
