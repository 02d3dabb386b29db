import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { findOrgById } from '../../db/repositories/organizations';
import { findPlan, type PlanRow } from '../../db/repositories/plan-rows';
import { plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { allows, authorize, scopeOrgIds } from './authorize';
import { publicReadEnabled } from './settings-store';

/** Published plans: readable by every signed-in user, and by anyone when the instance allows it. */
export const PUBLISHED_STATUSES: ReadonlySet<string> = new Set(['approved', 'archived']);

const READ_ONLY_REASON: Record<string, string> = {
  submitted: 'is submitted for review; withdraw it (or have it returned) before changing it',
  approved:
    'is approved and therefore read-only; an administrator must reopen it (with a reason) before it can change',
  archived: 'is archived and read-only',
};

export async function canReadPlan(
  db: Tx | ServiceContext['db'],
  ctx: ServiceContext,
  plan: PlanRow,
): Promise<boolean> {
  if (PUBLISHED_STATUSES.has(plan.status)) {
    if (ctx.principal.kind !== 'anonymous') return true;
    return publicReadEnabled(db);
  }
  if (ctx.principal.kind === 'anonymous') return false;
  return allows(db, ctx, 'plan.read', plan.orgId);
}

/** A plan the principal may read; otherwise 404 (anonymous: 401), so other agencies' drafts do not leak. */
export async function requireReadablePlan(
  db: Tx | ServiceContext['db'],
  ctx: ServiceContext,
  planId: number,
) {
  return ensureReadable(db, ctx, planId, await findPlan(db, planId));
}

/** The read rule for a plan row already at hand (e.g. from a cache). */
export async function ensureReadable(
  db: Tx | ServiceContext['db'],
  ctx: ServiceContext,
  planId: number,
  plan: PlanRow | undefined,
): Promise<PlanRow> {
  if (plan && (await canReadPlan(db, ctx, plan))) return plan;
  if (ctx.principal.kind === 'anonymous')
    throw new AppError('unauthorized', 'sign in first to read this plan');
  throw notFound(`plan ${planId}`);
}

export async function requirePlan(tx: Tx, planId: number): Promise<PlanRow> {
  const plan = await findPlan(tx, planId);
  if (!plan) throw notFound(`plan ${planId}`);
  return plan;
}

/**
 * Loads a plan for a change to its content: the principal must be allowed to write the
 * organisation's plans and the plan must be a draft. Locks its row, so that concurrent element
 * edits of one plan serialise and a replace-import cannot interleave with them.
 */
export async function requireEditablePlan(tx: Tx, ctx: ServiceContext, planId: number): Promise<PlanRow> {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
  if (!plan || !(await canReadPlan(tx, ctx, plan))) {
    if (ctx.principal.kind === 'anonymous')
      throw new AppError('unauthorized', 'sign in first to change plans');
    throw notFound(`plan ${planId}`);
  }
  const org = await findOrgById(tx, plan.orgId);
  await authorize(tx, ctx, 'plan.write', plan.orgId, org?.name);
  if (plan.status !== 'draft') {
    throw new AppError(
      'conflict',
      `the ${plan.year} plan of ${org?.name ?? 'this organisation'} ${READ_ONLY_REASON[plan.status]}`,
      [],
      {
        status: plan.status,
      },
    );
  }
  return plan;
}

/** Marks the plan as changed (its `updated_at`), without touching its own version. */
export async function touchPlan(tx: Tx, planId: number): Promise<void> {
  await tx.update(plans).set({ updatedAt: sql`now()` }).where(eq(plans.id, planId));
}

/**
 * A predicate over plans equivalent to `canReadPlan`, computed with one query for the whole list
 * (listing every plan of a city must not cost a query per plan).
 */
export async function planReadFilter(
  db: Tx | ServiceContext['db'],
  ctx: ServiceContext,
): Promise<(plan: Pick<PlanRow, 'orgId' | 'status'>) => boolean> {
  const publicRead = ctx.principal.kind === 'anonymous' ? await publicReadEnabled(db) : true;
  const scope = ctx.principal.kind === 'anonymous' ? [] : await scopeOrgIds(db, ctx.principal);
  const inScope = scope === null ? null : new Set(scope);
  return (plan) => {
    if (PUBLISHED_STATUSES.has(plan.status)) return publicRead;
    return inScope === null || inScope.has(plan.orgId);
  };
}
