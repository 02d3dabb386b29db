import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { periodLocks } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { type PeriodLockRow, periodOfPlan, requirePlanForLocks } from './tracking-access';

export const PeriodInput = z.object({ period: z.string({ error: 'period must be text such as "110Q1"' }) });

function periodOrRefuse(text: string, year: number): string {
  const p = periodOfPlan(text, year, 'period');
  if ('issue' in p) throw new AppError('validation', p.issue.message, [p.issue]);
  return p.period;
}

/**
 * Closes a period of a plan for entry (admin): its targets and actuals can no longer change,
 * and locking a year closes its halves, quarters and months with it.
 */
export async function lockPeriod(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof PeriodInput>,
): Promise<PeriodLockRow> {
  const input = parseInput(PeriodInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requirePlanForLocks(tx, ctx, planId);
    const period = periodOrRefuse(input.period, plan.year);
    const [existing] = await tx
      .select()
      .from(periodLocks)
      .where(and(eq(periodLocks.planId, planId), eq(periodLocks.period, period)));
    if (existing) {
      throw new AppError('conflict', `period ${period} is already locked (by ${existing.lockedBy})`);
    }
    const [row] = await tx.insert(periodLocks).values({ planId, period, lockedBy: ctx.actor }).returning();
    const lock = row as PeriodLockRow;
    await writeAudit(tx, ctx.actor, {
      action: 'period.lock',
      entity: 'period_lock',
      entityId: lock.id,
      orgId: plan.orgId,
      planId,
      after: lock,
    });
    return lock;
  });
}

/** Reopens a locked period of a plan (admin). */
export async function unlockPeriod(ctx: ServiceContext, planId: number, periodText: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const plan = await requirePlanForLocks(tx, ctx, planId);
    const period = periodOrRefuse(periodText, plan.year);
    const [row] = await tx
      .delete(periodLocks)
      .where(and(eq(periodLocks.planId, planId), eq(periodLocks.period, period)))
      .returning();
    if (!row) throw notFound(`a lock on period ${period} of plan ${planId}`);
    await writeAudit(tx, ctx.actor, {
      action: 'period.unlock',
      entity: 'period_lock',
      entityId: row.id,
      orgId: plan.orgId,
      planId,
      before: row,
    });
  });
}
