import { z } from 'zod';
import type { ActionRow } from '../../db/repositories/plan-rows';
import { actions } from '../../db/schema';
import type { ServiceContext } from '../context';
import { refuseBeyondLimit } from '../plans/plan-size';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { elementCode, elementName, position } from './element-inputs';
import { kpiIdForActionCode, nextPosition } from './element-lookup';

export const CreateActionInput = z.object({
  code: elementCode,
  name: elementName,
  position: position.optional(),
});

/** Adds an action plan under the KPI its code names (AC1.1.1 → AC1.1). */
export async function createAction(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof CreateActionInput>,
): Promise<ActionRow> {
  const input = parseInput(CreateActionInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    await refuseBeyondLimit(tx, planId, 'actions');
    const kpiId = await kpiIdForActionCode(tx, planId, input.code);
    const [row] = await tx
      .insert(actions)
      .values({
        planId,
        kpiId,
        code: input.code,
        name: input.name,
        position: input.position ?? (await nextPosition(tx, actions, planId)),
      })
      .returning();
    const action = row as ActionRow;
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'action',
      entityId: action.id,
      orgId: plan.orgId,
      planId,
      after: action,
    });
    return action;
  });
}
