import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateOrganizationInput,
  createOrganization,
} from '../../services/organizations/create-organization';
import { deleteOrganization } from '../../services/organizations/delete-organization';
import { getOrganization } from '../../services/organizations/get-organization';
import { listOrganizations } from '../../services/organizations/list-organizations';
import {
  UpdateOrganizationInput,
  updateOrganization,
} from '../../services/organizations/update-organization';
import { presentOrganization, presentOrganizationSummary } from '../presenters/organization';
import { serviceContextOf } from '../request-context';
import { IdParams, VersionQuery } from '../schemas';

const tags = ['organizations'];

export async function organizationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/orgs',
    { schema: { tags, summary: 'All organisations with their plans by year' } },
    async (request) => {
      const orgs = await listOrganizations(serviceContextOf(request));
      return { organizations: orgs.map(presentOrganizationSummary) };
    },
  );

  app.post('/api/orgs', { schema: { tags, body: CreateOrganizationInput } }, async (request, reply) => {
    const org = await createOrganization(serviceContextOf(request), request.body);
    return reply.status(201).send(presentOrganization(org));
  });

  app.get('/api/orgs/:id', { schema: { tags, params: IdParams } }, async (request) =>
    presentOrganization(await getOrganization(serviceContextOf(request), request.params.id)),
  );

  app.patch(
    '/api/orgs/:id',
    { schema: { tags, params: IdParams, body: UpdateOrganizationInput } },
    async (request) =>
      presentOrganization(
        await updateOrganization(serviceContextOf(request), request.params.id, request.body),
      ),
  );

  app.delete(
    '/api/orgs/:id',
    { schema: { tags, params: IdParams, querystring: VersionQuery } },
    async (request, reply) => {
      await deleteOrganization(serviceContextOf(request), request.params.id, request.query.version);
      return reply.status(204).send();
    },
  );
}
