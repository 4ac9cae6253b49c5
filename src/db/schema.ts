import type { Generated } from 'kysely';

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
  cluster: ClusterTable;
  cluster_event: ClusterEventTable;
  cluster_stat: ClusterStatTable;
  indicator_bridge: IndicatorBridgeTable;
  hit: HitTable;
  hit_party: HitPartyTable;
  indicator_country: IndicatorCountryTable;
  setting: SettingTable;
  user_account: UserAccountTable;
  user_session: UserSessionTable;
  api_token: ApiTokenTable;
  audit_event: AuditEventTable;
  appeal: AppealTable;
  peer: PeerTable;
  peer_cursor: PeerCursorTable;
  stix_staging: StixStagingTable;
  stix_staging_ref: StixStagingRefTable;
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
  /** The cluster the report belongs to (null only when linking is switched off). */
  cluster_id: string | null;
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
  /** linked | released | warninglisted | suspected_shared | confirmed_shared (see domain/linking). */
  link_status: string;
  /** Why it does not link (which warninglist, how many clusters it bridged), or who released it. */
  link_reason: string | null;
  /** Its cluster while it links; null while it is held back. */
  cluster_id: string | null;
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

export interface ClusterTable {
  id: string;
  created_at: string;
  modified_at: string;
  merged_into: string | null;
  report_count: number;
  indicator_count: number;
  first_seen: string | null;
  last_seen: string | null;
  countries: string;
  country_count: number;
  loss_usd: number;
}

export interface ClusterEventTable {
  id: string;
  at: string;
  kind: 'merge' | 'split';
  cluster_id: string;
  other_id: string;
  report_id: string | null;
  indicator_id: string | null;
  reports_moved: number;
}

export interface IndicatorBridgeTable {
  indicator_id: string;
  seen_at: string;
  report_id: string;
  /** 1 when the report joined clusters that were apart until then. */
  joined: number;
  /** Comma-separated ids of the report's other linking values at the time. */
  others: string;
}

export interface HitTable {
  id: string;
  created_at: string;
  modified_at: string;
  indicator_id: string;
  country_a: string;
  country_b: string;
  first_seen: string;
  last_seen: string;
  updates: number;
}

export interface HitPartyTable {
  hit_id: string;
  organisation_id: string;
  country: string;
  report_count: number;
  last_report_id: string;
  last_seen: string;
}

export interface SettingTable {
  name: string;
  value: string;
}

export interface ClusterStatTable {
  cluster_id: string;
  dimension: string;
  key: string;
  count: number;
  first_seen: string | null;
  last_seen: string | null;
  amount: number;
}

export interface IndicatorCountryTable {
  indicator_id: string;
  country: string;
}

export interface UserAccountTable {
  id: string;
  org_id: string;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  totp_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | null;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
  modified_at: string;
}

export interface UserSessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface AuditEventTable {
  seq: number;
  at: string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_org_id: string;
  actor_label: string;
  ip: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface AppealTable {
  id: string;
  reference: string;
  indicator_id: string;
  owner_org_id: string;
  status: 'open' | 'upheld' | 'cleared';
  appellant_name: string;
  appellant_contact: string;
  statement: string;
  language: string;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
}

export interface PeerTable {
  id: string;
  name: string;
  url: string;
  token: string;
  push: Generated<number>;
  created_at: string;
  last_sync_at: string | null;
  last_error: string | null;
}

export interface PeerCursorTable {
  peer_id: string;
  collection_id: string;
  added_after: string;
  objects: Generated<number>;
  updated_at: string;
}

export interface StixStagingTable {
  run_id: string;
  stix_id: string;
  indicator: string;
}

export interface StixStagingRefTable {
  run_id: string;
  stix_id: string;
}
