import { z } from 'zod';
import { defineContract } from '../../contracts/define';
import { PLAN_STATUSES } from '../../domain/plan-document';

export const PlanStatus = z.enum(PLAN_STATUSES);

/** An organisation in the directory, with the plans the caller may read, by year. */
export const OrganizationSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  version: z.number().int(),
  plans: z.array(z.object({ id: z.number().int(), year: z.number().int(), status: PlanStatus })),
});
export type OrganizationSummary = z.infer<typeof OrganizationSummary>;

export const OrganizationList = z.object({ organizations: z.array(OrganizationSummary) });

export const listOrganizationsContract = defineContract({
  method: 'GET',
  path: '/api/orgs',
  summary: 'All organisations with their plans by year',
  description:
    'Every signed-in user may read the directory; plans are listed only where the caller may read them.',
  tags: ['organizations'],
  responses: { 200: OrganizationList },
  errors: ['auth.sign_in_first'],
});
