import { z } from 'zod';

/**
 * Request pieces many contracts share. Path and query values arrive as text and are coerced;
 * clients may pass numbers.
 */

export const positiveId = () => z.coerce.number<number | string>().int().positive();

export const IdParams = z.object({ id: positiveId() });
export const PlanParams = z.object({ planId: positiveId() });
export const PlanElementParams = z.object({ planId: positiveId(), id: positiveId() });

export const VersionQuery = z.object({
  version: positiveId().optional().describe('the version you loaded; a stale one gets 409'),
});
