import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROLES } from '../../domain/access/roles.js';
import { actorOf, SESSION_COOKIE, sessionCookie } from '../../http/auth.js';
import type { SessionService } from './session.service.js';
import type { TokenService } from './token.service.js';
import type { UserService } from './user.service.js';

const Id = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const Role = Type.Union(ROLES.map((r) => Type.Literal(r)));
const Password = Type.String({ minLength: 1, maxLength: 256 });

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string, expires?: Date): void {
  void reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    ...(expires ? { expires } : {}),
  });
}

/** Sessions (sign-in, sign-out, one's own password and second factor), users, and API tokens. */
export function accountRoutes(
  server: FastifyInstance,
  deps: {
    users: UserService;
    sessions: SessionService;
    tokens: TokenService;
    /** Sign-in attempts per client address per minute, on top of the per-account back-off. */
    signInPerMinute: number;
  },
): void {
  server.post(
    '/api/v1/session',
    {
      config: { permission: 'public', rateLimit: { max: deps.signInPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in: sets an httpOnly session cookie and returns the CSRF token for writes',
        description:
          'With a second factor enabled, `totp` is required; without it the answer is 401 with a problem on the ' +
          '`totp` field. Repeated failures lock the account for a growing time (429).',
        body: Type.Object({
          email: Type.String({ minLength: 1, maxLength: 254 }),
          password: Password,
          totp: Type.Optional(Type.String({ maxLength: 10 })),
        }),
      },
    },
    async (request, reply) => {
      const body = request.body as { email: string; password: string; totp?: string };
      const grant = await deps.sessions.signIn(body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(request, reply, grant.secret);
      return {
        user: await deps.users.me(grant.actor),
        csrf_token: grant.csrfToken,
        expires_at: grant.expiresAt,
      };
    },
  );

  server.get(
    '/api/v1/session',
    {
      config: { permission: 'self' },
      schema: { tags: ['accounts'], summary: 'Who is signed in, and what they may do' },
    },
    async (request) => ({
      user: await deps.users.me(actorOf(request)),
      csrf_token: request.csrfToken ?? null,
    }),
  );

  server.delete(
    '/api/v1/session',
    { config: { permission: 'self' }, schema: { tags: ['accounts'], summary: 'Sign out' } },
    async (request, reply) => {
      const cookie = sessionCookie(request);
      if (cookie) await deps.sessions.signOut(cookie, actorOf(request));
      setSessionCookie(request, reply, '', new Date(0));
      return { signed_out: true };
    },
  );

  server.post(
    '/api/v1/session/password',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['accounts'],
        summary: 'Change one’s own password',
        body: Type.Object({ current_password: Password, new_password: Password }),
      },
    },
    async (request) => {
      const body = request.body as { current_password: string; new_password: string };
      await deps.users.changeOwnPassword(actorOf(request), body.current_password, body.new_password);
      return { changed: true };
    },
  );

  server.post(
    '/api/v1/session/totp',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['accounts'],
        summary: 'Start enrolling an authenticator app: returns the secret and its otpauth:// URI',
      },
    },
    async (request) => deps.users.beginTotp(actorOf(request)),
  );

  server.post(
    '/api/v1/session/totp/confirm',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['accounts'],
        summary: 'Finish enrolling: a current code from the app turns the second factor on',
        body: Type.Object({ code: Type.String({ minLength: 6, maxLength: 10 }) }),
      },
    },
    async (request) => {
      await deps.users.confirmTotp(actorOf(request), (request.body as { code: string }).code);
      return { totp_enabled: true };
    },
  );

  const manage = { config: { permission: 'users:manage' as const } };
  server.get(
    '/api/v1/users',
    {
      ...manage,
      schema: {
        tags: ['accounts'],
        summary: 'Accounts of this node (admins)',
        querystring: Type.Object({ org: Type.Optional(Type.String({ maxLength: 200 })) }),
      },
    },
    async (request) => ({
      users: await deps.users.list(actorOf(request), (request.query as { org?: string }).org),
    }),
  );

  server.post(
    '/api/v1/users',
    {
      ...manage,
      schema: {
        tags: ['accounts'],
        summary: 'Create an account (admins)',
        body: Type.Object({
          email: Type.String({ minLength: 3, maxLength: 254 }),
          name: Type.Optional(Type.String({ maxLength: 200 })),
          org: Type.String({ minLength: 1, maxLength: 200, description: 'organisation id or name' }),
          role: Role,
          password: Password,
        }),
      },
    },
    async (request, reply) => {
      const body = request.body as {
        email: string;
        name?: string;
        org: string;
        role: string;
        password: string;
      };
      return reply.status(201).send(await deps.users.add(body, actorOf(request)));
    },
  );

  server.get(
    '/api/v1/users/:id',
    { ...manage, schema: { tags: ['accounts'], summary: 'One account (admins)', params: Id } },
    async (request) => deps.users.get((request.params as { id: string }).id, actorOf(request)),
  );

  server.patch(
    '/api/v1/users/:id',
    {
      ...manage,
      schema: {
        tags: ['accounts'],
        summary: 'Change an account’s role or name, disable or enable it, or lift a sign-in lock (admins)',
        params: Id,
        body: Type.Object({
          role: Type.Optional(Role),
          name: Type.Optional(Type.String({ maxLength: 200 })),
          disabled: Type.Optional(Type.Boolean()),
          unlock: Type.Optional(Type.Boolean()),
        }),
      },
    },
    async (request) =>
      deps.users.update(
        (request.params as { id: string }).id,
        request.body as { role?: string; name?: string; disabled?: boolean; unlock?: boolean },
        actorOf(request),
      ),
  );

  server.post(
    '/api/v1/users/:id/password',
    {
      ...manage,
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password for an account; its sessions end (admins)',
        params: Id,
        body: Type.Object({ password: Password }),
      },
    },
    async (request) => {
      await deps.users.resetPassword(
        (request.params as { id: string }).id,
        (request.body as { password: string }).password,
        actorOf(request),
      );
      return { reset: true };
    },
  );

  server.delete(
    '/api/v1/users/:id/totp',
    {
      ...manage,
      schema: { tags: ['accounts'], summary: 'Remove a lost second factor (admins)', params: Id },
    },
    async (request) => {
      await deps.users.resetTotp((request.params as { id: string }).id, actorOf(request));
      return { totp_enabled: false };
    },
  );

  server.get(
    '/api/v1/tokens',
    {
      config: { permission: 'self' },
      schema: { tags: ['accounts'], summary: 'One’s API tokens (admins: every token)' },
    },
    async (request) => ({ tokens: await deps.tokens.list(actorOf(request)) }),
  );

  server.post(
    '/api/v1/tokens',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token: the token is in this answer only, never again',
        body: Type.Object({
          name: Type.String({ minLength: 1, maxLength: 100 }),
          expires_in_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
          user_id: Type.Optional(
            Type.String({ description: 'another account (admins), such as a machine’s' }),
          ),
        }),
      },
    },
    async (request, reply) => {
      const body = request.body as { name: string; expires_in_days?: number; user_id?: string };
      const created = await deps.tokens.create(actorOf(request), {
        name: body.name,
        userId: body.user_id,
        expiresInDays: body.expires_in_days,
      });
      return reply.status(201).send(created);
    },
  );

  server.delete(
    '/api/v1/tokens/:id',
    {
      config: { permission: 'self' },
      schema: { tags: ['accounts'], summary: 'Revoke an API token (one’s own; admins: any)', params: Id },
    },
    async (request) => {
      await deps.tokens.revoke(actorOf(request), (request.params as { id: string }).id);
      return { revoked: true };
    },
  );
}
