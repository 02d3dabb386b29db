import { planDocumentOfRows } from '../../db/repositories/plan-document';
import { loadPlanRows, type PlanRows } from '../../db/repositories/plan-rows';
import { scorePlanDocument } from '../../domain/plan-scoring';
import type { PlanScore } from '../../domain/scoring';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireReadablePlan } from '../shared/plan-access';
import { periodOfPlan } from './tracking-access';

export interface PlanScores {
  rows: PlanRows;
  score: PlanScore;
}

/** The plan scored for one period of its year (the whole year by default), by `scorePlan`. */
export async function getPlanScores(
  ctx: ServiceContext,
  planId: number,
  period?: string,
): Promise<PlanScores> {
  const plan = await requireReadablePlan(ctx.db, ctx, planId);
  const p = periodOfPlan(period ?? String(plan.year), plan.year, 'period');
  if ('issue' in p) throw new AppError('validation', p.issue.message, [p.issue]);
  const rows = await loadPlanRows(ctx.db, plan);
  return { rows, score: scorePlanDocument(planDocumentOfRows(rows), p.period) };
}
