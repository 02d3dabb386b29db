import { eq } from 'drizzle-orm';
import { kpiActuals, kpis } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow } from '../shared/versioned-row';
import { locksOf, refuseLocked, requirePlanForActuals } from './tracking-access';

/** Removes an actual entered by mistake (same rights as entering it; not in a locked period). */
export async function deleteActual(
  ctx: ServiceContext,
  planId: number,
  id: number,
  version: number | undefined,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const plan = await requirePlanForActuals(tx, ctx, planId);
    const before = await lockVersionedRow(tx, kpiActuals, 'actual', id, { planId, version });
    refuseLocked(await locksOf(tx, planId), [before.period]);
    const [kpi] = await tx.select({ code: kpis.code }).from(kpis).where(eq(kpis.id, before.kpiId));
    await tx.delete(kpiActuals).where(eq(kpiActuals.id, id));
    await writeAudit(tx, ctx.actor, {
      action: 'actuals.delete',
      entity: 'actual',
      entityId: id,
      orgId: plan.orgId,
      planId,
      before: { ...before, kpi: kpi?.code ?? null },
    });
  });
}
