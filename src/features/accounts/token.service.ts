import { randomUUID } from 'node:crypto';
import { type Actor, assertCan, can, type Role } from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CredentialRepository, TokenRow } from './credential.repository.js';
import { newSecret, secretHash } from './secrets.js';
import type { UserRepository } from './user.repository.js';

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  user: { id: string; email: string };
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

const TOKEN_PREFIX = 'jala_';
/** Last use is written at most this often. */
const MARK_USED_EVERY_MS = 60 * 1000;

/**
 * API tokens for machines (a bank's system submitting mule accounts, a peer node, a script): each acts as
 * the account it was issued to, with that account's role. Shown once, stored as a hash, revocable.
 */
export class TokenService {
  constructor(
    private readonly credentials: CredentialRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Issues a token to the actor, or (admins) to another account, such as a machine's. */
  async create(
    actor: Actor,
    spec: { name: string; userId?: string | undefined; expiresInDays?: number | undefined },
  ): Promise<TokenView & { token: string }> {
    const userId = spec.userId ?? actor.userId;
    if (!userId)
      throw new JalaError('invalid_input', 'say which account the token is for', [
        { field: 'user', reason: 'required' },
      ]);
    if (userId !== actor.userId) assertCan(actor, 'users:manage');
    const user = await this.users.findById(userId);
    if (!user) throw new JalaError('not_found', `no user ${JSON.stringify(userId)}`);
    if (user.disabled_at) throw new JalaError('conflict', `${user.email} is disabled`);
    const name = spec.name.trim();
    if (!name || name.length > 100)
      throw new JalaError('invalid_input', 'a token needs a name of 1 to 100 characters', [
        { field: 'name', reason: 'empty or too long' },
      ]);
    if (
      spec.expiresInDays !== undefined &&
      !(Number.isInteger(spec.expiresInDays) && spec.expiresInDays > 0 && spec.expiresInDays <= 3650)
    )
      throw new JalaError('invalid_input', 'expiry must be a whole number of days from 1 to 3650', [
        { field: 'expires_in_days', reason: 'out of range' },
      ]);
    const now = this.clock();
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const row = {
      id: randomUUID(),
      user_id: user.id,
      name,
      token_hash: secretHash(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      created_at: now.toISOString(),
      last_used_at: null,
      expires_at: spec.expiresInDays
        ? new Date(now.getTime() + spec.expiresInDays * 86_400_000).toISOString()
        : null,
      revoked_at: null,
    };
    await this.credentials.insertToken(row);
    await this.audit.record(
      actor,
      'token.create',
      { type: 'token', id: row.id },
      { name, user_id: user.id, expires_at: row.expires_at },
    );
    return { ...view({ ...row, email: user.email }), token };
  }

  /** One's own tokens; admins see every token. */
  async list(actor: Actor): Promise<TokenView[]> {
    const all = actor.kind === 'cli' || can(actor.role, 'users:manage');
    if (!all && !actor.userId) return [];
    return (await this.credentials.listTokens({ userId: all ? undefined : actor.userId })).map(view);
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    const token = await this.credentials.findTokenById(id);
    if (!token) throw new JalaError('not_found', `no token ${JSON.stringify(id)}`);
    if (token.user_id !== actor.userId) assertCan(actor, 'users:manage');
    await this.credentials.revokeToken(id, this.clock().toISOString());
    await this.audit.record(
      actor,
      'token.revoke',
      { type: 'token', id },
      { name: token.name, user_id: token.user_id },
    );
  }

  /** The actor a bearer token stands for, or undefined when it is unknown, revoked, expired or its account disabled. */
  async authenticate(token: string, ip: string | undefined): Promise<Actor | undefined> {
    if (!token.startsWith(TOKEN_PREFIX)) return undefined;
    const now = this.clock();
    const row = await this.credentials.findToken(secretHash(token), now.toISOString());
    if (!row || row.disabled_at) return undefined;
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > MARK_USED_EVERY_MS)
      await this.credentials.markTokenUsed(row.id, now.toISOString());
    return {
      kind: 'token',
      userId: row.user_id,
      orgId: row.org_id,
      role: row.role as Role,
      label: `token "${row.name}" of ${row.email}`,
      ip,
    };
  }
}

function view(row: TokenRow & { email: string }): TokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    user: { id: row.user_id, email: row.email },
    created_at: row.created_at,
    last_used_at: row.last_used_at,
    expires_at: row.expires_at,
    revoked_at: row.revoked_at,
  };
}
