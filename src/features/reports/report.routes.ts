import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { JalaError } from '../../domain/errors.js';
import { actorOf } from '../../http/auth.js';
import { ReportRecordSchema } from './report.schema.js';
import type { PublicReportForm, ReportService } from './report.service.js';

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
  narrative_spans: Type.Array(
    Type.Object({ start: Type.Integer(), end: Type.Integer(), indicator_id: Type.String() }),
  ),
  indicators: Type.Array(
    Type.Object({ id: Type.String(), kind: Type.String(), value: Type.String(), origin: Type.String() }),
  ),
  created_at: Type.String(),
  modified_at: Type.String(),
});

export function reportRoutes(
  server: FastifyInstance,
  deps: { reports: ReportService; nodeOrgId: string; publicPerMinute: number },
): void {
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

  const Filters = {
    country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
    scam_type: Type.Optional(Type.String({ maxLength: 40 })),
    source: Type.Optional(Type.String({ maxLength: 40 })),
    organisation: Type.Optional(Type.String({ maxLength: 100, description: 'organisation id' })),
    since: Type.Optional(Type.String({ format: 'date-time' })),
    until: Type.Optional(Type.String({ format: 'date-time' })),
  };
  type FilterQuery = {
    country?: string;
    scam_type?: string;
    source?: string;
    organisation?: string;
    since?: string;
    until?: string;
  };
  const filterOf = (q: FilterQuery) => ({
    country: q.country?.toUpperCase(),
    scamType: q.scam_type,
    source: q.source,
    originOrgId: q.organisation,
    since: q.since && new Date(q.since).toISOString(),
    until: q.until && new Date(q.until).toISOString(),
  });

  server.get(
    '/api/v1/reports',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Reports the caller’s organisation may see, newest first',
        querystring: Type.Object({
          ...Filters,
          limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
          offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
        }),
      },
    },
    async (request) => {
      const q = request.query as FilterQuery & { limit: number; offset: number };
      return deps.reports.list(actorOf(request), filterOf(q), { limit: q.limit, offset: q.offset });
    },
  );

  server.get(
    '/api/v1/stats/overview',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Reports by month, country and scam type, and losses per currency (what the caller may see)',
        querystring: Type.Object(Filters),
      },
    },
    async (request) => deps.reports.overview(actorOf(request), filterOf(request.query as FilterQuery)),
  );

  server.post(
    '/api/v1/public/reports',
    {
      config: { permission: 'public', rateLimit: { max: deps.publicPerMinute, timeWindow: 60_000 } },
      bodyLimit: 32 * 1024,
      schema: {
        tags: ['public'],
        summary: 'Report a scam (the public form): answers with a reference number',
        body: Type.Object({
          country: Type.String({ pattern: '^[A-Za-z]{2}$' }),
          scam_type: Type.String({ maxLength: 40 }),
          reported_at: Type.Optional(Type.String({ format: 'date-time' })),
          loss: Type.Optional(
            Type.Object({
              amount: Type.Number({ minimum: 0 }),
              currency: Type.String({ pattern: '^[A-Za-z]{3}$' }),
            }),
          ),
          narrative: Type.String({ minLength: 10, maxLength: 4000 }),
          indicators: Type.Optional(
            Type.Array(
              Type.Object({
                value: Type.String({ minLength: 1, maxLength: 300 }),
                kind: Type.Optional(Type.String({ maxLength: 20 })),
                bank: Type.Optional(Type.String({ maxLength: 100 })),
                provider: Type.Optional(Type.String({ maxLength: 100 })),
              }),
              { maxItems: 10 },
            ),
          ),
          reporter: Type.Optional(
            Type.Object({
              name: Type.Optional(Type.String({ maxLength: 200 })),
              contact: Type.Optional(Type.String({ maxLength: 200 })),
            }),
          ),
          language: Type.String({ pattern: '^[a-z]{2,3}$', default: 'en' }),
        }),
      },
    },
    async (request, reply) => {
      const answer = await deps.reports.submitPublic(request.body as PublicReportForm, {
        orgId: deps.nodeOrgId,
        ip: request.ip,
      });
      return reply.status(201).send(answer);
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
