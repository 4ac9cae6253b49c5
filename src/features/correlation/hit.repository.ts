import type { Kysely } from 'kysely';
import { chunkRows } from '../../db/batch.js';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';

export interface HitSighting {
  indicator_id: string;
  country: string;
  origin_org_id: string;
  report_id: string;
  seen_at: string;
}

export interface HitRow {
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

export interface HitPartyRow {
  hit_id: string;
  organisation_id: string;
  country: string;
  report_count: number;
  last_report_id: string;
  last_seen: string;
}

export interface HitFilter {
  country?: string | undefined;
  organisation?: string | undefined;
  since?: string | undefined;
  limit: number;
  offset: number;
}

/** Cross-border hits: one row per indicator and pair of countries, with the organisations on each side. */
export class HitRepository {
  private readonly maxParameters: number;

  constructor(private readonly handle: DatabaseHandle) {
    this.maxParameters = handle.columnTypes.maxParameters;
  }

  /** The countries (outside TLP:RED) each indicator has been seen in. */
  async countriesOf(
    trx: Kysely<Database>,
    indicatorIds: readonly string[],
  ): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    for (let i = 0; i < indicatorIds.length; i += this.maxParameters - 1) {
      const rows = await trx
        .selectFrom('sighting')
        .select(['indicator_id', 'country'])
        .distinct()
        .where('indicator_id', 'in', indicatorIds.slice(i, i + this.maxParameters - 1))
        .where('tlp', '<>', 'red')
        .execute();
      for (const row of rows) {
        const set = out.get(row.indicator_id);
        if (set) set.add(row.country);
        else out.set(row.indicator_id, new Set([row.country]));
      }
    }
    return out;
  }

  async sightingsOf(trx: Kysely<Database>, indicatorIds: readonly string[]): Promise<HitSighting[]> {
    const rows: HitSighting[] = [];
    for (let i = 0; i < indicatorIds.length; i += this.maxParameters - 1)
      rows.push(
        ...(await trx
          .selectFrom('sighting')
          .select(['indicator_id', 'country', 'origin_org_id', 'report_id', 'seen_at'])
          .where('indicator_id', 'in', indicatorIds.slice(i, i + this.maxParameters - 1))
          .where('tlp', '<>', 'red')
          .execute()),
      );
    return rows;
  }

  async upsert(
    trx: Kysely<Database>,
    hits: readonly HitRow[],
    parties: readonly HitPartyRow[],
  ): Promise<void> {
    for (const chunk of chunkRows(hits, this.maxParameters))
      await trx
        .insertInto('hit')
        .values(chunk)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            modified_at: eb.ref('excluded.modified_at'),
            first_seen: eb.ref('excluded.first_seen'),
            last_seen: eb.ref('excluded.last_seen'),
            updates: eb(eb.ref('hit.updates'), '+', 1),
          })),
        )
        .execute();
    const ids = [...new Set(parties.map((p) => p.hit_id))];
    for (let i = 0; i < ids.length; i += this.maxParameters - 1)
      await trx
        .deleteFrom('hit_party')
        .where('hit_id', 'in', ids.slice(i, i + this.maxParameters - 1))
        .execute();
    for (const chunk of chunkRows(parties, this.maxParameters))
      await trx.insertInto('hit_party').values(chunk).execute();
  }

  async list(filter: HitFilter): Promise<{ hits: HitRow[]; total: number }> {
    const db = this.handle.db;
    let query = db.selectFrom('hit');
    if (filter.country) {
      const country = filter.country;
      query = query.where((eb) => eb.or([eb('country_a', '=', country), eb('country_b', '=', country)]));
    }
    if (filter.since) query = query.where('modified_at', '>=', filter.since);
    if (filter.organisation) {
      const organisation = filter.organisation;
      query = query.where('id', 'in', (eb) =>
        eb.selectFrom('hit_party').select('hit_id').where('organisation_id', '=', organisation),
      );
    }
    const [hits, total] = await Promise.all([
      query
        .selectAll('hit')
        .orderBy('modified_at', 'desc')
        .orderBy('id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { hits, total: Number(total.n) };
  }

  async parties(hitIds: readonly string[]): Promise<HitPartyRow[]> {
    if (hitIds.length === 0) return [];
    return this.handle.db
      .selectFrom('hit_party')
      .selectAll()
      .where('hit_id', 'in', [...hitIds])
      .orderBy('country')
      .orderBy('report_count', 'desc')
      .execute();
  }
}
