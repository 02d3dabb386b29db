import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { KsfRow } from '../../db/repositories/plan-rows';
import { ksfs, objectives } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';
import { followElementCode } from './comment-codes';
import { KsfCode } from './create-ksf';
import { elementCode, elementName, position, version } from './element-inputs';
import { requireIdByCode } from './element-lookup';

export const UpdateKsfInput = z.object({
  version,
  objective: elementCode.optional(),
  code: KsfCode,
  name: elementName.optional(),
  position: position.optional(),
});

export async function updateKsf(
  ctx: ServiceContext,
  planId: number,
  id: number,
  raw: z.input<typeof UpdateKsfInput>,
): Promise<KsfRow> {
  const input = parseInput(UpdateKsfInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    const before = await lockVersionedRow(tx, ksfs, 'ksf', id, { planId, version: input.version });
    const values: Partial<typeof ksfs.$inferInsert> = {};
    if (input.name !== undefined) values.name = input.name;
    if (input.code !== undefined) values.code = input.code;
    if (input.position !== undefined) values.position = input.position;
    if (input.objective !== undefined) {
      values.objectiveId = await requireIdByCode(
        tx,
        objectives,
        planId,
        input.objective,
        'objective',
        'objective',
      );
    }
    const after = await updateVersionedRow(tx, ksfs, id, values);
    if (after.name !== before.name || after.objectiveId !== before.objectiveId) {
      const codeOf = async (objectiveId: number) =>
        (await tx.select({ code: objectives.code }).from(objectives).where(eq(objectives.id, objectiveId)))[0]
          ?.code ?? '';
      await followElementCode(
        tx,
        planId,
        'ksf',
        `${await codeOf(before.objectiveId)}:${before.name}`,
        `${await codeOf(after.objectiveId)}:${after.name}`,
      );
    }
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'update',
      entity: 'ksf',
      entityId: id,
      orgId: plan.orgId,
      planId,
      before,
      after,
    });
    return after;
  });
}
