import { z } from 'zod';
import { findOrgById } from '../../db/repositories/organizations';
import type { PlanRow } from '../../db/repositories/plan-rows';
import { plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { PlanFields } from './plan-fields';

export const CreatePlanInput = PlanFields.extend({
  orgId: z.number().int().positive(),
  year: z.number().int().min(1, 'year is a ROC year, e.g. 110').max(999, 'year is a ROC year, e.g. 110'),
});

/** Creates an empty draft plan for an organisation and year. */
export async function createPlan(
  ctx: ServiceContext,
  raw: z.input<typeof CreatePlanInput>,
): Promise<PlanRow> {
  const input = parseInput(CreatePlanInput, raw);
  return inTransaction(ctx, async (tx) => {
    const org = await findOrgById(tx, input.orgId);
    if (org) await authorize(tx, ctx, 'plan.write', org.id, org.name);
    if (!org) {
      throw new AppError('validation', `organisation ${input.orgId} does not exist`, [
        { path: 'orgId', message: 'no organisation has this id' },
      ]);
    }
    const [row] = await tx
      .insert(plans)
      .values({
        orgId: input.orgId,
        year: input.year,
        title: input.title ?? null,
        issuedOn: input.issued ?? null,
        mission: input.mission ?? '',
        vision: input.vision ?? '',
        coreValues: input.coreValues ?? [],
        perspectiveOrder: input.perspectiveOrder ?? ['C', 'P', 'L', 'F'],
        scoring: input.scoring ?? null,
      })
      .returning();
    const plan = row as PlanRow;
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'plan',
      entityId: plan.id,
      orgId: plan.orgId,
      planId: plan.id,
      after: plan,
    });
    return plan;
  });
}
