import { z } from 'zod';
import type { KpiRow } from '../../db/repositories/plan-rows';
import { kpis } from '../../db/schema';
import type { ServiceContext } from '../context';
import { refuseBeyondLimit } from '../plans/plan-size';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import {
  elementCode,
  elementName,
  kpiNote,
  kpiScoringInputs,
  kpiScoringValues,
  optionalText,
  position,
} from './element-inputs';
import { nextPosition, objectiveIdForKpiCode } from './element-lookup';

export const CreateKpiInput = z.object({
  code: elementCode,
  name: elementName,
  formula: optionalText(1000),
  note: kpiNote,
  unit: optionalText(50),
  ...kpiScoringInputs,
  position: position.optional(),
});

/** Adds a KPI under the objective its code names (AC1.1 → AC1). */
export async function createKpi(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof CreateKpiInput>,
): Promise<KpiRow> {
  const input = parseInput(CreateKpiInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    await refuseBeyondLimit(tx, planId, 'kpis');
    const objectiveId = await objectiveIdForKpiCode(tx, planId, input.code);
    const [row] = await tx
      .insert(kpis)
      .values({
        planId,
        objectiveId,
        code: input.code,
        name: input.name,
        formula: input.formula ?? null,
        note: input.note ?? null,
        unit: input.unit ?? null,
        ...kpiScoringValues(input),
        position: input.position ?? (await nextPosition(tx, kpis, planId)),
      })
      .returning();
    const kpi = row as KpiRow;
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'kpi',
      entityId: kpi.id,
      orgId: plan.orgId,
      planId,
      after: kpi,
    });
    return kpi;
  });
}
