import { and, eq } from 'drizzle-orm';
import { findOrgByName } from '../../db/repositories/organizations';
import { insertPlanElements, planDocumentOfRows } from '../../db/repositories/plan-document';
import { loadPlanRows, type PlanRow } from '../../db/repositories/plan-rows';
import { plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { requireReadablePlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { checkPlanSizes } from './plan-size';

/**
 * Carries a plan into the next year as a new draft: mission, vision, values, themes, objectives,
 * KSFs, KPIs, action plans and links come along; status, issued date and results do not.
 */
export async function copyPlanToNextYear(ctx: ServiceContext, planId: number): Promise<PlanRow> {
  return inTransaction(ctx, async (tx) => {
    const source = await requireReadablePlan(tx, ctx, planId);
    await authorize(tx, ctx, 'plan.write', source.orgId);
    const year = source.year + 1;
    const [clash] = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.orgId, source.orgId), eq(plans.year, year)));
    if (clash) {
      throw new AppError(
        'conflict',
        `this organisation already has a plan for ${year} (plan ${clash.id})`,
        [],
        {
          planId: clash.id,
        },
      );
    }
    // Definitions, weights and scoring settings carry forward; targets and actuals belong to their year.
    const {
      targets: _targets,
      actuals: _actuals,
      ...document
    } = planDocumentOfRows(await loadPlanRows(tx, source));
    checkPlanSizes([document]);
    const [row] = await tx
      .insert(plans)
      .values({
        orgId: source.orgId,
        year,
        title: source.title,
        status: 'draft',
        issuedOn: null,
        mission: source.mission,
        vision: source.vision,
        coreValues: source.coreValues,
        perspectiveOrder: source.perspectiveOrder,
        scoring: source.scoring,
      })
      .returning();
    const plan = row as PlanRow;
    const orgIds = new Map<string, number>();
    for (const t of document.themes) {
      if (!t.cascadesFrom) continue;
      const org = await findOrgByName(tx, t.cascadesFrom.org);
      if (org) orgIds.set(t.cascadesFrom.org, org.id);
      // A cascade pinned to the source year follows the plan into the next year.
      if (t.cascadesFrom.year === source.year) t.cascadesFrom.year = year;
    }
    await insertPlanElements(
      tx,
      plan.id,
      { ...document, year },
      (name) => orgIds.get(name) as number,
      ctx.actor,
    );
    await writeAudit(tx, ctx.actor, {
      action: 'copy',
      entity: 'plan',
      entityId: plan.id,
      orgId: plan.orgId,
      planId: plan.id,
      before: { copiedFrom: planId, year: source.year },
      after: { ...document, year, status: 'draft' },
    });
    return plan;
  });
}
