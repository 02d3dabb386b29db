import { z } from 'zod';
import type { ObjectiveRow } from '../../db/repositories/plan-rows';
import { objectives } from '../../db/schema';
import { parseCodeOfKind } from '../../domain/codes';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';
import { elementCode, elementName, position, version, weight } from './element-inputs';
import { codeIssue, rebaseObjectiveChildren, themeIdForObjectiveCode } from './element-lookup';

export const UpdateObjectiveInput = z.object({
  version,
  code: elementCode.optional(),
  name: elementName.optional(),
  weight: weight.optional(),
  position: position.optional(),
});

/** Renames, recodes (its KPIs and action plans follow) or moves an objective. */
export async function updateObjective(
  ctx: ServiceContext,
  planId: number,
  id: number,
  raw: z.input<typeof UpdateObjectiveInput>,
): Promise<ObjectiveRow> {
  const input = parseInput(UpdateObjectiveInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    const before = await lockVersionedRow(tx, objectives, 'objective', id, {
      planId,
      version: input.version,
    });
    const values: Partial<typeof objectives.$inferInsert> = {};
    if (input.name !== undefined) values.name = input.name;
    if (input.position !== undefined) values.position = input.position;
    if (input.weight !== undefined) values.weight = input.weight;
    if (input.code !== undefined && input.code !== before.code) {
      const parsed = parseCodeOfKind(input.code, 'objective');
      if (!parsed) throw codeIssue('code', `"${input.code}" is not an objective code (e.g. AC1, F1, TC1)`);
      values.code = input.code;
      values.perspective = parsed.perspective;
      values.themeId = await themeIdForObjectiveCode(tx, planId, input.code);
    }
    const after = await updateVersionedRow(tx, objectives, id, values);
    if (values.code) await rebaseObjectiveChildren(tx, planId, id, before.code, values.code);
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'update',
      entity: 'objective',
      entityId: id,
      orgId: plan.orgId,
      planId,
      before,
      after,
    });
    return after;
  });
}
