import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The built pages, relative to this module (src/http or dist/http: both two levels below the root). */
const PUBLIC_DIR = fileURLToPath(new URL('../../dist/web/public/', import.meta.url));
const CONSOLE_DIR = fileURLToPath(new URL('../../dist/web/console/', import.meta.url));

/** The public pages at their addresses, each a page of the light public bundle. */
const PUBLIC_PAGES: Record<string, string> = {
  '/': 'index.html',
  '/report': 'report.html',
  '/appeal': 'appeal.html',
};

/**
 * Pages run only their own scripts and styles: no inline code, nothing from elsewhere, never framed.
 * (Untrusted text such as narratives reaches the page as JSON data and is rendered as text.)
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = 'The web pages are not built: run `npm run build` (npm install does it too).';
const hidden = { config: { permission: 'public' as const }, schema: { hide: true } };

function html(reply: FastifyReply, body: Buffer): FastifyReply {
  return reply
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('cache-control', 'no-cache')
    .send(body);
}

async function assets(server: FastifyInstance, root: string, prefix: string): Promise<void> {
  await server.register(fastifyStatic, {
    root,
    prefix,
    wildcard: false,
    index: false,
    decorateReply: false,
    setHeaders(res, path) {
      res.header('content-security-policy', PAGE_CSP);
      // Built assets carry a content hash in their names: cache them for good.
      res.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}

/** The public pages (check, report, appeal) and the analyst console (a single-page app) under `/console/`. */
export async function webRoutes(server: FastifyInstance): Promise<void> {
  const publicBuilt = existsSync(`${PUBLIC_DIR}index.html`);
  for (const [path, file] of Object.entries(PUBLIC_PAGES)) {
    const body = publicBuilt ? readFileSync(`${PUBLIC_DIR}${file}`) : undefined;
    server.get(path, hidden, async (_request, reply) =>
      body ? html(reply, body) : reply.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT),
    );
  }
  if (publicBuilt && existsSync(`${PUBLIC_DIR}assets`))
    await assets(server, `${PUBLIC_DIR}assets`, '/assets/');

  const index = existsSync(`${CONSOLE_DIR}index.html`) ? readFileSync(`${CONSOLE_DIR}index.html`) : undefined;
  server.get('/console', hidden, async (_request, reply) => reply.redirect('/console/'));
  if (index) await assets(server, CONSOLE_DIR, '/console/');
  // Every other path under /console/ is a page of the app: the router in the browser takes it from there.
  server.get('/console/*', hidden, async (_request, reply) =>
    index ? html(reply, index) : reply.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT),
  );
}
