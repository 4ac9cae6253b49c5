import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../http/auth.js';
import { type OrganisationService, SECTORS } from './organisation.service.js';

export function organisationRoutes(
  server: FastifyInstance,
  deps: { organisations: OrganisationService },
): void {
  server.get(
    '/api/v1/organisations',
    {
      config: { permission: 'organisations:read' },
      schema: { tags: ['organisations'], summary: 'Organisations known to this node' },
    },
    async () => ({
      organisations: (await deps.organisations.list()).map((o) => ({
        id: o.id,
        name: o.name,
        country: o.country,
        sector: o.sector,
      })),
    }),
  );

  server.post(
    '/api/v1/organisations',
    {
      config: { permission: 'organisations:manage' },
      schema: {
        tags: ['organisations'],
        summary: 'Register an organisation of this node (admins)',
        body: Type.Object({
          name: Type.String({ minLength: 1, maxLength: 200 }),
          country: Type.String({ pattern: '^[A-Za-z]{2}$' }),
          sector: Type.Union(SECTORS.map((s) => Type.Literal(s))),
        }),
      },
    },
    async (request, reply) => {
      const org = await deps.organisations.register(
        request.body as { name: string; country: string; sector: string },
        actorOf(request),
      );
      return reply.status(201).send({ id: org.id, name: org.name, country: org.country, sector: org.sector });
    },
  );
}
