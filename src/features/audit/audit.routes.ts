import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AuditService } from './audit.service.js';

/** The audit log, for admins: browse it newest first, and verify its hash chain. */
export function auditRoutes(server: FastifyInstance, deps: { audit: AuditService }): void {
  server.get(
    '/api/v1/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first; page with `before` = the previous answer’s `next`',
        querystring: Type.Object({
          actor: Type.Optional(Type.String({ description: 'user id' })),
          action: Type.Optional(Type.String({ maxLength: 100 })),
          target_type: Type.Optional(Type.String({ maxLength: 50 })),
          target_id: Type.Optional(Type.String({ maxLength: 200 })),
          since: Type.Optional(Type.String({ format: 'date-time' })),
          until: Type.Optional(Type.String({ format: 'date-time' })),
          before: Type.Optional(Type.Integer({ minimum: 1 })),
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
        }),
      },
    },
    async (request) => {
      const q = request.query as {
        actor?: string;
        action?: string;
        target_type?: string;
        target_id?: string;
        since?: string;
        until?: string;
        before?: number;
        limit: number;
      };
      return deps.audit.list({
        actorUserId: q.actor,
        action: q.action,
        targetType: q.target_type,
        targetId: q.target_id,
        since: q.since && new Date(q.since).toISOString(),
        until: q.until && new Date(q.until).toISOString(),
        beforeSeq: q.before,
        limit: q.limit,
      });
    },
  );

  server.get(
    '/api/v1/audit/verify',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary:
          'Walks the hash chain: ok, the head to note, or the first entry edited, removed or reordered',
        querystring: Type.Object({
          head: Type.Optional(Type.String({ description: 'SEQ:HASH noted from an earlier verification' })),
        }),
      },
    },
    async (request) => deps.audit.verify((request.query as { head?: string }).head),
  );
}
