import { z } from 'zod';
import type { KpiRow } from '../../db/repositories/plan-rows';
import { kpis } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';
import {
  elementCode,
  elementName,
  kpiNote,
  kpiScoringInputs,
  kpiScoringValues,
  optionalText,
  position,
  version,
} from './element-inputs';
import { objectiveIdForKpiCode, rebaseKpi } from './element-lookup';

export const UpdateKpiInput = z.object({
  version,
  code: elementCode.optional(),
  name: elementName.optional(),
  formula: optionalText(1000),
  note: kpiNote,
  unit: optionalText(50),
  ...kpiScoringInputs,
  position: position.optional(),
});

/**
 * Renames, recodes (moving it to the objective its new code names) or redefines a KPI, its
 * scoring fields included. A definition change: editors, draft plans only.
 */
export async function updateKpi(
  ctx: ServiceContext,
  planId: number,
  id: number,
  raw: z.input<typeof UpdateKpiInput>,
): Promise<KpiRow> {
  const input = parseInput(UpdateKpiInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    const before = await lockVersionedRow(tx, kpis, 'kpi', id, { planId, version: input.version });
    const values: Partial<typeof kpis.$inferInsert> = kpiScoringValues(input);
    if (input.name !== undefined) values.name = input.name;
    if (input.formula !== undefined) values.formula = input.formula;
    if (input.note !== undefined) values.note = input.note;
    if (input.unit !== undefined) values.unit = input.unit;
    if (input.position !== undefined) values.position = input.position;
    if (input.code !== undefined && input.code !== before.code) {
      values.objectiveId = await objectiveIdForKpiCode(tx, planId, input.code);
    }
    let after = await updateVersionedRow(tx, kpis, id, values);
    if (input.code !== undefined && input.code !== before.code) {
      await rebaseKpi(tx, planId, id, before.code, input.code);
      after = { ...after, code: input.code, version: after.version + 1 };
    }
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'update',
      entity: 'kpi',
      entityId: id,
      orgId: plan.orgId,
      planId,
      before,
      after,
    });
    return after;
  });
}
