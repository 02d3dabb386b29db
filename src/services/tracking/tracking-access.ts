import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { findOrgById } from '../../db/repositories/organizations';
import type { PlanRow } from '../../db/repositories/plan-rows';
import { periodLocks, plans } from '../../db/schema';
import { isAdmin } from '../../domain/authz';
import { formatPeriod, parsePeriod, periodContains } from '../../domain/periods';
import type { ServiceContext } from '../context';
import { AppError, type FieldIssue, notFound } from '../errors';
import { authorize } from '../shared/authorize';
import { canReadPlan } from '../shared/plan-access';

/**
 * Loads a plan for a write of results, locking its row so that entries, uploads and period locks
 * of one plan serialise (a lock cannot slip in between a check and a write).
 */
async function lockPlanForResults(tx: Tx, ctx: ServiceContext, planId: number): Promise<PlanRow> {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
  if (!plan || !(await canReadPlan(tx, ctx, plan))) {
    if (ctx.principal.kind === 'anonymous') throw new AppError('unauthorized', 'sign in first');
    throw notFound(`plan ${planId}`);
  }
  return plan;
}

/**
 * Actuals are entered while a plan is tracked: reporters, editors and administrators of the
 * organisation, on a plan in any status but archived (tracking happens after approval, and goes
 * on while an approved plan is reopened for a change).
 */
export async function requirePlanForActuals(tx: Tx, ctx: ServiceContext, planId: number): Promise<PlanRow> {
  const plan = await lockPlanForResults(tx, ctx, planId);
  const org = await findOrgById(tx, plan.orgId);
  await authorize(tx, ctx, 'results.write', plan.orgId, org?.name);
  if (plan.status === 'archived') {
    throw new AppError('conflict', `the ${plan.year} plan is archived; its results can no longer change`);
  }
  return plan;
}

/**
 * Targets are part of what a plan commits to: editors set them while the plan is a draft. Once
 * submitted or approved only an administrator (the planning office) adjusts them, e.g. after a
 * budget revision; every adjustment is in the audit trail. Archived plans are closed.
 */
export async function requirePlanForTargets(tx: Tx, ctx: ServiceContext, planId: number): Promise<PlanRow> {
  const plan = await lockPlanForResults(tx, ctx, planId);
  const org = await findOrgById(tx, plan.orgId);
  await authorize(tx, ctx, 'plan.write', plan.orgId, org?.name);
  if (plan.status === 'draft' || (plan.status !== 'archived' && isAdmin(ctx.principal))) return plan;
  throw new AppError(
    'conflict',
    `the ${plan.year} plan of ${org?.name ?? 'this organisation'} is ${plan.status}: targets are set while it is a draft, and afterwards only an administrator can adjust them`,
    [],
    { status: plan.status },
  );
}

/** Admin only: the planning office closes and reopens periods. */
export async function requirePlanForLocks(tx: Tx, ctx: ServiceContext, planId: number): Promise<PlanRow> {
  const plan = await lockPlanForResults(tx, ctx, planId);
  await authorize(tx, ctx, 'plan.review', plan.orgId);
  return plan;
}

export type PeriodLockRow = typeof periodLocks.$inferSelect;

export async function locksOf(tx: Tx, planId: number): Promise<PeriodLockRow[]> {
  return tx.select().from(periodLocks).where(eq(periodLocks.planId, planId));
}

/** A locked year closes its halves, quarters and months too. */
export function lockCovering(locks: PeriodLockRow[], period: string): PeriodLockRow | undefined {
  return locks.find((l) => periodContains(l.period, period));
}

/** Refuses (409) results for locked periods, naming each one and who locked it. */
export function refuseLocked(locks: PeriodLockRow[], periods: Iterable<string>): void {
  const hits = new Map<string, PeriodLockRow>();
  for (const p of periods) {
    const lock = lockCovering(locks, p);
    if (lock) hits.set(p, lock);
  }
  if (hits.size === 0) return;
  const list = [...hits].map(([p, l]) => `${p} (locked as ${l.period} by ${l.lockedBy})`).join(', ');
  throw new AppError(
    'conflict',
    `period ${list} is locked: its results can no longer change; ask an administrator to unlock it`,
    [...hits].map(([p]) => ({ path: 'period', message: `${p} is locked` })),
    { lockedPeriods: [...hits.keys()] },
  );
}

/**
 * A period text of the plan's year, canonical (`110q1` → `110Q1`), or an issue saying what is
 * wrong with it. Results are entered into the plan of their own year.
 */
export function periodOfPlan(
  text: unknown,
  planYear: number,
  path: string,
): { period: string } | { issue: FieldIssue } {
  if (typeof text !== 'string' || text.trim() === '') {
    return { issue: { path, message: 'a period is required, e.g. 110Q1' } };
  }
  const r = parsePeriod(text);
  if (!r.ok) return { issue: { path, message: r.error.en } };
  if (r.period.year !== planYear) {
    return {
      issue: { path, message: `period ${text.trim()} is not in the plan's year ${planYear}` },
    };
  }
  return { period: formatPeriod(r.period) };
}
