import { type DemoCityOptions, demoCityYear, demoCityYears } from '../../domain/demo-city';
import { PlanDocumentSchema } from '../../domain/plan-document';
import type { ServiceContext } from '../context';
import { importPlanDocuments } from '../plans/import-plan-documents';
import { authorize } from '../shared/authorize';

export interface DemoCityProgress {
  year: number;
  plans: number;
  ms: number;
}

/**
 * Fills the database with the synthetic city through the ordinary import use case (one
 * transaction per year), so it produces exactly the rows real imports would.
 */
export async function createDemoCity(
  ctx: ServiceContext,
  options: DemoCityOptions,
  onYear: (progress: DemoCityProgress) => void = () => {},
): Promise<{ plans: number; years: number[] }> {
  await authorize(ctx.db, ctx, 'org.manage', null);
  const years = demoCityYears(options);
  let plans = 0;
  for (const year of years) {
    const started = performance.now();
    const docs = demoCityYear(options, year).map((d) => PlanDocumentSchema.parse(d));
    await importPlanDocuments(ctx, docs, { replace: true });
    plans += docs.length;
    onYear({ year, plans: docs.length, ms: Math.round(performance.now() - started) });
  }
  return { plans, years };
}
