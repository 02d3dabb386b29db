import { eq } from 'drizzle-orm';
import { planDocumentOfRows } from '../../db/repositories/plan-document';
import { loadPlanRows } from '../../db/repositories/plan-rows';
import { plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { requireEditablePlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow } from '../shared/versioned-row';

/** Deletes a plan and all its elements; the audit keeps the whole document it had. */
export async function deletePlan(ctx: ServiceContext, planId: number, version?: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await requireEditablePlan(tx, ctx, planId);
    const plan = await lockVersionedRow(tx, plans, 'plan', planId, { version });
    const document = planDocumentOfRows(await loadPlanRows(tx, plan));
    await tx.delete(plans).where(eq(plans.id, planId));
    await writeAudit(tx, ctx.actor, {
      action: 'delete',
      entity: 'plan',
      entityId: planId,
      orgId: plan.orgId,
      planId,
      before: document,
    });
  });
}
