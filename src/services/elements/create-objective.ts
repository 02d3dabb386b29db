import { z } from 'zod';
import type { ObjectiveRow } from '../../db/repositories/plan-rows';
import { objectives } from '../../db/schema';
import { parseCodeOfKind } from '../../domain/codes';
import type { ServiceContext } from '../context';
import { refuseBeyondLimit } from '../plans/plan-size';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { elementCode, elementName, position, weight } from './element-inputs';
import { codeIssue, nextPosition, themeIdForObjectiveCode } from './element-lookup';

export const CreateObjectiveInput = z.object({
  code: elementCode,
  name: elementName,
  weight: weight.optional(),
  position: position.optional(),
});

/** Adds a strategic objective; its theme and perspective follow from its code. */
export async function createObjective(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof CreateObjectiveInput>,
): Promise<ObjectiveRow> {
  const input = parseInput(CreateObjectiveInput, raw);
  const parsed = parseCodeOfKind(input.code, 'objective');
  if (!parsed) throw codeIssue('code', `"${input.code}" is not an objective code (e.g. AC1, F1, TC1)`);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    await refuseBeyondLimit(tx, planId, 'objectives');
    const themeId = await themeIdForObjectiveCode(tx, planId, input.code);
    const [row] = await tx
      .insert(objectives)
      .values({
        planId,
        themeId,
        code: input.code,
        perspective: parsed.perspective,
        name: input.name,
        weight: input.weight ?? 1,
        position: input.position ?? (await nextPosition(tx, objectives, planId)),
      })
      .returning();
    const objective = row as ObjectiveRow;
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'objective',
      entityId: objective.id,
      orgId: plan.orgId,
      planId,
      after: objective,
    });
    return objective;
  });
}
