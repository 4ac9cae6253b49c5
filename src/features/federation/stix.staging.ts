import type { DatabaseHandle } from '../../db/dialect.js';
import type { RawIndicator } from '../../domain/indicators/types.js';

/** The import's working space between its passes (see migration 0008): observables, and what reports refer to. */
export class StixStaging {
  constructor(private readonly handle: DatabaseHandle) {}

  async putValues(runId: string, values: readonly { id: string; indicator: RawIndicator }[]): Promise<void> {
    if (values.length === 0) return;
    await this.handle.db.transaction().execute((trx) =>
      this.handle.insertMany(
        trx,
        'stix_staging',
        values.map((v) => ({ run_id: runId, stix_id: v.id, indicator: JSON.stringify(v.indicator) })),
        { ignoreConflictOn: ['run_id', 'stix_id'] },
      ),
    );
  }

  async putRefs(runId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.handle.db.transaction().execute((trx) =>
      this.handle.insertMany(
        trx,
        'stix_staging_ref',
        [...new Set(ids)].map((id) => ({ run_id: runId, stix_id: id })),
        { ignoreConflictOn: ['run_id', 'stix_id'] },
      ),
    );
  }

  /** The raw indicators of these object ids (those that are observables or readable indicators). */
  async values(runId: string, ids: readonly string[]): Promise<Map<string, RawIndicator>> {
    const found = new Map<string, RawIndicator>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 5000) {
      const rows = await this.handle.db
        .selectFrom('stix_staging')
        .select(['stix_id', 'indicator'])
        .where('run_id', '=', runId)
        .where('stix_id', 'in', unique.slice(i, i + 5000))
        .execute();
      for (const row of rows) found.set(row.stix_id, JSON.parse(row.indicator) as RawIndicator);
    }
    return found;
  }

  /** Which of these ids some report refers to. */
  async referenced(runId: string, ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 5000) {
      const rows = await this.handle.db
        .selectFrom('stix_staging_ref')
        .select('stix_id')
        .where('run_id', '=', runId)
        .where('stix_id', 'in', unique.slice(i, i + 5000))
        .execute();
      for (const row of rows) found.add(row.stix_id);
    }
    return found;
  }

  async clear(runId: string): Promise<void> {
    await this.handle.db.deleteFrom('stix_staging').where('run_id', '=', runId).execute();
    await this.handle.db.deleteFrom('stix_staging_ref').where('run_id', '=', runId).execute();
  }
}
