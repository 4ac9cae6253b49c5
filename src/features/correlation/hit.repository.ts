import type { Kysely, Selectable } from 'kysely';
import { chunkRows } from '../../db/batch.js';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database, HitPartyTable, HitTable } from '../../db/schema.js';

export interface HitSighting {
  indicator_id: string;
  country: string;
  origin_org_id: string;
  report_id: string;
  seen_at: string;
}

export type HitRow = Selectable<HitTable>;

export type HitPartyRow = Selectable<HitPartyTable>;

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

  /** Records where indicators were seen (outside TLP:RED), then says every country each has been seen in. */
  async countriesOf(
    trx: Kysely<Database>,
    seen: ReadonlyMap<string, Iterable<string>>,
  ): Promise<Map<string, Set<string>>> {
    const rows = [...seen].flatMap(([indicator_id, countries]) =>
      [...countries].map((country) => ({ indicator_id, country })),
    );
    await this.handle.insertMany(trx, 'indicator_country', rows, {
      ignoreConflictOn: ['indicator_id', 'country'],
    });
    const ids = [...seen.keys()];
    const out = new Map<string, Set<string>>();
    for (let i = 0; i < ids.length; i += this.maxParameters - 1)
      for (const row of await trx
        .selectFrom('indicator_country')
        .select(['indicator_id', 'country'])
        .where('indicator_id', 'in', ids.slice(i, i + this.maxParameters - 1))
        .execute()) {
        const set = out.get(row.indicator_id);
        if (set) set.add(row.country);
        else out.set(row.indicator_id, new Set([row.country]));
      }
    return out;
  }

  async sightingsOf(trx: Kysely<Database>, indicatorIds: readonly string[]): Promise<HitSighting[]> {
    const rows: HitSighting[] = [];
    for (let i = 0; i < indicatorIds.length; i += this.maxParameters - 1)
      for (const row of await trx
        .selectFrom('sighting')
        .select(['indicator_id', 'country', 'origin_org_id', 'report_id', 'seen_at'])
        .where('indicator_id', 'in', indicatorIds.slice(i, i + this.maxParameters - 1))
        .where('tlp', '<>', 'red')
        .execute())
        rows.push(row);
    return rows;
  }

  async existing(trx: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    for (let i = 0; i < ids.length; i += this.maxParameters - 1)
      for (const row of await trx
        .selectFrom('hit')
        .select('id')
        .where('id', 'in', ids.slice(i, i + this.maxParameters - 1))
        .execute())
        found.push(row.id);
    return found;
  }

  async insert(
    trx: Kysely<Database>,
    hits: readonly HitRow[],
    parties: readonly HitPartyRow[],
  ): Promise<void> {
    for (const chunk of chunkRows(hits, this.maxParameters))
      await trx.insertInto('hit').values(chunk).execute();
    await this.addToParties(trx, parties);
  }

  /** Adds sightings to the parties of hits (a new party is inserted). */
  async addToParties(trx: Kysely<Database>, parties: readonly HitPartyRow[]): Promise<void> {
    for (const chunk of chunkRows(parties, this.maxParameters))
      await trx
        .insertInto('hit_party')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['hit_id', 'organisation_id', 'country']).doUpdateSet((eb) => ({
            report_count: eb(eb.ref('hit_party.report_count'), '+', eb.ref('excluded.report_count')),
            last_report_id: eb
              .case()
              .when(eb.ref('excluded.last_seen'), '>=', eb.ref('hit_party.last_seen'))
              .then(eb.ref('excluded.last_report_id'))
              .else(eb.ref('hit_party.last_report_id'))
              .end(),
            last_seen: eb
              .case()
              .when(eb.ref('excluded.last_seen'), '>=', eb.ref('hit_party.last_seen'))
              .then(eb.ref('excluded.last_seen'))
              .else(eb.ref('hit_party.last_seen'))
              .end(),
          })),
        )
        .execute();
  }

  /** Known hits saw new sightings (their parties carry the detail). */
  async touch(trx: Kysely<Database>, ids: readonly string[], now: string): Promise<void> {
    for (let i = 0; i < ids.length; i += this.maxParameters - 2)
      await trx
        .updateTable('hit')
        .set((eb) => ({ modified_at: now, updates: eb(eb.ref('updates'), '+', 1) }))
        .where('id', 'in', ids.slice(i, i + this.maxParameters - 2))
        .execute();
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
