import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { JalaError } from '../../domain/errors.js';
import { actorOf } from '../../http/auth.js';
import { ReportRecordSchema } from './report.schema.js';
import type { ReportService } from './report.service.js';

export const MAX_RECORDS_PER_REQUEST = 1000;

const Problem = Type.Object({ field: Type.String(), reason: Type.String() });
const RecordResultSchema = Type.Object({
  index: Type.Integer(),
  id: Type.Optional(Type.String()),
  status: Type.Union(['imported', 'updated', 'unchanged', 'rejected'].map((s) => Type.Literal(s))),
  report_id: Type.Optional(Type.String()),
  indicators: Type.Optional(Type.Integer()),
  problems: Type.Optional(Type.Array(Problem)),
  indicator_rejects: Type.Optional(
    Type.Array(Type.Object({ field: Type.String(), value: Type.String(), reason: Type.String() })),
  ),
});

const ReportViewSchema = Type.Object({
  id: Type.String(),
  source_ref: Type.String(),
  organisation: Type.Union([
    Type.Object({ id: Type.String(), name: Type.String(), country: Type.String() }),
    Type.Null(),
  ]),
  tlp: Type.String(),
  reported_at: Type.String(),
  country: Type.String(),
  source: Type.String(),
  scam_type: Type.String(),
  loss: Type.Union([Type.Object({ amount: Type.Number(), currency: Type.String() }), Type.Null()]),
  narrative: Type.Union([Type.String(), Type.Null()]),
  indicators: Type.Array(
    Type.Object({ id: Type.String(), kind: Type.String(), value: Type.String(), origin: Type.String() }),
  ),
  created_at: Type.String(),
  modified_at: Type.String(),
});

export function reportRoutes(server: FastifyInstance, deps: { reports: ReportService }): void {
  server.post(
    '/api/v1/reports',
    {
      config: { permission: 'reports:submit' },
      schema: {
        tags: ['reports'],
        summary: 'Submit one report or a batch (same validation and per-record results as the importer)',
        security: [{ bearer: [] }],
        body: Type.Union([
          ReportRecordSchema,
          Type.Array(ReportRecordSchema, { maxItems: MAX_RECORDS_PER_REQUEST }),
        ]),
        response: {
          200: Type.Object({ results: Type.Array(RecordResultSchema) }),
          400: Type.Object({ results: Type.Array(RecordResultSchema) }),
        },
      },
      // Each record is validated on its own so that one bad record does not refuse the whole batch.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      const body = request.body;
      const records = Array.isArray(body) ? body : [body];
      if (records.length > MAX_RECORDS_PER_REQUEST) {
        throw new JalaError('payload_too_large', `at most ${MAX_RECORDS_PER_REQUEST} records per request`);
      }
      const results = await deps.reports.submitAs(records, actorOf(request));
      const anyAccepted = results.some((r) => r.status !== 'rejected');
      return reply.status(anyAccepted || results.length === 0 ? 200 : 400).send({ results });
    },
  );

  server.get(
    '/api/v1/reports/:id',
    {
      // A narrative is the victim's own words and may name people: not for anonymous callers.
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'A report with its indicators (the reporter’s personal data is not included)',
        params: Type.Object({ id: Type.String() }),
        response: { 200: ReportViewSchema },
      },
    },
    async (request) => deps.reports.get((request.params as { id: string }).id, actorOf(request)),
  );

  server.get(
    '/api/v1/reports/:id/reporter',
    {
      config: { permission: 'reporters:read' },
      schema: {
        tags: ['reports'],
        summary: 'The reporter’s personal data (analysts and investigators only; every read is audited)',
        security: [{ bearer: [] }],
        params: Type.Object({ id: Type.String() }),
        response: {
          200: Type.Object({
            report_id: Type.String(),
            name: Type.Union([Type.String(), Type.Null()]),
            contact: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async (request) => deps.reports.reporter((request.params as { id: string }).id, actorOf(request)),
  );
}
