import { z } from 'zod';

/** Request pieces shared by several routes. */

export const IdParams = z.object({ id: z.coerce.number().int().positive() });
export const PlanParams = z.object({ planId: z.coerce.number().int().positive() });
export const PlanElementParams = z.object({
  planId: z.coerce.number().int().positive(),
  id: z.coerce.number().int().positive(),
});
export const VersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('the version you loaded; a stale one gets 409'),
});
