import { z } from 'zod';
import { PLAN_FORMAT, PlanFileSchema } from './plan-document';

/** The JSON Schema of plan files (docs/plan.schema.json), generated from the Zod schema. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanFileSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://stratmap.local/plan.schema.json',
    title: `Stratmap plan document (${PLAN_FORMAT})`,
    description:
      'One plan of one organisation for one ROC year, or { "plans": [ … ] }. Codes are the truth: AC1 = theme A, ' +
      "perspective C (顧客), objective 1; AC1.1 its KPI; AC1.1.1 that KPI's action plan; F1 a shared objective; TC1 city-wide.",
  };
}
