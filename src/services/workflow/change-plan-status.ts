import { z } from 'zod';
import { findOrgById } from '../../db/repositories/organizations';
import type { PlanRow } from '../../db/repositories/plan-rows';
import { planComments, plans } from '../../db/schema';
import type { Action } from '../../domain/authz';
import type { PlanStatus } from '../../domain/plan-document';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { requireReadablePlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';

/** The review cycle: draft → submitted → approved → archived, with the ways back. */
export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted', action: 'plan.submit', reason: false },
  withdraw: { from: ['submitted'], to: 'draft', action: 'plan.submit', reason: false },
  approve: { from: ['submitted'], to: 'approved', action: 'plan.review', reason: false },
  return: { from: ['submitted'], to: 'draft', action: 'plan.review', reason: true },
  reopen: { from: ['approved'], to: 'draft', action: 'plan.review', reason: true },
  archive: { from: ['approved'], to: 'archived', action: 'plan.review', reason: false },
} as const satisfies Record<
  string,
  { from: readonly PlanStatus[]; to: PlanStatus; action: Action; reason: boolean }
>;

export type Transition = keyof typeof TRANSITIONS;

const DONE: Record<Transition, string> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  approve: 'approved',
  return: 'returned',
  reopen: 'reopened',
  archive: 'archived',
};

export const ChangePlanStatusInput = z.object({
  transition: z.enum(Object.keys(TRANSITIONS) as [Transition, ...Transition[]], {
    error: `transition must be one of ${Object.keys(TRANSITIONS).join(', ')}`,
  }),
  version: z.number({ error: 'version (the one you loaded) is required' }).int().positive(),
  reason: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().max(2000))
    .optional(),
});

export async function changePlanStatus(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof ChangePlanStatusInput>,
): Promise<PlanRow> {
  const input = parseInput(ChangePlanStatusInput, raw);
  const rule = TRANSITIONS[input.transition];
  if (rule.reason && !input.reason) {
    throw new AppError('validation', `to ${input.transition} a plan, give the reason`, [
      { path: 'reason', message: 'a reason is required' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const readable = await requireReadablePlan(tx, ctx, planId);
    const org = await findOrgById(tx, readable.orgId);
    await authorize(tx, ctx, rule.action, readable.orgId, org?.name);
    const before = await lockVersionedRow(tx, plans, 'plan', planId, { version: input.version });
    if (!(rule.from as readonly string[]).includes(before.status)) {
      throw new AppError(
        'conflict',
        `cannot ${input.transition} the plan: it is ${before.status}, and only a ${rule.from.join(' or ')} plan can be ${DONE[input.transition]}`,
        [],
        { status: before.status },
      );
    }
    const after = await updateVersionedRow(tx, plans, planId, { status: rule.to, updatedAt: new Date() });
    if (input.reason) {
      await tx.insert(planComments).values({
        planId,
        authorId: ctx.principal.userId,
        authorName: ctx.actor,
        body: `[${input.transition}] ${input.reason}`,
      });
    }
    await writeAudit(tx, ctx.actor, {
      action: `workflow.${input.transition}`,
      entity: 'plan',
      entityId: planId,
      orgId: before.orgId,
      planId,
      before: { status: before.status },
      after: { status: after.status, reason: input.reason ?? null },
    });
    return after;
  });
}
