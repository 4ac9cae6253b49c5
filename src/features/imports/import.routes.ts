import type { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../http/auth.js';
import type { ImportJobs } from './import.jobs.js';

const UPLOAD_TYPES = ['application/x-ndjson', 'application/jsonl', 'text/csv', 'application/octet-stream'];

/** Uploading a file of reports from the console, and following its import. */
export async function importRoutes(
  server: FastifyInstance,
  deps: { jobs: ImportJobs; maxBytes: number },
): Promise<void> {
  await server.register(async (scope) => {
    // The file's bytes go to disk as they arrive: no parsing here, no buffering in memory.
    scope.addContentTypeParser(UPLOAD_TYPES, (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/v1/imports',
      {
        config: { permission: 'reports:submit' },
        bodyLimit: deps.maxBytes,
        schema: {
          tags: ['imports'],
          summary: 'Upload a JSON Lines or CSV file of reports; it is imported in the background',
          description: `Send the file as the body (${UPLOAD_TYPES.join(', ')}); follow GET /api/v1/imports/{id}.`,
          querystring: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) }),
        },
      },
      async (request, reply) => {
        const job = await deps.jobs.start(
          request.body as Readable,
          (request.query as { name: string }).name,
          actorOf(request),
        );
        return reply.status(202).send(job);
      },
    );
  });

  server.get(
    '/api/v1/imports',
    {
      config: { permission: 'reports:submit' },
      schema: { tags: ['imports'], summary: 'Imports of the caller’s organisation since the node started' },
    },
    async (request) => ({ imports: deps.jobs.list(actorOf(request)) }),
  );

  server.get(
    '/api/v1/imports/:id',
    {
      config: { permission: 'reports:submit' },
      schema: {
        tags: ['imports'],
        summary: 'An upload’s import: state, live progress, summary and the first rejects',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
      },
    },
    async (request) => deps.jobs.get((request.params as { id: string }).id, actorOf(request)),
  );
}
