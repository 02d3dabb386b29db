import { z } from 'zod';
import { defineContract } from '../../contracts/define';
import { IdParams } from '../../contracts/params';

/** One organisation as the API gives it back (after reading, creating or changing it). */
export const Organization = z.object({
  id: z.number().int(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  version: z.number().int().describe('send it back with a change; a stale one gets 409'),
  createdAt: z.string().describe('ISO 8601'),
  updatedAt: z.string().describe('ISO 8601'),
});
export type Organization = z.infer<typeof Organization>;

export const getOrganizationContract = defineContract({
  method: 'GET',
  path: '/api/orgs/:id',
  summary: 'One organisation',
  tags: ['organizations'],
  params: IdParams,
  responses: { 200: Organization },
  errors: ['auth.sign_in_first', 'common.not_found'],
});
