import type { FastifyInstance } from 'fastify';
import { createOrganization } from '../../services/organizations/create-organization';
import { deleteOrganization } from '../../services/organizations/delete-organization';
import { getOrganization } from '../../services/organizations/get-organization';
import { listOrganizations } from '../../services/organizations/list-organizations';
import { updateOrganization } from '../../services/organizations/update-organization';
import { presentOrganization, presentOrganizationSummary } from '../presenters/organization';
import { serviceContextOf } from '../request-context';
import { route } from '../route';

export async function organizationRoutes(app: FastifyInstance): Promise<void> {
  route(app, 'orgs.list', async (_input, request) => {
    const orgs = await listOrganizations(serviceContextOf(request));
    return { organizations: orgs.map(presentOrganizationSummary) };
  });

  route(app, 'orgs.create', async ({ body }, request) =>
    presentOrganization(await createOrganization(serviceContextOf(request), body)),
  );

  route(app, 'orgs.get', async ({ params }, request) =>
    presentOrganization(await getOrganization(serviceContextOf(request), params.id)),
  );

  route(app, 'orgs.update', async ({ params, body }, request) =>
    presentOrganization(await updateOrganization(serviceContextOf(request), params.id, body)),
  );

  route(app, 'orgs.delete', async ({ params, query }, request) => {
    await deleteOrganization(serviceContextOf(request), params.id, query.version);
  });
}
