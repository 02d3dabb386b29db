import { type Finding, lintPlan } from '../../domain/lint';
import type { PlanDocument } from '../../domain/plan-document';
import type { ServiceContext } from '../context';
import { findPlanId, getPlanDocument } from '../plans/get-plan';

/** Findings for plan documents that did not come from a text document (JSON files, stored plans). */
export function lintPlanDocuments(docs: PlanDocument[]): Finding[] {
  return docs.flatMap((doc) => lintPlan(doc));
}

export type StoredPlanRef = { planId: number } | { org: string; year: number };

/**
 * Findings for a stored plan. Without the source document the rules that compare against it
 * (stated counts, spellings met, source lines) have nothing to say; the others run as on import.
 */
export async function lintStoredPlan(ctx: ServiceContext, ref: StoredPlanRef): Promise<Finding[]> {
  const planId = 'planId' in ref ? ref.planId : await findPlanId(ctx, ref.org, ref.year);
  return lintPlan(await getPlanDocument(ctx, planId));
}
