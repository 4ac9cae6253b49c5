import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { accountRoutes } from '../features/accounts/account.routes.js';
import { appealRoutes } from '../features/appeals/appeal.routes.js';
import { auditRoutes } from '../features/audit/audit.routes.js';
import { clusterRoutes } from '../features/correlation/cluster.routes.js';
import { taxiiRoutes } from '../features/federation/taxii.routes.js';
import { importRoutes } from '../features/imports/import.routes.js';
import { indicatorRoutes } from '../features/indicators/indicator.routes.js';
import { organisationRoutes } from '../features/organisations/organisation.routes.js';
import { reportRoutes } from '../features/reports/report.routes.js';
import { type App, MAX_UPLOAD_BYTES } from '../main/app.js';
import { type DeclaredRoute, registerAuth } from './auth.js';
import { errorHandler } from './errors.js';
import { registerMetrics } from './metrics.js';
import { webRoutes } from './web.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the permission it declared (the authorisation test walks them). */
    declaredRoutes: DeclaredRoute[];
  }
}

export interface ServerOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string };
  /** Overrides JALA_TRUST_PROXY (tests). */
  trustProxy?: boolean;
}

export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    logger: options.logger ?? { level: app.config.logLevel },
    bodyLimit: 10 * 1024 * 1024,
    // Behind a TLS-terminating proxy, X-Forwarded-Proto/-For give the scheme (Secure cookies) and the address.
    trustProxy: options.trustProxy ?? app.config.trustProxy,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  });
  server.setErrorHandler(errorHandler);
  // Cookies are parsed only where they matter (the session cookie, in http/auth.ts), not on every request.
  await server.register(cookie, { hook: false });
  // Limits are per route (sign-in, the public endpoints); answers under the limit carry no rate headers (three
  // headers on every public look-up cost more than they tell), a refusal says when to retry.
  await server.register(rateLimit, {
    global: false,
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
  });
  const declared = registerAuth(server, {
    sessions: app.sessions,
    tokens: app.tokens,
    nodeToken: app.config.apiToken
      ? {
          token: app.config.apiToken,
          actor: {
            kind: 'token',
            userId: undefined,
            orgId: app.nodeOrganisation.id,
            role: 'analyst',
            label: 'node token (JALA_API_TOKEN)',
          },
        }
      : undefined,
  });
  server.decorate('declaredRoutes', declared);
  // Hooks that run on every request call back at once instead of returning a promise: each asynchronous
  // step costs the public look-up latency under load.
  server.addHook('onSend', (_request, reply, payload, done) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    done(null, payload);
  });

  await server.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jala node API',
        version: '1',
        description:
          'A national Jala node: scam reports in, canonical indicators and look-ups out. Each route names the permission it ' +
          'needs; sign in (`POST /api/v1/session`, a cookie) or send an API token as a bearer token.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'an API token (jala tokens create)' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'jala_session',
            description: 'POST /api/v1/session',
          },
        },
      },
    },
  });
  await server.register(swaggerUi, { routePrefix: '/api/docs' });
  registerMetrics(server);

  server.get(
    '/healthz',
    {
      config: { permission: 'public' },
      schema: { tags: ['operations'], summary: 'Liveness: the process answers' },
    },
    async () => ({
      status: 'ok',
    }),
  );
  server.get(
    '/readyz',
    {
      config: { permission: 'public' },
      schema: { tags: ['operations'], summary: 'Readiness: the database answers' },
    },
    async (_request, reply) => {
      try {
        await app.database.ping();
        return { status: 'ready', database: app.database.dialect };
      } catch (error) {
        return reply
          .status(503)
          .send({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
      }
    },
  );

  accountRoutes(server, {
    users: app.users,
    sessions: app.sessions,
    tokens: app.tokens,
    signInPerMinute: app.config.signInPerMinute,
  });
  organisationRoutes(server, { organisations: app.organisations });
  auditRoutes(server, { audit: app.audit });
  reportRoutes(server, {
    reports: app.reports,
    nodeOrgId: app.nodeOrganisation.id,
    publicPerMinute: app.config.publicPerMinute,
  });
  appealRoutes(server, { appeals: app.appeals, publicPerMinute: app.config.publicPerMinute });
  await importRoutes(server, { jobs: app.importJobs, maxBytes: MAX_UPLOAD_BYTES });
  indicatorRoutes(server, { indicators: app.indicators, checkPerMinute: app.config.checkPerMinute });
  clusterRoutes(server, { clusters: app.clusters });
  await taxiiRoutes(server, { taxii: app.taxii, title: `Jala node: ${app.nodeOrganisation.name}` });

  await webRoutes(server);
  return server;
}
