import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PreparedReport } from './report.prepare.js';

/**
 * What the report store asks of linking, inside the transaction that writes a batch: first where the new
 * reports and indicators go (so their rows are written once, complete), then, after the rows are in, the
 * rest (merges, splits, hits). Implemented by the correlation feature; reports only know this port.
 */
export interface IndicatorLinkColumns {
  cluster_id: string | null;
  link_status: string;
  link_reason: string | null;
}

export interface LinkedBatch {
  clusterOf: ReadonlyMap<string, string>;
  /** Link columns for indicators that may be new to the store. */
  indicators: ReadonlyMap<string, IndicatorLinkColumns>;
  after(): Promise<void>;
}

export interface BatchLinker {
  prepare(
    trx: Kysely<Database>,
    written: readonly PreparedReport[],
    /** Reports rewritten by this batch, with the cluster they were in. */
    replaced: ReadonlyMap<string, string | null>,
    now: string,
  ): Promise<LinkedBatch>;
}
