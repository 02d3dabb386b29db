import { z } from 'zod';
import type { KsfRow } from '../../db/repositories/plan-rows';
import { ksfs, objectives } from '../../db/schema';
import { parseCodeOfKind } from '../../domain/codes';
import type { ServiceContext } from '../context';
import { refuseBeyondLimit } from '../plans/plan-size';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { elementCode, elementName, position } from './element-inputs';
import { codeIssue, nextPosition, requireIdByCode } from './element-lookup';

export const KsfCode = elementCode
  .refine((c) => parseCodeOfKind(c, 'objective') !== null, 'a KSF code is coded like an objective, e.g. AC1')
  .nullish();

export const CreateKsfInput = z.object({
  objective: elementCode,
  code: KsfCode,
  name: elementName,
  position: position.optional(),
});

/** Adds a key success factor to an objective (an objective may have several). */
export async function createKsf(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof CreateKsfInput>,
): Promise<KsfRow> {
  const input = parseInput(CreateKsfInput, raw);
  if (!parseCodeOfKind(input.objective, 'objective'))
    throw codeIssue('objective', `"${input.objective}" is not an objective code`);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    await refuseBeyondLimit(tx, planId, 'ksfs');
    const objectiveId = await requireIdByCode(
      tx,
      objectives,
      planId,
      input.objective,
      'objective',
      'objective',
    );
    const [row] = await tx
      .insert(ksfs)
      .values({
        planId,
        objectiveId,
        code: input.code ?? input.objective,
        name: input.name,
        position: input.position ?? (await nextPosition(tx, ksfs, planId)),
      })
      .returning();
    const ksf = row as KsfRow;
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'ksf',
      entityId: ksf.id,
      orgId: plan.orgId,
      planId,
      after: ksf,
    });
    return ksf;
  });
}
