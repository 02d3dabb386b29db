import { z } from 'zod';
import type { LinkRow } from '../../db/repositories/plan-rows';
import { links, objectives } from '../../db/schema';
import type { ServiceContext } from '../context';
import { refuseBeyondLimit } from '../plans/plan-size';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { elementCode } from './element-inputs';
import { codeIssue, requireIdByCode } from './element-lookup';

export const CreateLinkInput = z.object({ from: elementCode, to: elementCode });

/** Adds a cause → effect arrow between two objectives of the plan (關聯圖). */
export async function createLink(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof CreateLinkInput>,
): Promise<LinkRow> {
  const input = parseInput(CreateLinkInput, raw);
  if (input.from === input.to) throw codeIssue('to', `objective ${input.from} cannot link to itself`);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    await refuseBeyondLimit(tx, planId, 'links');
    const fromObjectiveId = await requireIdByCode(tx, objectives, planId, input.from, 'from', 'objective');
    const toObjectiveId = await requireIdByCode(tx, objectives, planId, input.to, 'to', 'objective');
    const [row] = await tx.insert(links).values({ planId, fromObjectiveId, toObjectiveId }).returning();
    const link = row as LinkRow;
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'link',
      entityId: link.id,
      orgId: plan.orgId,
      planId,
      after: { ...link, from: input.from, to: input.to },
    });
    return link;
  });
}
