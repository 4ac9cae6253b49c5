import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JalaError } from '../../domain/errors.js';
import type { StixObject } from '../../domain/stix/mapping.js';
import { actorOf } from '../../http/auth.js';
import { STIX_MEDIA_TYPE, type TaxiiService } from './taxii.service.js';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const TAXII_PREFIX = '/taxii2/';
const API_ROOT = '/taxii2/jala/';
const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

/** TAXII 2.1 asks clients to accept its media type; anything else is 406 Not Acceptable. */
function acceptable(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.split(',').some((part) => {
    const [type, ...params] = part
      .trim()
      .toLowerCase()
      .split(';')
      .map((p) => p.trim());
    if (type !== 'application/taxii+json') return false;
    const version = params.find((p) => p.startsWith('version='));
    return !version || version === 'version=2.1';
  });
}

/**
 * Sent as bytes, so that the Content-Type goes out exactly as TAXII writes it (clients such as taxii2-client
 * compare it with the media type they accept; Fastify would rewrite a JSON type's parameters).
 */
function send(reply: FastifyReply, body: unknown, status = 200): FastifyReply {
  return reply
    .status(status)
    .header('content-type', TAXII_MEDIA_TYPE)
    .send(Buffer.from(JSON.stringify(body)));
}

const list = (value: unknown): string[] | undefined =>
  typeof value === 'string' && value.trim() ? value.split(',').map((v) => v.trim()) : undefined;

function objectQuery(request: FastifyRequest) {
  const q = request.query as Record<string, string | undefined>;
  const limit = q.limit === undefined ? DEFAULT_LIMIT : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new JalaError('invalid_input', 'limit must be a positive whole number', [
      { field: 'limit', reason: 'not a positive integer' },
    ]);
  let addedAfter: string | undefined;
  if (q.added_after !== undefined) {
    const time = new Date(q.added_after);
    if (Number.isNaN(time.getTime()))
      throw new JalaError('invalid_input', 'added_after must be a timestamp', [
        { field: 'added_after', reason: 'not a timestamp' },
      ]);
    addedAfter = time.toISOString();
  }
  return {
    addedAfter,
    limit: Math.min(limit, MAX_LIMIT),
    next: q.next,
    ids: list(q['match[id]']),
    types: list(q['match[type]']),
    versions: list(q['match[version]']),
    specVersions: list(q['match[spec_version]']),
  };
}

type Page = { objects: (StixObject & { _dateAdded: string })[]; more: boolean; next?: string };

/** Headers of every answer about objects (envelope, versions, manifest): when the first and last were added. */
function dateAddedHeaders(reply: FastifyReply, page: Page): void {
  if (page.objects.length === 0) return;
  void reply.header('X-TAXII-Date-Added-First', page.objects[0]!._dateAdded);
  void reply.header('X-TAXII-Date-Added-Last', page.objects[page.objects.length - 1]!._dateAdded);
}

function envelope(reply: FastifyReply, page: Page) {
  dateAddedHeaders(reply, page);
  // TAXII lists are never empty: an envelope without objects leaves the property out.
  return {
    more: page.more,
    ...(page.next ? { next: page.next } : {}),
    ...(page.objects.length > 0 ? { objects: page.objects.map(({ _dateAdded, ...object }) => object) } : {}),
  };
}

/**
 * The TAXII 2.1 server: discovery, one API root, collections, objects (with added_after, limit, next and the
 * match filters), an object and its versions, the manifest, and status. Authentication: API tokens of the
 * peers' accounts. Media types are checked (406, 415); errors take TAXII's shape in the one error handler.
 */
