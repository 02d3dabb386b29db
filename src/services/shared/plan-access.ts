import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { findPlan, type PlanRow } from '../../db/repositories/plan-rows';
import { plans } from '../../db/schema';
import { AppError, notFound } from '../errors';

/** Statuses in which a plan's content may change; approved and archived plans are read-only. */
const EDITABLE_STATUSES = new Set(['draft', 'submitted']);

export async function requirePlan(tx: Tx, planId: number): Promise<PlanRow> {
  const plan = await findPlan(tx, planId);
  if (!plan) throw notFound(`plan ${planId}`);
  return plan;
}

/**
 * Loads a plan for a change to its content and locks its row, so that concurrent element
 * edits of one plan serialise and a replace-import cannot interleave with them.
 */
export async function requireEditablePlan(tx: Tx, planId: number): Promise<PlanRow> {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
  if (!plan) throw notFound(`plan ${planId}`);
  if (!EDITABLE_STATUSES.has(plan.status)) {
    throw new AppError(
      'conflict',
      `plan ${planId} is ${plan.status} and therefore read-only; an administrator must reopen it before it can change`,
      [],
      { status: plan.status },
    );
  }
  return plan;
}

/** Marks the plan as changed (its `updated_at`), without touching its own version. */
export async function touchPlan(tx: Tx, planId: number): Promise<void> {
  await tx.update(plans).set({ updatedAt: sql`now()` }).where(eq(plans.id, planId));
}
