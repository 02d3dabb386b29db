import { and, eq } from 'drizzle-orm';
import { planComments } from '../../db/schema';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { requireReadablePlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import type { PlanCommentRow } from './add-plan-comment';

/** Marks a review comment as dealt with (it stays in the history). */
export async function resolvePlanComment(
  ctx: ServiceContext,
  planId: number,
  id: number,
): Promise<PlanCommentRow> {
  return inTransaction(ctx, async (tx) => {
    const plan = await requireReadablePlan(tx, ctx, planId);
    await authorize(tx, ctx, 'plan.comment', plan.orgId);
    const [row] = await tx
      .update(planComments)
      .set({ resolvedAt: new Date() })
      .where(and(eq(planComments.id, id), eq(planComments.planId, planId)))
      .returning();
    if (!row) throw notFound(`comment ${id}`);
    await writeAudit(tx, ctx.actor, {
      action: 'resolve',
      entity: 'comment',
      entityId: id,
      orgId: plan.orgId,
      planId,
    });
    return row;
  });
}
