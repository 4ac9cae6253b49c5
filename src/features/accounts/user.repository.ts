import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { UserAccountTable } from '../../db/schema.js';

export type UserRow = Selectable<UserAccountTable>;

export class UserRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  async insert(row: Insertable<UserAccountTable>): Promise<void> {
    await this.handle.db.insertInto('user_account').values(row).execute();
  }

  findById(id: string): Promise<UserRow | undefined> {
    return this.handle.db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.handle.db
      .selectFrom('user_account')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst();
  }

  list(filter: { orgId?: string | undefined }): Promise<UserRow[]> {
    let query = this.handle.db.selectFrom('user_account').selectAll();
    if (filter.orgId) query = query.where('org_id', '=', filter.orgId);
    return query.orderBy('email').execute();
  }

  async count(): Promise<number> {
    const row = await this.handle.db
      .selectFrom('user_account')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async update(id: string, changes: Updateable<UserAccountTable>): Promise<void> {
    await this.handle.db.updateTable('user_account').set(changes).where('id', '=', id).execute();
  }

  /** Counts one more failed sign-in and returns the new count (atomic: concurrent failures all count). */
  async recordFailure(id: string, now: string): Promise<number> {
    const row = await this.handle.db
      .updateTable('user_account')
      .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1), modified_at: now }))
      .where('id', '=', id)
      .returning('failed_attempts')
      .executeTakeFirstOrThrow();
    return Number(row.failed_attempts);
  }
}
