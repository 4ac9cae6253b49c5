import { randomUUID } from 'node:crypto';
import {
  type Actor,
  assertCan,
  can,
  isRole,
  PERMISSIONS,
  ROLES,
  type Role,
} from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { OrganisationService } from '../organisations/organisation.service.js';
import type { CredentialRepository } from './credential.repository.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.js';
import { newTotpSecret, totpStep, totpUri } from './totp.js';
import type { UserRepository, UserRow } from './user.repository.js';

export interface NewUser {
  email: string;
  name?: string | undefined;
  /** Organisation id or name. */
  org: string;
  role: string;
  password: string;
}

export interface UserView {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  org: { id: string; name: string; country: string; sector: string };
  totp_enabled: boolean;
  disabled: boolean;
  locked_until: string | null;
  created_at: string;
}

/** Email addresses are identities here: compared lower-cased, trimmed, and roughly checked. */
function normaliseEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    throw new JalaError('invalid_input', `${JSON.stringify(raw)} is not an email address`, [
      { field: 'email', reason: 'expected name@domain' },
    ]);
  return email;
}

function parseRole(raw: string): Role {
  if (!isRole(raw))
    throw new JalaError('invalid_input', `role must be one of ${ROLES.join(', ')}`, [
      { field: 'role', reason: `${JSON.stringify(raw)} is not a role` },
    ]);
  return raw;
}

