import type { Insertable, Selectable } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { ApiTokenTable, UserAccountTable, UserSessionTable } from '../../db/schema.js';

export type SessionRow = Selectable<UserSessionTable>;
export type TokenRow = Selectable<ApiTokenTable>;
type Owner = Pick<Selectable<UserAccountTable>, 'email' | 'org_id' | 'role' | 'disabled_at'>;

/** Sessions and API tokens: the secrets people and machines present, stored only as hashes. */
export class CredentialRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  async insertSession(row: Insertable<UserSessionTable>): Promise<void> {
    await this.handle.db.insertInto('user_session').values(row).execute();
  }

  /** A live session with its user, by the hash of its secret. */
  findSession(idHash: string, now: string): Promise<(SessionRow & Owner) | undefined> {
    return this.handle.db
      .selectFrom('user_session')
      .innerJoin('user_account', 'user_account.id', 'user_session.user_id')
      .selectAll('user_session')
      .select(['user_account.email', 'user_account.org_id', 'user_account.role', 'user_account.disabled_at'])
      .where('user_session.id', '=', idHash)
      .where('user_session.expires_at', '>', now)
      .executeTakeFirst();
  }

  async touchSession(idHash: string, now: string, expiresAt: string): Promise<void> {
    await this.handle.db
      .updateTable('user_session')
      .set({ last_seen_at: now, expires_at: expiresAt })
      .where('id', '=', idHash)
      .execute();
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.handle.db.deleteFrom('user_session').where('id', '=', idHash).execute();
  }

  /** Ends every session of a user (password changed, account disabled, second factor reset). */
  async deleteSessionsOf(userId: string): Promise<void> {
    await this.handle.db.deleteFrom('user_session').where('user_id', '=', userId).execute();
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    await this.handle.db.deleteFrom('user_session').where('expires_at', '<=', now).execute();
  }

  async insertToken(row: Insertable<ApiTokenTable>): Promise<void> {
    await this.handle.db.insertInto('api_token').values(row).execute();
  }

  /** A token that is neither revoked nor expired, with its user. */
  findToken(tokenHash: string, now: string): Promise<(TokenRow & Owner) | undefined> {
    return this.handle.db
      .selectFrom('api_token')
      .innerJoin('user_account', 'user_account.id', 'api_token.user_id')
      .selectAll('api_token')
      .select(['user_account.email', 'user_account.org_id', 'user_account.role', 'user_account.disabled_at'])
      .where('api_token.token_hash', '=', tokenHash)
      .where('api_token.revoked_at', 'is', null)
      .where((eb) => eb.or([eb('api_token.expires_at', 'is', null), eb('api_token.expires_at', '>', now)]))
      .executeTakeFirst();
  }

  findTokenById(id: string): Promise<TokenRow | undefined> {
    return this.handle.db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listTokens(filter: { userId?: string | undefined }): Promise<(TokenRow & { email: string })[]> {
    let query = this.handle.db
      .selectFrom('api_token')
      .innerJoin('user_account', 'user_account.id', 'api_token.user_id')
      .selectAll('api_token')
      .select('user_account.email');
    if (filter.userId) query = query.where('api_token.user_id', '=', filter.userId);
    return query.orderBy('api_token.created_at', 'desc').execute();
  }

  async markTokenUsed(id: string, now: string): Promise<void> {
    await this.handle.db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', id).execute();
  }

  async revokeToken(id: string, now: string): Promise<void> {
    await this.handle.db
      .updateTable('api_token')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }
}
