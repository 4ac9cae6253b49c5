import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { viewerOf } from '../../domain/access/visibility.js';
import { JalaError } from '../../domain/errors.js';
import { actorOf } from '../../http/auth.js';
import type { ClusterService } from './cluster.service.js';

const Paging = {
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
};
const Country = Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' });
const IndicatorRef = Type.String({
  minLength: 1,
  maxLength: 2048,
  description: 'An indicator id, or a value written in any format (canonicalised, kind detected)',
});

/**
 * Asking the graph. These answers join reports of several organisations and countries, so unlike the public
 * look-up they are for roles that work on syndicates (clusters:read); hits also go to sector officers.
 */
export function clusterRoutes(server: FastifyInstance, deps: { clusters: ClusterService }): void {
  const graph = { config: { permission: 'clusters:read' as const } };

  server.get(
    '/api/v1/indicators/:id/cluster',
    {
      ...graph,
      schema: {
        tags: ['clusters'],
        summary:
          'The cluster an indicator belongs to; for a held-back indicator, why, and where its reports are',
        params: Type.Object({ id: IndicatorRef }),
        querystring: Type.Object({ country: Type.Optional(Country) }),
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const { country } = request.query as { country?: string };
      return deps.clusters.ofIndicator(
        { value: id, country: country?.toUpperCase() },
        viewerOf(actorOf(request)),
      );
    },
  );

  server.get(
    '/api/v1/clusters/:id',
    {
      ...graph,
      schema: {
        tags: ['clusters'],
        summary:
          'A cluster: indicators by kind, reports, countries, organisations, losses, timeline, history',
        description: 'An id that was merged into another cluster answers with that cluster (`merged_into`).',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
      },
    },
    async (request) => deps.clusters.get((request.params as { id: string }).id, viewerOf(actorOf(request))),
  );

  server.get(
    '/api/v1/clusters/:id/graph',
    {
      ...graph,
      schema: {
        tags: ['clusters'],
        summary:
          'A cluster as a graph: its newest reports (that the caller may see), their values, and sightings',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }),
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 5000, default: 3000 }) }),
      },
    },
    async (request) =>
      deps.clusters.graph(
        (request.params as { id: string }).id,
        actorOf(request),
        (request.query as { limit: number }).limit,
      ),
  );

  server.get(
    '/api/v1/clusters',
    {
      ...graph,
      schema: {
        tags: ['clusters'],
        summary: 'Clusters, filtered and sorted, a page at a time',
        querystring: Type.Object({
          country: Type.Optional(Country),
          cross_border: Type.Optional(Type.Boolean()),
          min_reports: Type.Integer({ minimum: 1, default: 2 }),
          sort: Type.Union([Type.Literal('reports'), Type.Literal('loss'), Type.Literal('recent')], {
            default: 'reports',
          }),
          ...Paging,
        }),
      },
    },
    async (request) => {
      const q = request.query as {
        country?: string;
        cross_border?: boolean;
        min_reports: number;
        sort: 'reports' | 'loss' | 'recent';
        limit: number;
        offset: number;
      };
      return deps.clusters.list({
        country: q.country?.toUpperCase(),
        crossBorder: q.cross_border,
        minReports: q.min_reports,
        sort: q.sort,
        limit: q.limit,
        offset: q.offset,
      });
    },
  );

  server.get(
    '/api/v1/explain',
    {
      ...graph,
      schema: {
        tags: ['clusters'],
        summary: 'Why two indicators are linked: the shortest chain of reports and indicators between them',
        querystring: Type.Object({ from: IndicatorRef, to: IndicatorRef, country: Type.Optional(Country) }),
      },
    },
    async (request) => {
      const { from, to, country } = request.query as { from: string; to: string; country?: string };
      const cc = country?.toUpperCase();
      return deps.clusters.explain(
        { value: from, country: cc },
        { value: to, country: cc },
        viewerOf(actorOf(request)),
      );
    },
  );

  server.get(
    '/api/v1/hits',
    {
      config: { permission: 'hits:read' },
      schema: {
        tags: ['clusters'],
        summary: 'Cross-border hits: indicators seen in more than one country, newest first',
        querystring: Type.Object({
          country: Type.Optional(Country),
          organisation: Type.Optional(Type.String({ maxLength: 200, description: 'organisation id' })),
          since: Type.Optional(Type.String({ format: 'date-time' })),
          ...Paging,
        }),
      },
    },
    async (request) => {
      const q = request.query as {
        country?: string;
        organisation?: string;
        since?: string;
        limit: number;
        offset: number;
      };
      if (q.since !== undefined && Number.isNaN(Date.parse(q.since)))
        throw new JalaError('invalid_input', 'since must be an ISO 8601 time', [
          { field: 'since', reason: 'not an ISO 8601 time' },
        ]);
      return deps.clusters.hits({
        country: q.country?.toUpperCase(),
        organisation: q.organisation,
        since: q.since ? new Date(q.since).toISOString() : undefined,
        limit: q.limit,
        offset: q.offset,
      });
    },
  );

  server.get(
    '/api/v1/linking/held',
    {
      ...graph,
      schema: {
        tags: ['clusters'],
        summary: 'Indicators held back from linking (warninglisted, suspected or confirmed shared), and why',
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([
              Type.Literal('warninglisted'),
              Type.Literal('suspected_shared'),
              Type.Literal('confirmed_shared'),
              Type.Literal('cleared'),
            ]),
          ),
          ...Paging,
        }),
      },
    },
    async (request) => {
      const q = request.query as { status?: string; limit: number; offset: number };
      return { indicators: await deps.clusters.held(q) };
    },
  );

  server.post(
    '/api/v1/indicators/:id/linking',
    {
      config: { permission: 'linking:review' },
      schema: {
        tags: ['clusters'],
        summary: 'An analyst’s decision on a value suspected to be shared infrastructure',
        description:
          '`confirm` keeps it from linking for good; `release` lets it link again (the degree guard then leaves ' +
          'it alone), merging the clusters its reports are in.',
        params: Type.Object({ id: IndicatorRef }),
        body: Type.Object({
          decision: Type.Union([Type.Literal('confirm'), Type.Literal('release')]),
          by: Type.Optional(
            Type.String({ maxLength: 200, description: 'ignored: the decision is recorded as the caller’s' }),
          ),
        }),
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const { decision } = request.body as { decision: 'confirm' | 'release' };
      return deps.clusters.review(id, decision, actorOf(request));
    },
  );

  server.get(
    '/api/v1/warninglists',
    {
      config: { permission: 'public' },
      schema: { tags: ['clusters'], summary: 'The warninglists in force (names, versions, sizes)' },
    },
    async () => deps.clusters.warninglistSummary(),
  );
}
