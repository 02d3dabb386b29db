import { z } from 'zod';
import { defineContract } from '../../contracts/define';
import { cleanOrgName } from '../../domain/org-names';
import { Organization } from './get-organization.contract';

/** A name as people type it: spaces folded, trimmed, then 1–200 characters. */
export const OrganizationName = z
  .string()
  .transform(cleanOrgName)
  .pipe(z.string().min(1, { error: 'org.name_required' }).max(200, { error: 'org.name_too_long' }));

export const CreateOrganizationInput = z.object({
  name: OrganizationName,
  parentId: z.number().int().positive().nullish().describe('the parent organisation; none for the city'),
});
export type CreateOrganizationInput = z.input<typeof CreateOrganizationInput>;

export const createOrganizationContract = defineContract({
  method: 'POST',
  path: '/api/orgs',
  summary: 'Create an organisation',
  tags: ['organizations'],
  body: CreateOrganizationInput,
  responses: { 201: Organization },
  errors: [
    'auth.sign_in_first',
    'auth.forbidden',
    'org.name_taken',
    'org.parent_not_found',
    'db.unique_violation',
  ],
});
