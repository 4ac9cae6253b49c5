import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../http/auth.js';
import type { AppealService } from './appeal.service.js';

/** The public side of appeals (file one, follow it by reference) and reviewers' side (list, read, decide). */
export function appealRoutes(
  server: FastifyInstance,
  deps: { appeals: AppealService; publicPerMinute: number },
): void {
  server.post(
    '/api/v1/public/appeals',
    {
      config: { permission: 'public', rateLimit: { max: deps.publicPerMinute, timeWindow: 60_000 } },
      bodyLimit: 16 * 1024,
      schema: {
        tags: ['public'],
        summary: 'Appeal a listing: the owner of a listed number or account asks for a review',
        body: Type.Object({
          value: Type.String({ minLength: 1, maxLength: 300 }),
          kind: Type.Optional(Type.String({ maxLength: 20 })),
          bank: Type.Optional(Type.String({ maxLength: 100 })),
          provider: Type.Optional(Type.String({ maxLength: 100 })),
          country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
          name: Type.String({ minLength: 1, maxLength: 200 }),
          contact: Type.String({
            minLength: 3,
            maxLength: 200,
            description: 'phone or email, to answer the appeal',
          }),
          statement: Type.String({ minLength: 10, maxLength: 4000 }),
          language: Type.String({ pattern: '^[a-z]{2,3}$', default: 'en' }),
        }),
      },
    },
    async (request, reply) => {
      const answer = await deps.appeals.submit(
        request.body as Parameters<AppealService['submit']>[0],
        request.ip,
      );
      return reply.status(201).send(answer);
    },
  );

  server.get(
    '/api/v1/public/appeals/:reference',
    {
      config: { permission: 'public', rateLimit: { max: deps.publicPerMinute * 6, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary: 'The state of an appeal, by its reference number',
        params: Type.Object({ reference: Type.String({ minLength: 5, maxLength: 20 }) }),
      },
    },
    async (request) => deps.appeals.status((request.params as { reference: string }).reference),
  );

  const review = { config: { permission: 'appeals:review' as const } };
  server.get(
    '/api/v1/appeals',
    {
      ...review,
      schema: {
        tags: ['appeals'],
        summary: 'Appeals against listings owned by the caller’s organisation, oldest first',
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([Type.Literal('open'), Type.Literal('upheld'), Type.Literal('cleared')]),
          ),
          limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
          offset: Type.Integer({ minimum: 0, default: 0 }),
        }),
      },
    },
    async (request) => {
      const q = request.query as { status?: string; limit: number; offset: number };
      return { appeals: await deps.appeals.list(actorOf(request), q.status, q) };
    },
  );

  server.get(
    '/api/v1/appeals/:id',
    {
      ...review,
      schema: {
        tags: ['appeals'],
        summary: 'An appeal with the appellant’s contact details (audited)',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
      },
    },
    async (request) => deps.appeals.get((request.params as { id: string }).id, actorOf(request)),
  );

  server.post(
    '/api/v1/appeals/:id/decision',
    {
      ...review,
      schema: {
        tags: ['appeals'],
        summary: 'Uphold the listing, or clear the value (it stops linking; the public look-up says cleared)',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        body: Type.Object({
          decision: Type.Union([Type.Literal('uphold'), Type.Literal('clear')]),
          reason: Type.String({ minLength: 1, maxLength: 2000 }),
        }),
      },
    },
    async (request) => {
      const body = request.body as { decision: 'uphold' | 'clear'; reason: string };
      return deps.appeals.decide(
        (request.params as { id: string }).id,
        body.decision,
        body.reason,
        actorOf(request),
      );
    },
  );
}
