import { z } from 'zod';
import { defineContract } from '../../contracts/define';
import { IdParams } from '../../contracts/params';
import { OrganizationName } from './create-organization.contract';
import { Organization } from './get-organization.contract';

export const UpdateOrganizationInput = z.object({
  version: z.number().int().positive().describe('the version you loaded; a stale one gets 409'),
  name: OrganizationName.optional(),
  parentId: z.number().int().positive().nullable().optional().describe('null: a top-level organisation'),
});
export type UpdateOrganizationInput = z.input<typeof UpdateOrganizationInput>;

export const updateOrganizationContract = defineContract({
  method: 'PATCH',
  path: '/api/orgs/:id',
  summary: 'Rename or move an organisation',
  tags: ['organizations'],
  params: IdParams,
  body: UpdateOrganizationInput,
  responses: { 200: Organization },
  errors: [
    'auth.sign_in_first',
    'auth.forbidden',
    'common.not_found',
    'common.stale_version',
    'org.name_taken',
    'org.parent_not_found',
    'org.parent_is_self',
    'org.parent_is_descendant',
    'db.unique_violation',
  ],
});
