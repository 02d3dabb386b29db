import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow } from '../shared/versioned-row';

type ElementTable = PgTable & { id: PgColumn; planId: PgColumn; version: PgColumn };

/**
 * The common shape of deleting one element of an editable plan: check the plan, the row and the
 * version the caller saw, delete (children go with it by foreign-key cascade), audit.
 */
export async function deleteElement(
  ctx: ServiceContext,
  table: ElementTable,
  entity: string,
  planId: number,
  id: number,
  version: number | undefined,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    const before = await lockVersionedRow(tx, table, entity, id, { planId, version });
    await tx.delete(table).where(eq(table.id, id));
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'delete',
      entity,
      entityId: id,
      orgId: plan.orgId,
      planId,
      before,
    });
  });
}
