import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { clusterRoutes } from '../features/correlation/cluster.routes.js';
import { indicatorRoutes } from '../features/indicators/indicator.routes.js';
import { reportRoutes } from '../features/reports/report.routes.js';
import type { App } from '../main/app.js';
import { requireApiToken } from './auth.js';
import { errorHandler } from './errors.js';
import { registerMetrics } from './metrics.js';

const PUBLIC_DIR = new URL('../../web/public/', import.meta.url);
const PAGES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/check.js': { file: 'check.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};
/** The look-up page runs only its own script and style: no inline code, nothing from elsewhere. */
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface ServerOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string };
}

export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    logger: options.logger ?? { level: app.config.logLevel },
    bodyLimit: 10 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  });
  server.setErrorHandler(errorHandler);
  server.addHook('onSend', async (_request, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
  });

  await server.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jala node API',
        version: '1',
        description:
          'A national Jala node: scam reports in, canonical indicators and look-ups out. Writes need the node API token.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await server.register(swaggerUi, { routePrefix: '/api/docs' });
  registerMetrics(server);

  server.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'Liveness: the process answers' } },
    async () => ({
      status: 'ok',
    }),
  );
  server.get(
    '/readyz',
    { schema: { tags: ['operations'], summary: 'Readiness: the database answers' } },
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

  const requireToken = requireApiToken(app.config.apiToken);
  reportRoutes(server, { reports: app.reports, originOrgId: app.nodeOrganisation.id, requireToken });
  indicatorRoutes(server, { indicators: app.indicators });
  clusterRoutes(server, { clusters: app.clusters, requireToken });

  for (const [path, page] of Object.entries(PAGES)) {
    const body = readFileSync(new URL(page.file, PUBLIC_DIR));
    server.get(path, { schema: { hide: true } }, async (_request, reply) =>
      reply.header('content-type', page.type).header('content-security-policy', PAGE_CSP).send(body),
    );
  }
  return server;
}
