import { and, asc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { organizations, plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireDirectoryAccess } from '../shared/directory-access';
import { parseInput } from '../shared/parse-input';
import { planReadFilter } from '../shared/plan-access';

export const ListPlansInput = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1).max(999).optional(),
});

export interface PlanSummary {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  status: string;
  title: string | null;
  version: number;
  updatedAt: Date;
}

export async function listPlans(
  ctx: ServiceContext,
  raw: z.input<typeof ListPlansInput> = {},
): Promise<PlanSummary[]> {
  const input = parseInput(ListPlansInput, raw);
  const where: SQL[] = [];
  if (input.orgId !== undefined) where.push(eq(plans.orgId, input.orgId));
  if (input.year !== undefined) where.push(eq(plans.year, input.year));
  await requireDirectoryAccess(ctx);
  const readable = await planReadFilter(ctx.db, ctx);
  const rows = await ctx.db
    .select({
      id: plans.id,
      orgId: plans.orgId,
      orgName: organizations.name,
      year: plans.year,
      status: plans.status,
      title: plans.title,
      version: plans.version,
      updatedAt: plans.updatedAt,
    })
    .from(plans)
    .innerJoin(organizations, eq(organizations.id, plans.orgId))
    .where(and(...where))
    .orderBy(asc(organizations.id), asc(plans.year));
  return rows.filter(readable);
}