export async function taxiiRoutes(
  server: FastifyInstance,
  deps: { taxii: TaxiiService; title: string },
): Promise<void> {
  await server.register(async (scope) => {
    scope.addContentTypeParser('application/taxii+json', { parseAs: 'string' }, (request, body, done) => {
      const type = String(request.headers['content-type'] ?? '').toLowerCase();
      if (/version=(?!2\.1)/.test(type)) {
        done(
          Object.assign(new Error('unsupported TAXII version: send application/taxii+json;version=2.1'), {
            statusCode: 415,
          }),
        );
        return;
      }
      try {
        done(null, JSON.parse(String(body)));
      } catch {
        done(Object.assign(new Error('the body is not JSON'), { statusCode: 400 }));
      }
    });
    scope.addHook('preHandler', async (request) => {
      if (!acceptable(request))
        throw Object.assign(new Error(`not acceptable: send "Accept: ${TAXII_MEDIA_TYPE}"`), {
          statusCode: 406,
        });
    });
    const read = { config: { permission: 'reports:read' as const }, schema: { tags: ['taxii'] } };

    scope.get(
      TAXII_PREFIX,
      { ...read, schema: { ...read.schema, summary: 'TAXII 2.1 discovery' } },
      async (_request, reply) =>
        send(reply, {
          title: deps.title,
          description: 'A Jala national node: scam intelligence in STIX 2.1.',
          default: API_ROOT,
          api_roots: [API_ROOT],
        }),
    );
    scope.get(
      API_ROOT,
      { ...read, schema: { ...read.schema, summary: 'TAXII 2.1 API root' } },
      async (_request, reply) =>
        send(reply, {
          title: deps.title,
          versions: [TAXII_MEDIA_TYPE],
          max_content_length: 10 * 1024 * 1024,
        }),
    );
    scope.get(
      `${API_ROOT}collections/`,
      { ...read, schema: { ...read.schema, summary: 'TAXII collections' } },
      async (request, reply) => send(reply, { collections: await deps.taxii.collections(actorOf(request)) }),
    );
    scope.get(
      `${API_ROOT}collections/:id/`,
      { ...read, schema: { ...read.schema, summary: 'A TAXII collection' } },
      async (request, reply) =>
        send(reply, await deps.taxii.collection((request.params as { id: string }).id, actorOf(request))),
    );
    scope.get(
      `${API_ROOT}collections/:id/objects/`,
      { ...read, schema: { ...read.schema, summary: 'Objects of a collection' } },
      async (request, reply) => {
        const page = await deps.taxii.objects(
          (request.params as { id: string }).id,
          objectQuery(request),
          actorOf(request),
        );
        return send(reply, envelope(reply, page));
      },
    );
    scope.get(
      `${API_ROOT}collections/:id/objects/:objectId/`,
      { ...read, schema: { ...read.schema, summary: 'One object (every version asked for)' } },
      async (request, reply) => {
        const { id, objectId } = request.params as { id: string; objectId: string };
        const page = await deps.taxii.objects(
          id,
          { ...objectQuery(request), ids: [objectId] },
          actorOf(request),
        );
        if (page.objects.length === 0)
          throw new JalaError('not_found', `no object ${objectId} in collection ${id}`);
        return send(reply, envelope(reply, page));
      },
    );
    scope.get(
      `${API_ROOT}collections/:id/objects/:objectId/versions/`,
      { ...read, schema: { ...read.schema, summary: 'The versions of one object' } },
      async (request, reply) => {
        const { id, objectId } = request.params as { id: string; objectId: string };
        const page = await deps.taxii.objects(
          id,
          { ...objectQuery(request), ids: [objectId], limit: MAX_LIMIT },
          actorOf(request),
        );
        if (page.objects.length === 0)
          throw new JalaError('not_found', `no object ${objectId} in collection ${id}`);
        const versions = [...new Set(page.objects.map((o) => String(o.modified ?? o._dateAdded)))];
        dateAddedHeaders(reply, page);
        return send(reply, { more: false, versions });
      },
    );
    scope.get(
      `${API_ROOT}collections/:id/manifest/`,
      { ...read, schema: { ...read.schema, summary: 'Manifest of a collection' } },
      async (request, reply) => {
        const page = await deps.taxii.objects(
          (request.params as { id: string }).id,
          objectQuery(request),
          actorOf(request),
        );
        dateAddedHeaders(reply, page);
        return send(reply, {
          more: page.more,
          ...(page.next ? { next: page.next } : {}),
          ...(page.objects.length > 0
            ? {
                objects: page.objects.map((o) => ({
                  id: o.id,
                  date_added: o._dateAdded,
                  version: String(o.modified ?? o._dateAdded),
                  media_type: STIX_MEDIA_TYPE,
                })),
              }
            : {}),
        });
      },
    );
    scope.post(
      `${API_ROOT}collections/:id/objects/`,
      {
        config: { permission: 'reports:submit' },
        bodyLimit: 10 * 1024 * 1024,
        schema: { tags: ['taxii'], summary: 'Add objects (a TAXII envelope)' },
      },
      async (request, reply) => {
        const type = String(request.headers['content-type'] ?? '');
        if (!type.toLowerCase().startsWith('application/taxii+json'))
          throw Object.assign(new Error(`unsupported media type: send ${TAXII_MEDIA_TYPE}`), {
            statusCode: 415,
          });
        const body = request.body as { objects?: unknown };
        if (!body || !Array.isArray(body.objects))
          throw new JalaError('invalid_input', 'the body must be a TAXII envelope with objects', [
            { field: 'objects', reason: 'missing' },
          ]);
        const status = await deps.taxii.add(
          (request.params as { id: string }).id,
          body.objects,
          actorOf(request),
        );
        return send(reply, status, 202);
      },
    );
    scope.get(
      `${API_ROOT}status/:statusId/`,
      { ...read, schema: { ...read.schema, summary: 'Status of an add request' } },
      async (request, reply) =>
        send(reply, deps.taxii.status((request.params as { statusId: string }).statusId, actorOf(request))),
    );
  });
}
