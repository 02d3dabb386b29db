import { z } from 'zod';
import { findOrgById } from '../../db/repositories/organizations';
import { planComments } from '../../db/schema';
import { normalizeCode } from '../../domain/codes';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { requireReadablePlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';

export type PlanCommentRow = typeof planComments.$inferSelect;

export const AddPlanCommentInput = z
  .object({
    body: z
      .string()
      .transform((s) => s.trim())
      .pipe(z.string().min(1, 'a comment must not be empty').max(5000)),
    elementKind: z.enum(['theme', 'objective', 'ksf', 'kpi', 'action', 'link']).nullish(),
    elementCode: z.string().transform(normalizeCode).nullish(),
  })
  .refine((c) => (c.elementKind == null) === (c.elementCode == null), {
    message: 'a comment on an element names both its kind and its code',
    path: ['elementCode'],
  });

/** A review comment on the plan, or on one of its elements (by code, so it survives edits of its name). */
export async function addPlanComment(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof AddPlanCommentInput>,
): Promise<PlanCommentRow> {
  const input = parseInput(AddPlanCommentInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireReadablePlan(tx, ctx, planId);
    await authorize(tx, ctx, 'plan.comment', plan.orgId, (await findOrgById(tx, plan.orgId))?.name);
    const [row] = await tx
      .insert(planComments)
      .values({
        planId,
        authorId: ctx.principal.userId,
        authorName: ctx.actor,
        elementKind: input.elementKind ?? null,
        elementCode: input.elementCode ?? null,
        body: input.body,
      })
      .returning();
    const comment = row as PlanCommentRow;
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'comment',
      entityId: comment.id,
      orgId: plan.orgId,
      planId,
      after: comment,
    });
    return comment;
  });
}
