import { timingSafeEqual } from 'node:crypto';
import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, can, type Permission } from '../domain/access/roles.js';
import { JalaError } from '../domain/errors.js';
import { secretHash } from '../features/accounts/secrets.js';
import type { SessionService } from '../features/accounts/session.service.js';
import type { TokenService } from '../features/accounts/token.service.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route needs: a permission of the caller's role, `self` (anyone signed in) or `public`. */
    permission?: Permission | 'public';
  }
  interface FastifyRequest {
    actor: Actor | undefined;
    /** The session's CSRF token, when the caller came with a session cookie. */
    csrfToken: string | undefined;
  }
}

export const SESSION_COOKIE = 'jala_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that plugins register (the API docs, the web pages' static files) and that are public by nature. */
const PLUGIN_PUBLIC_PREFIXES = ['/api/docs', '/console/', '/assets/'];

export interface AuthDeps {
  sessions: SessionService;
  tokens: TokenService;
  /** JALA_API_TOKEN, if set, and whom it acts as. */
  nodeToken: { token: string; actor: Omit<Actor, 'ip'> } | undefined;
}

/** Every route, as declared: method, URL and the permission it needs. The authorisation test walks these. */
export interface DeclaredRoute {
  method: string;
  url: string;
  permission: Permission | 'public';
}

/**
 * Authentication and authorisation for every route, in one place. A route that does not declare what it
 * needs makes the server refuse to start. Callers are recognised by a bearer token (API tokens, the node
 * token) or a session cookie; cookie-authenticated writes must echo the session's CSRF token in a header.
 */
export function registerAuth(server: FastifyInstance, deps: AuthDeps): DeclaredRoute[] {
  const declared: DeclaredRoute[] = [];
  const nodeTokenHash = deps.nodeToken ? Buffer.from(secretHash(deps.nodeToken.token), 'hex') : undefined;
  server.decorateRequest('actor', undefined);
  server.decorateRequest('csrfToken', undefined);

  server.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { permission?: Permission | 'public' };
    let permission = config.permission;
    if (!permission && PLUGIN_PUBLIC_PREFIXES.some((prefix) => route.url.startsWith(prefix))) {
      permission = 'public';
      route.config = { ...config, permission } as typeof route.config;
    }
    if (!permission)
      throw new Error(`route ${String(route.method)} ${route.url} does not declare the permission it needs`);
    // The OpenAPI document says what each operation needs.
    if (route.schema && permission !== 'public') {
      const schema = route.schema as { description?: string; security?: unknown };
      const needs = permission === 'self' ? 'any signed-in account' : `the \`${permission}\` permission`;
      route.schema = {
        ...route.schema,
        description: `${schema.description ? `${schema.description}\n\n` : ''}Needs ${needs}.`,
        security: [{ bearer: [] }, { session: [] }],
      } as typeof route.schema;
    }
    for (const method of [route.method].flat())
      declared.push({ method: String(method), url: route.url, permission });
  });

  const bearer = async (request: FastifyRequest, token: string): Promise<Actor> => {
    if (nodeTokenHash && deps.nodeToken) {
      const given = Buffer.from(secretHash(token), 'hex');
      if (timingSafeEqual(given, nodeTokenHash)) return { ...deps.nodeToken.actor, ip: request.ip };
    }
    const actor = await deps.tokens.authenticate(token, request.ip);
    if (!actor)
      throw new JalaError('unauthenticated', 'the API token is not valid (unknown, revoked or expired)');
    return actor;
  };

  // A public route asked without credentials (every public look-up) is let through at once, without a
  // promise: under load every asynchronous step shows in the look-up's latency.
  server.addHook(
    'onRequest',
    (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
      if (
        request.routeOptions.config?.permission === 'public' &&
        request.headers.authorization === undefined &&
        request.headers.cookie === undefined
      )
        return done();
      authenticate(request).then(() => done(), done);
    },
  );

  const authenticate = async (request: FastifyRequest): Promise<void> => {
    const permission = request.routeOptions.config?.permission;
    if (!request.routeOptions.url) return; // no such route: the 404 handler answers
    let csrfToken: string | undefined;
    const header = request.headers.authorization;
    if (header !== undefined) {
      // `Token` too: the scheme of the OASIS TAXII client's TokenAuth (taxii2-client), which peers use.
      const match = /^(?:Bearer|Token)\s+(\S+)$/i.exec(header);
      if (!match)
        throw new JalaError('unauthenticated', 'send the API token as "Authorization: Bearer <token>"');
      request.actor = await bearer(request, match[1]!);
    } else {
      const cookie = sessionCookie(request);
      if (cookie) {
        const session = await deps.sessions.authenticate(cookie, request.ip);
        if (session) {
          request.actor = session.actor;
          csrfToken = session.csrfToken;
          request.csrfToken = csrfToken;
        }
      }
    }
    if (permission === 'public') return;
    const actor = request.actor;
    if (!actor)
      throw new JalaError(
        'unauthenticated',
        'sign in, or send an API token as "Authorization: Bearer <token>"',
      );
    if (permission !== 'self' && permission !== undefined && !can(actor.role, permission))
      throw new JalaError('forbidden', `the ${actor.role} role does not have the ${permission} permission`);
    if (csrfToken !== undefined && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      const ok =
        typeof sent === 'string' &&
        sent.length === csrfToken.length &&
        timingSafeEqual(Buffer.from(sent), Buffer.from(csrfToken));
      if (!ok)
        throw new JalaError(
          'forbidden',
          `a signed-in browser must send the session's CSRF token in ${CSRF_HEADER}`,
        );
    }
  };
  return declared;
}

/** The caller of a route that is not public (the hook above has made sure there is one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new JalaError('unauthenticated', 'sign in first');
  return request.actor;
}

/** The session cookie's value, parsed only from requests that carry cookies (@fastify/cookie's parser). */
export function sessionCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  return header ? request.server.parseCookie(header)[SESSION_COOKIE] : undefined;
}
