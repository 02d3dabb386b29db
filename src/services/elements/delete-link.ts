import { and, eq } from 'drizzle-orm';
import { links } from '../../db/schema';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { writeAudit } from '../shared/audit';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';

export async function deleteLink(ctx: ServiceContext, planId: number, id: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    const [before] = await tx
      .delete(links)
      .where(and(eq(links.id, id), eq(links.planId, planId)))
      .returning();
    if (!before) throw notFound(`link ${id}`);
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'delete',
      entity: 'link',
      entityId: id,
      orgId: plan.orgId,
      planId,
      before,
    });
  });
}
