import { count, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { actions, kpiActuals, kpis, kpiTargets, ksfs, links, objectives } from '../../db/schema';
import type { PlanDocument } from '../../domain/plan-document';
import {
  type LimitExcess,
  type LimitedElement,
  limitExcess,
  PLAN_LIMITS,
  planLimitExcesses,
} from '../../domain/plan-limits';
import { AppError } from '../errors';

const LEADS = {
  plan: ['the plan is too large', '計畫過大'],
  document: ['the document is too large', '文件過大'],
  addition: ['this would make the plan too large', '計畫將超過大小上限'],
} as const;

function tooLarge(excesses: LimitExcess[], lead: keyof typeof LEADS): AppError {
  const first = excesses[0] as LimitExcess;
  const [en, zh] = LEADS[lead];
  return new AppError(
    'too_large',
    `${en}: ${first.message}; split it into smaller plans or leave out what is not needed. Nothing was stored`,
    excesses.map((e) => ({ path: e.path, message: e.message })),
    {
      code: 'plan-too-large',
      messageZh: `${zh}：${first.messageZh}，未儲存任何內容`,
      limits: excesses.map(({ element, path, count, limit }) => ({ element, path, count, limit })),
    },
  );
}

/**
 * Refuses plan documents beyond the size limits (413, every excess named with its path), before
 * anything reads or writes the database: the import route, the CLI and the preview call it.
 */
export function checkPlanSizes(docs: PlanDocument[]): void {
  const several = docs.length > 1;
  const excesses = docs.flatMap((doc, i) =>
    planLimitExcesses(doc).map((e) => (several ? { ...e, path: `plans.${i}.${e.path}` } : e)),
  );
  if (excesses.length > 0) throw tooLarge(excesses, several ? 'document' : 'plan');
}

const TABLES = { objectives, ksfs, kpis, actions, links, targets: kpiTargets, actuals: kpiActuals };

/**
 * Refuses to add `adding` rows of a kind to a stored plan beyond its limit (413). Called inside
 * the change's transaction after the plan row is locked, so concurrent additions are counted.
 */
export async function refuseBeyondLimit(
  tx: Tx,
  planId: number,
  element: Exclude<LimitedElement, 'themeMembers'>,
  adding = 1,
): Promise<void> {
  const table = TABLES[element];
  const [row] = await tx.select({ n: count() }).from(table).where(eq(table.planId, planId));
  refuseBeyond(element, Number(row?.n ?? 0) + adding);
}

/** Refuses a change that would leave a plan with `total` rows of a kind, beyond its limit (413). */
export function refuseBeyond(element: LimitedElement, total: number): void {
  if (total > PLAN_LIMITS[element]) throw tooLarge([limitExcess(element, total)], 'addition');
}
