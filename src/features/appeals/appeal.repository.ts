import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { AppealTable } from '../../db/schema.js';

export type AppealRow = Selectable<AppealTable>;

export class AppealRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  async insert(row: Insertable<AppealTable>): Promise<void> {
    await this.handle.db.insertInto('appeal').values(row).execute();
  }

  findById(id: string): Promise<AppealRow | undefined> {
    return this.handle.db.selectFrom('appeal').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByReference(reference: string): Promise<AppealRow | undefined> {
    return this.handle.db
      .selectFrom('appeal')
      .selectAll()
      .where('reference', '=', reference)
      .executeTakeFirst();
  }

  /** An open appeal on this value by this person, if they already filed one. */
  findOpen(indicatorId: string, contact: string): Promise<AppealRow | undefined> {
    return this.handle.db
      .selectFrom('appeal')
      .selectAll()
      .where('indicator_id', '=', indicatorId)
      .where('appellant_contact', '=', contact)
      .where('status', '=', 'open')
      .executeTakeFirst();
  }

  /** Appeals against one organisation's listings, oldest open first. */
  list(ownerOrgId: string, status: string | undefined, limit: number, offset: number) {
    let query = this.handle.db
      .selectFrom('appeal')
      .innerJoin('indicator', 'indicator.id', 'appeal.indicator_id')
      .select([
        'appeal.id',
        'appeal.reference',
        'appeal.status',
        'appeal.statement',
        'appeal.language',
        'appeal.created_at',
        'appeal.decided_at',
        'appeal.decision_reason',
        'indicator.id as indicator_id',
        'indicator.kind',
        'indicator.value',
      ])
      .where('appeal.owner_org_id', '=', ownerOrgId);
    if (status) query = query.where('appeal.status', '=', status as AppealRow['status']);
    return query.orderBy('appeal.created_at').limit(limit).offset(offset).execute();
  }

  async update(id: string, changes: Updateable<AppealTable>): Promise<void> {
    await this.handle.db.updateTable('appeal').set(changes).where('id', '=', id).execute();
  }
}
