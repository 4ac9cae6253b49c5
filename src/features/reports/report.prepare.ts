import { hash } from 'node:crypto';
import { extractIndicators } from '../../domain/extract/extract.js';
import { indicatorId, reporterId, reportId, sightingId } from '../../domain/ids.js';
import { cachedCanonicalizer } from '../../domain/indicators/cache.js';
import { type CanonicalIndicator, isIndicatorKind } from '../../domain/indicators/index.js';
import type { ReportRecord } from '../../domain/report.js';
import { DEFAULT_TLP, type Tlp } from '../../domain/tlp.js';

/**
 * Bumped when canonicalisation or extraction changes what a report yields, so that re-importing an
 * unchanged file re-processes its reports instead of calling them unchanged.
 */
export const PREPARATION_VERSION = 3;

export type SightingOrigin = 'reported' | 'narrative' | 'derived';

export interface PreparedIndicator {
  id: string;
  /** The id of its sighting in this report. */
  sightingId: string;
  kind: string;
  value: string;
  details: Record<string, string> | undefined;
  origin: SightingOrigin;
}

export interface IndicatorReject {
  field: string;
  value: string;
  reason: string;
}

/** A report made ready for storage: ids computed, indicators canonical, rejects listed. Pure. */
export interface PreparedReport {
  id: string;
  sourceRef: string;
  originOrgId: string;
  tlp: Tlp;
  reportedAt: string;
  country: string;
  source: string;
  scamType: string;
  lossAmount: number | null;
  lossCurrency: string | null;
  narrative: string | null;
  contentHash: string;
  reporter: { id: string; name: string | null; contact: string | null } | undefined;
  indicators: PreparedIndicator[];
  indicatorRejects: IndicatorReject[];
}

const canonicalize = cachedCanonicalizer();

const ORIGIN_RANK: Record<SightingOrigin, number> = { reported: 0, narrative: 1, derived: 2 };

export function prepareReport(record: ReportRecord, originOrgId: string): PreparedReport {
  const id = reportId(originOrgId, record.id);
  const ctx = { country: record.country };
  const byId = new Map<string, PreparedIndicator>();
  const indicatorRejects: IndicatorReject[] = [];

  const add = (indicator: CanonicalIndicator, origin: SightingOrigin): void => {
    const key = indicatorId(indicator.kind, indicator.value);
    const existing = byId.get(key);
    if (!existing || ORIGIN_RANK[origin] < ORIGIN_RANK[existing.origin]) {
      byId.set(key, {
        id: key,
        sightingId: existing?.sightingId ?? sightingId(id, key),
        kind: indicator.kind,
        value: indicator.value,
        details: indicator.details ?? existing?.details,
        origin,
      });
    }
    for (const related of indicator.related ?? []) add(related, 'derived');
  };

  (record.indicators ?? []).forEach((raw, index) => {
    const field = `/indicators/${index}`;
    if (raw.kind !== undefined && !isIndicatorKind(raw.kind)) {
      indicatorRejects.push({
        field: `${field}/kind`,
        value: raw.value,
        reason: `unknown kind ${JSON.stringify(raw.kind)}`,
      });
      return;
    }
    const result = canonicalize(raw, ctx);
    if (result.ok) add(result.indicator, 'reported');
    else indicatorRejects.push({ field: `${field}/value`, value: raw.value, reason: result.error });
  });

  if (record.narrative) {
    for (const found of extractIndicators(record.narrative, { ...ctx, canonicalize }))
      add(found, 'narrative');
  }

  const reporter = record.reporter;
  const hasReporter = reporter && (reporter.name?.trim() || reporter.contact?.trim());
  return {
    id,
    sourceRef: record.id,
    originOrgId,
    tlp: record.tlp ?? DEFAULT_TLP,
    reportedAt: record.reported_at,
    country: record.country,
    source: record.source,
    scamType: record.scam_type,
    lossAmount: record.loss?.amount ?? null,
    lossCurrency: record.loss?.currency ?? null,
    narrative: record.narrative ?? null,
    // The record as submitted, field order included: rewriting a file with its fields reordered counts as an
    // update, which costs a rewrite but loses nothing. Node's native SHA-256, as it runs once per report.
    contentHash: hash('sha256', `${PREPARATION_VERSION}|${JSON.stringify(record)}`, 'hex'),
    reporter: hasReporter
      ? { id: reporterId(id), name: reporter.name?.trim() || null, contact: reporter.contact?.trim() || null }
      : undefined,
    indicators: [...byId.values()],
    indicatorRejects,
  };
}
