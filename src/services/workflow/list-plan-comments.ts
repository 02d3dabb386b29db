import { asc, eq } from 'drizzle-orm';
import { planComments } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireReadablePlan } from '../shared/plan-access';
import type { PlanCommentRow } from './add-plan-comment';

export async function listPlanComments(ctx: ServiceContext, planId: number): Promise<PlanCommentRow[]> {
  await requireReadablePlan(ctx.db, ctx, planId);
  return ctx.db
    .select()
    .from(planComments)
    .where(eq(planComments.planId, planId))
    .orderBy(asc(planComments.createdAt), asc(planComments.id));
}
