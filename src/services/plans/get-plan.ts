import { and, eq } from 'drizzle-orm';
import { findOrgByName } from '../../db/repositories/organizations';
import { planDocumentOfRows } from '../../db/repositories/plan-document';
import { loadPlanRows, type PlanRows } from '../../db/repositories/plan-rows';
import { plans } from '../../db/schema';
import type { PlanDocument } from '../../domain/plan-document';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { requireDirectoryAccess } from '../shared/directory-access';
import { requireReadablePlan } from '../shared/plan-access';

/** A stored plan with every element, ids and versions included (for editing). */
export async function getPlan(ctx: ServiceContext, planId: number): Promise<PlanRows> {
  const plan = await requireReadablePlan(ctx.db, ctx, planId);
  return loadPlanRows(ctx.db, plan);
}

/** A stored plan as a `stratmap.plan/1` document. */
export async function getPlanDocument(ctx: ServiceContext, planId: number): Promise<PlanDocument> {
  return planDocumentOfRows(await getPlan(ctx, planId));
}

/** Finds the plan of an organisation (by name) and ROC year. */
export async function findPlanId(ctx: ServiceContext, orgName: string, year: number): Promise<number> {
  await requireDirectoryAccess(ctx);
  const org = await findOrgByName(ctx.db, orgName);
  if (!org) throw notFound(`organisation "${orgName}"`);
  const [row] = await ctx.db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.orgId, org.id), eq(plans.year, year)));
  if (!row) throw notFound(`a plan of ${org.name} for year ${year}`);
  return row.id;
}
