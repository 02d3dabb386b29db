import { z } from 'zod';
import type { ActionRow } from '../../db/repositories/plan-rows';
import { actions } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';
import { followElementCode } from './comment-codes';
import { elementCode, elementName, position, version } from './element-inputs';
import { kpiIdForActionCode } from './element-lookup';

export const UpdateActionInput = z.object({
  version,
  code: elementCode.optional(),
  name: elementName.optional(),
  position: position.optional(),
});

/** Renames, recodes (moving it to the KPI its new code names) or moves an action plan. */
export async function updateAction(
  ctx: ServiceContext,
  planId: number,
  id: number,
  raw: z.input<typeof UpdateActionInput>,
): Promise<ActionRow> {
  const input = parseInput(UpdateActionInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    const before = await lockVersionedRow(tx, actions, 'action', id, { planId, version: input.version });
    const values: Partial<typeof actions.$inferInsert> = {};
    if (input.name !== undefined) values.name = input.name;
    if (input.position !== undefined) values.position = input.position;
    if (input.code !== undefined && input.code !== before.code) {
      values.code = input.code;
      values.kpiId = await kpiIdForActionCode(tx, planId, input.code);
    }
    const after = await updateVersionedRow(tx, actions, id, values);
    if (values.code) await followElementCode(tx, planId, 'action', before.code, values.code);
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'update',
      entity: 'action',
      entityId: id,
      orgId: plan.orgId,
      planId,
      before,
      after,
    });
    return after;
  });
}
