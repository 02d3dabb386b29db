import { eq } from 'drizzle-orm';
import { objectives, themes } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow } from '../shared/versioned-row';

/** Deletes a theme together with its objectives (and their KSFs, KPIs, action plans, links). */
export async function deleteTheme(
  ctx: ServiceContext,
  planId: number,
  id: number,
  version?: number,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    const before = await lockVersionedRow(tx, themes, 'theme', id, { planId, version });
    const removed = await tx.delete(objectives).where(eq(objectives.themeId, id)).returning();
    await tx.delete(themes).where(eq(themes.id, id));
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'delete',
      entity: 'theme',
      entityId: id,
      orgId: plan.orgId,
      planId,
      before: { ...before, objectives: removed },
    });
  });
}