/** People: accounts, their roles, passwords and second factors. Admins manage others; everyone, themselves. */
export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly credentials: CredentialRepository,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async add(spec: NewUser, actor: Actor): Promise<UserView> {
    assertCan(actor, 'users:manage');
    const email = normaliseEmail(spec.email);
    const role = parseRole(spec.role);
    checkPasswordPolicy(spec.password);
    const org = await this.organisations.resolve(spec.org);
    if (await this.users.findByEmail(email))
      throw new JalaError('conflict', `there is already an account for ${email}`, [
        { field: 'email', reason: 'already taken' },
      ]);
    const now = this.clock().toISOString();
    const id = randomUUID();
    await this.users.insert({
      id,
      org_id: org.id,
      email,
      display_name: spec.name?.trim() || email,
      role,
      password_hash: await hashPassword(spec.password),
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      locked_until: null,
      disabled_at: null,
      created_at: now,
      modified_at: now,
    });
    await this.audit.record(actor, 'user.create', { type: 'user', id }, { email, role, org_id: org.id });
    return this.view((await this.users.findById(id))!);
  }

  async list(actor: Actor, orgId?: string): Promise<UserView[]> {
    assertCan(actor, 'users:manage');
    return Promise.all((await this.users.list({ orgId })).map((row) => this.view(row)));
  }

  async get(id: string, actor: Actor): Promise<UserView> {
    if (id !== actor.userId) assertCan(actor, 'users:manage');
    return this.view(await this.find(id));
  }

  /** Role, name, disabled, or lifting a sign-in lock. The last enabled admin cannot be demoted or disabled. */
  async update(
    id: string,
    changes: {
      role?: string | undefined;
      name?: string | undefined;
      disabled?: boolean | undefined;
      unlock?: boolean | undefined;
    },
    actor: Actor,
  ): Promise<UserView> {
    assertCan(actor, 'users:manage');
    const user = await this.find(id);
    const role = changes.role === undefined ? undefined : parseRole(changes.role);
    const now = this.clock().toISOString();
    const losesAdmin =
      user.role === 'admin' && !user.disabled_at && ((role && role !== 'admin') || changes.disabled === true);
    if (losesAdmin) {
      const admins = (await this.users.list({})).filter((u) => u.role === 'admin' && !u.disabled_at);
      if (admins.length <= 1)
        throw new JalaError('conflict', 'this is the last enabled admin: make another admin first');
    }
    const set = {
      modified_at: now,
      ...(role ? { role } : {}),
      ...(changes.name?.trim() ? { display_name: changes.name.trim() } : {}),
      ...(changes.disabled === true ? { disabled_at: user.disabled_at ?? now } : {}),
      ...(changes.disabled === false ? { disabled_at: null } : {}),
      ...(changes.unlock ? { locked_until: null, failed_attempts: 0 } : {}),
    };
    await this.users.update(id, set);
    if (changes.disabled === true || (role && role !== user.role))
      await this.credentials.deleteSessionsOf(id);
    await this.audit.record(
      actor,
      'user.update',
      { type: 'user', id },
      {
        ...(role ? { role: { from: user.role, to: role } } : {}),
        ...(changes.disabled !== undefined ? { disabled: changes.disabled } : {}),
        ...(changes.name?.trim() ? { name: changes.name.trim() } : {}),
        ...(changes.unlock ? { unlocked: true } : {}),
      },
    );
    return this.view(await this.find(id));
  }

  /** An admin sets a new password (forgotten password); every session of the account ends. */
  async resetPassword(id: string, password: string, actor: Actor): Promise<void> {
    assertCan(actor, 'users:manage');
    await this.find(id);
    checkPasswordPolicy(password);
    await this.users.update(id, {
      password_hash: await hashPassword(password),
      failed_attempts: 0,
      locked_until: null,
      modified_at: this.clock().toISOString(),
    });
    await this.credentials.deleteSessionsOf(id);
    await this.audit.record(actor, 'user.password_reset', { type: 'user', id });
  }

  /** Someone changes their own password, proving they know the current one. */
  async changeOwnPassword(actor: Actor, current: string, next: string): Promise<void> {
    const user = await this.self(actor);
    if (!(await verifyPassword(current, user.password_hash)))
      throw new JalaError('forbidden', 'the current password is wrong', [
        { field: 'current_password', reason: 'wrong' },
      ]);
    checkPasswordPolicy(next, 'new_password');
    await this.users.update(user.id, {
      password_hash: await hashPassword(next),
      modified_at: this.clock().toISOString(),
    });
    await this.audit.record(actor, 'user.password_change', { type: 'user', id: user.id });
  }

  /** Starts enrolling an authenticator app: the secret is kept but not required until confirmed with a code. */
  async beginTotp(actor: Actor): Promise<{ secret: string; uri: string }> {
    const user = await this.self(actor);
    if (user.totp_enabled_at)
      throw new JalaError('conflict', 'a second factor is already enabled for this account');
    const secret = newTotpSecret();
    await this.users.update(user.id, { totp_secret: secret, modified_at: this.clock().toISOString() });
    return { secret, uri: totpUri(secret, user.email) };
  }

  async confirmTotp(actor: Actor, code: string): Promise<void> {
    const user = await this.self(actor);
    if (!user.totp_secret || user.totp_enabled_at)
      throw new JalaError('conflict', 'no second factor is being enrolled: start again');
    const now = this.clock();
    const step = totpStep(user.totp_secret, code, now, user.totp_last_step);
    if (step === undefined)
      throw new JalaError('invalid_input', 'the code is not valid: check the app and the clock', [
        { field: 'code', reason: 'does not match' },
      ]);
    await this.users.update(user.id, {
      totp_enabled_at: now.toISOString(),
      totp_last_step: step,
      modified_at: now.toISOString(),
    });
    await this.audit.record(actor, 'user.totp_enable', { type: 'user', id: user.id });
  }

  /** An admin removes a lost second factor; the person enrols again at next sign-in. */
  async resetTotp(id: string, actor: Actor): Promise<void> {
    assertCan(actor, 'users:manage');
    await this.find(id);
    await this.users.update(id, {
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      modified_at: this.clock().toISOString(),
    });
    await this.credentials.deleteSessionsOf(id);
    await this.audit.record(actor, 'user.totp_reset', { type: 'user', id });
  }

  /** The signed-in person, with what their role allows (the console shows only what they may use). */
  async me(actor: Actor): Promise<UserView & { permissions: string[] }> {
    const user = await this.self(actor);
    return { ...(await this.view(user)), permissions: PERMISSIONS.filter((p) => can(actor.role, p)) };
  }

  count(): Promise<number> {
    return this.users.count();
  }

  private async self(actor: Actor): Promise<UserRow> {
    if (!actor.userId) throw new JalaError('forbidden', 'only a signed-in person has an account to change');
    return this.find(actor.userId);
  }

  private async find(id: string): Promise<UserRow> {
    const user = await this.users.findById(id);
    if (!user) throw new JalaError('not_found', `no user ${JSON.stringify(id)}`);
    return user;
  }

  private async view(row: UserRow): Promise<UserView> {
    const org = await this.organisations.resolve(row.org_id);
    return {
      id: row.id,
      email: row.email,
      display_name: row.display_name,
      role: row.role as Role,
      org: { id: org.id, name: org.name, country: org.country, sector: org.sector },
      totp_enabled: row.totp_enabled_at !== null,
      disabled: row.disabled_at !== null,
      locked_until: row.locked_until,
      created_at: row.created_at,
    };
  }
}
