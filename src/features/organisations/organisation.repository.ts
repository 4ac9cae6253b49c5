import type { Kysely, Selectable } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database, OrganisationTable } from '../../db/schema.js';

export type OrganisationRow = Selectable<OrganisationTable>;

export class OrganisationRepository {
  private readonly db: Kysely<Database>;

  constructor(handle: DatabaseHandle) {
    this.db = handle.db;
  }

  async insertIfAbsent(row: OrganisationRow): Promise<void> {
    await this.db
      .insertInto('organisation')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async findById(id: string): Promise<OrganisationRow | undefined> {
    return this.db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async findByName(name: string): Promise<OrganisationRow | undefined> {
    return this.db.selectFrom('organisation').selectAll().where('name', '=', name).executeTakeFirst();
  }

  async list(): Promise<OrganisationRow[]> {
    return this.db.selectFrom('organisation').selectAll().orderBy('country').orderBy('name').execute();
  }

  async namesByIds(ids: readonly string[]): Promise<Map<string, OrganisationRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('organisation').selectAll().where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r]));
  }
}
