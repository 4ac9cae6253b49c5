import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { audienceOf } from '../../domain/access/visibility.js';
import { INDICATOR_KINDS } from '../../domain/indicators/types.js';
import { actorOf } from '../../http/auth.js';
import type { IndicatorService } from './indicator.service.js';

const Summary = {
  reports: Type.Integer(),
  countries: Type.Array(Type.String()),
  first_seen: Type.Union([Type.String(), Type.Null()]),
  last_seen: Type.Union([Type.String(), Type.Null()]),
  scam_types: Type.Array(Type.Object({ scam_type: Type.String(), reports: Type.Integer() })),
  losses: Type.Array(
    Type.Object({ currency: Type.String(), amount: Type.Number(), reports: Type.Integer() }),
  ),
};

const CheckAnswerSchema = Type.Object({
  query: Type.String(),
  kind: Type.String(),
  value: Type.String(),
  indicator_id: Type.String(),
  reported: Type.Boolean(),
  ...Summary,
  cleared: Type.Union([Type.String(), Type.Null()], {
    description: 'when the value was cleared after its owner’s appeal',
  }),
  message: Type.String(),
});

const Qualifiers = {
  country: Type.Optional(
    Type.String({ description: 'ISO 3166-1 alpha-2: default region for local numbers and banks' }),
  ),
  kind: Type.Optional(
    Type.String({ description: `One of ${INDICATOR_KINDS.join(', ')}; detected when absent` }),
  ),
  bank: Type.Optional(Type.String()),
  provider: Type.Optional(Type.String()),
  platform: Type.Optional(Type.String()),
  chain: Type.Optional(Type.String()),
};

type Query = {
  value: string;
  country?: string;
  kind?: string;
  bank?: string;
  provider?: string;
  platform?: string;
  chain?: string;
};

export function indicatorRoutes(
  server: FastifyInstance,
  deps: { indicators: IndicatorService; checkPerMinute: number },
): void {
  server.get(
    '/api/v1/check',
    {
      config: {
        permission: 'public',
        ...(deps.checkPerMinute > 0 ? { rateLimit: { max: deps.checkPerMinute, timeWindow: 60_000 } } : {}),
      },
      schema: {
        tags: ['look-up'],
        summary: 'Check a phone number, account, e-wallet, wallet address or link before paying',
        description:
          'Canonicalises the value and answers from the reports of this node: aggregates only, nothing personal. ' +
          '"No reports" does not mean safe.',
        querystring: Type.Object({ value: Type.String({ minLength: 1, maxLength: 2048 }), ...Qualifiers }),
        response: { 200: CheckAnswerSchema },
      },
    },
    async (request) => {
      const { value, country, kind, bank, provider, platform, chain } = request.query as Query;
      // Anonymous callers get the public answer (TLP:CLEAR reports only); signed-in ones, what they may see.
      return deps.indicators.check(
        { value, country, kind, qualifier: { bank, provider, platform, chain } },
        audienceOf(request.actor),
      );
    },
  );

  server.get(
    '/api/v1/normalize',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['look-up'],
        summary: 'Canonical form of a value, without looking anything up',
        querystring: Type.Object({ value: Type.String({ minLength: 1, maxLength: 2048 }), ...Qualifiers }),
      },
    },
    async (request) => {
      const { value, country, kind, bank, provider, platform, chain } = request.query as Query;
      const result = deps.indicators.normalize(
        { value, kind: kind as never, bank, provider, platform, chain },
        country,
      );
      return result.ok
        ? { input: value, valid: true, ...result.indicator }
        : { input: value, valid: false, error: result.error };
    },
  );

  server.get(
    '/api/v1/indicators/:id',
    {
      config: { permission: 'indicators:read' },
      schema: {
        tags: ['indicators'],
        summary: 'An indicator: canonical value, details, sightings summary and recent sightings',
        params: Type.Object({ id: Type.String() }),
      },
    },
    async (request) => deps.indicators.get((request.params as { id: string }).id, actorOf(request)),
  );
}
