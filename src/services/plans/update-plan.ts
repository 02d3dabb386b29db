import { z } from 'zod';
import type { PlanRow } from '../../db/repositories/plan-rows';
import { plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';
import { PlanFields } from './plan-fields';

export const UpdatePlanInput = PlanFields.extend({ version: z.number().int().positive() });

/** Changes mission, vision, core values, title, issued date, perspective order or scoring settings. */
export async function updatePlan(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof UpdatePlanInput>,
): Promise<PlanRow> {
  const input = parseInput(UpdatePlanInput, raw);
  return inTransaction(ctx, async (tx) => {
    await requireEditablePlan(tx, ctx, planId);
    const before = await lockVersionedRow(tx, plans, 'plan', planId, { version: input.version });
    const values: Partial<typeof plans.$inferInsert> = { updatedAt: new Date() };
    if (input.title !== undefined) values.title = input.title;
    if (input.issued !== undefined) values.issuedOn = input.issued;
    if (input.mission !== undefined) values.mission = input.mission;
    if (input.vision !== undefined) values.vision = input.vision;
    if (input.coreValues !== undefined) values.coreValues = input.coreValues;
    if (input.perspectiveOrder !== undefined) values.perspectiveOrder = input.perspectiveOrder;
    if (input.scoring !== undefined) values.scoring = input.scoring;
    const after = await updateVersionedRow(tx, plans, planId, values);
    await writeAudit(tx, ctx.actor, {
      action: 'update',
      entity: 'plan',
      entityId: planId,
      orgId: after.orgId,
      planId,
      before,
      after,
    });
    return after;
  });
}
