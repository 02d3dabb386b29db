import { findOrgById } from '../../db/repositories/organizations';
import type { PlanRow } from '../../db/repositories/plan-rows';
import { countDiffRows, type DiffCounts, type DiffRow, yearDiffRows } from '../../domain/plan-diff-rows';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireReadablePlan } from '../shared/plan-access';
import { getPlanDocument } from './get-plan';

export interface PlanDiff {
  org: { id: number; name: string };
  /** The earlier year, shown on the left. */
  left: Pick<PlanRow, 'id' | 'year' | 'status'>;
  /** The later year, shown on the right. */
  right: Pick<PlanRow, 'id' | 'year' | 'status'>;
  rows: DiffRow[];
  counts: DiffCounts;
}

/**
 * Two years of one organisation's plan compared element by element, the earlier year on the left
 * whichever was asked first. Both plans must be readable (else 404, so drafts of other agencies
 * stay hidden); plans of different organisations are not two years of one plan (400).
 */
export async function diffPlanYears(
  ctx: ServiceContext,
  planId: number,
  againstId: number,
): Promise<PlanDiff> {
  const plan = await requireReadablePlan(ctx.db, ctx, planId);
  const against = await requireReadablePlan(ctx.db, ctx, againstId);
  if (plan.id === against.id) {
    throw new AppError(
      'validation',
      `plan ${planId} compared with itself shows nothing; choose another year`,
      [{ path: 'against', message: 'choose a plan of another year of the same organisation' }],
    );
  }
  if (plan.orgId !== against.orgId) {
    const [a, b] = [await findOrgById(ctx.db, plan.orgId), await findOrgById(ctx.db, against.orgId)];
    const message = `plan ${planId} belongs to ${a?.name ?? plan.orgId} and plan ${againstId} to ${b?.name ?? against.orgId}: only two years of one organisation's plan can be compared`;
    throw new AppError('validation', message, [{ path: 'against', message }]);
  }
  const [left, right] = plan.year < against.year ? [plan, against] : [against, plan];
  const org = await findOrgById(ctx.db, plan.orgId);
  const rows = yearDiffRows(await getPlanDocument(ctx, left.id), await getPlanDocument(ctx, right.id));
  return {
    org: { id: plan.orgId, name: org?.name ?? '' },
    left: { id: left.id, year: left.year, status: left.status },
    right: { id: right.id, year: right.year, status: right.status },
    rows,
    counts: countDiffRows(rows),
  };
}
