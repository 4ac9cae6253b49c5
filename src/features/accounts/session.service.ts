import { lockedUntil } from '../../domain/access/lockout.js';
import type { Actor, Role } from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CredentialRepository } from './credential.repository.js';
import { DECOY_HASH, verifyPassword } from './password.js';
import { newSecret, secretHash } from './secrets.js';
import { totpStep } from './totp.js';
import type { UserRepository } from './user.repository.js';

/** A session ends after this long without use, and in any case this long after sign-in. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** Last use is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 60 * 1000;

export interface SignIn {
  email: string;
  password: string;
  /** Required once the account has a second factor. */
  totp?: string | undefined;
}

export interface RequestContext {
  ip: string | undefined;
  userAgent: string | undefined;
}

export interface SessionGrant {
  /** The cookie's value: shown to the browser once, stored only as a hash. */
  secret: string;
  csrfToken: string;
  expiresAt: string;
  /** Who is now signed in. */
  actor: Actor;
}

const WRONG = 'the email or the password is wrong';

/**
 * Signing in and out. Every attempt is audited; failures count against the account (domain/access/lockout)
 * and answer the same whatever went wrong, so an attacker learns nothing about which accounts exist.
 */
export class SessionService {
  constructor(
    private readonly users: UserRepository,
    private readonly credentials: CredentialRepository,
    private readonly audit: AuditService,
    private readonly nodeOrgId: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async signIn(request: SignIn, context: RequestContext): Promise<SessionGrant> {
    const now = this.clock();
    const email = request.email.trim().toLowerCase();
    const user = await this.users.findByEmail(email);
    const anonymous = {
      kind: 'public' as const,
      userId: undefined,
      orgId: this.nodeOrgId,
      label: email,
      ip: context.ip,
    };
    const fail = async (reason: string, error = new JalaError('unauthenticated', WRONG)) => {
      await this.audit.record(
        user ? { ...anonymous, userId: user.id, orgId: user.org_id } : anonymous,
        'session.sign_in_failed',
        user ? { type: 'user', id: user.id } : undefined,
        { email, reason },
      );
      throw error;
    };
    if (!user) {
      await verifyPassword(request.password, DECOY_HASH);
      return fail('unknown account');
    }
    if (user.locked_until && user.locked_until > now.toISOString()) {
      return fail(
        'locked',
        new JalaError(
          'rate_limited',
          `too many failed sign-ins: try again after ${user.locked_until.slice(11, 16)} UTC, or ask an admin to unlock the account`,
        ),
      );
    }
    const passwordOk = await verifyPassword(request.password, user.password_hash);
    if (!passwordOk || user.disabled_at) {
      if (user.disabled_at) return fail('disabled');
      return this.failure(user.id, now, () => fail('wrong password'));
    }
    let step: number | null = user.totp_last_step;
    if (user.totp_enabled_at && user.totp_secret) {
      if (!request.totp)
        throw new JalaError('unauthenticated', 'enter the code from your authenticator app', [
          { field: 'totp', reason: 'required for this account' },
        ]);
      const accepted = totpStep(user.totp_secret, request.totp, now, user.totp_last_step);
      if (accepted === undefined)
        return this.failure(user.id, now, () =>
          fail(
            'wrong second factor',
            new JalaError('unauthenticated', 'the code is wrong or already used', [
              { field: 'totp', reason: 'does not match' },
            ]),
          ),
        );
      step = accepted;
    }
    await this.users.update(user.id, {
      failed_attempts: 0,
      locked_until: null,
      totp_last_step: step,
      modified_at: now.toISOString(),
    });
    const secret = newSecret();
    const grant: SessionGrant = {
      secret,
      csrfToken: newSecret(24),
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
      actor: {
        kind: 'user',
        userId: user.id,
        orgId: user.org_id,
        role: user.role as Role,
        label: user.email,
        ip: context.ip,
      },
    };
    await this.credentials.deleteExpiredSessions(now.toISOString());
    await this.credentials.insertSession({
      id: secretHash(secret),
      user_id: user.id,
      csrf_token: grant.csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: grant.expiresAt,
      ip: context.ip ?? null,
      user_agent: context.userAgent?.slice(0, 300) ?? null,
    });
    await this.audit.record(
      grant.actor,
      'session.sign_in',
      { type: 'user', id: user.id },
      { second_factor: user.totp_enabled_at !== null },
    );
    return grant;
  }

  /** The actor behind a session cookie, or undefined when it is unknown, expired or its account disabled. */
  async authenticate(
    secret: string,
    ip: string | undefined,
  ): Promise<{ actor: Actor; csrfToken: string } | undefined> {
    const now = this.clock();
    const id = secretHash(secret);
    const session = await this.credentials.findSession(id, now.toISOString());
    if (!session || session.disabled_at) return undefined;
    const hardEnd = new Date(session.created_at).getTime() + SESSION_MAX_MS;
    if (now.getTime() >= hardEnd) return undefined;
    if (now.getTime() - new Date(session.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      const expires = Math.min(now.getTime() + SESSION_IDLE_MS, hardEnd);
      await this.credentials.touchSession(id, now.toISOString(), new Date(expires).toISOString());
    }
    return {
      actor: {
        kind: 'user',
        userId: session.user_id,
        orgId: session.org_id,
        role: session.role as Role,
        label: session.email,
        ip,
      },
      csrfToken: session.csrf_token,
    };
  }

  async signOut(secret: string, actor: Actor): Promise<void> {
    await this.credentials.deleteSession(secretHash(secret));
    await this.audit.record(
      actor,
      'session.sign_out',
      actor.userId ? { type: 'user', id: actor.userId } : undefined,
    );
  }

  private async failure(userId: string, now: Date, fail: () => Promise<never>): Promise<never> {
    const failures = await this.users.recordFailure(userId, now.toISOString());
    const until = lockedUntil(failures, now);
    if (until) await this.users.update(userId, { locked_until: until.toISOString() });
    return fail();
  }
}
