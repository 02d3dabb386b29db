import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ThemeRow } from '../../db/repositories/plan-rows';
import { objectives, themeMembers, themes } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';
import { followElementCode } from './comment-codes';
import { position, version, weight } from './element-inputs';
import { rebaseObjectiveChildren } from './element-lookup';
import { cascadeColumns, replaceThemeMembers, themeFields } from './theme-fields';

export const UpdateThemeInput = z.object({
  version,
  letter: themeFields.letter.optional(),
  name: themeFields.name.optional(),
  cascadesFrom: themeFields.cascadesFrom,
  lead: themeFields.lead,
  members: themeFields.members,
  weight: weight.optional(),
  position: position.optional(),
});

/**
 * Renames, re-letters (its objectives are recoded: A → X makes AC1 XC1, AC1.1 XC1.1), moves or
 * re-links a theme to the parent theme it cascades from.
 */
export async function updateTheme(
  ctx: ServiceContext,
  planId: number,
  id: number,
  raw: z.input<typeof UpdateThemeInput>,
): Promise<ThemeRow> {
  const input = parseInput(UpdateThemeInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    const before = await lockVersionedRow(tx, themes, 'theme', id, { planId, version: input.version });
    const membersBefore = await tx.select().from(themeMembers).where(eq(themeMembers.themeId, id));
    const values: Partial<typeof themes.$inferInsert> = {};
    if (input.name !== undefined) values.name = input.name;
    if (input.position !== undefined) values.position = input.position;
    if (input.weight !== undefined) values.weight = input.weight;
    if (input.letter !== undefined) values.letter = input.letter;
    if (input.cascadesFrom !== undefined) Object.assign(values, await cascadeColumns(tx, input.cascadesFrom));
    const after = await updateVersionedRow(tx, themes, id, values);
    if (input.letter !== undefined && input.letter !== before.letter) {
      await followElementCode(tx, planId, 'theme', before.letter, input.letter);
      const members = await tx.select().from(objectives).where(eq(objectives.themeId, id));
      for (const o of members) {
        const code = `${input.letter}${o.code.slice(before.letter.length)}`;
        await tx
          .update(objectives)
          .set({ code, version: o.version + 1 })
          .where(eq(objectives.id, o.id));
        await rebaseObjectiveChildren(tx, planId, o.id, o.code, code);
      }
    }
    if (input.lead !== undefined || input.members !== undefined) {
      const lead =
        input.lead !== undefined
          ? input.lead
          : (membersBefore.find((m) => m.role === 'lead')?.orgName ?? null);
      const others =
        input.members !== undefined
          ? input.members
          : membersBefore.filter((m) => m.role === 'member').map((m) => m.orgName);
      await replaceThemeMembers(tx, id, lead ?? null, others);
    }
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'update',
      entity: 'theme',
      entityId: id,
      orgId: plan.orgId,
      planId,
      before: { ...before, members: membersBefore },
      after,
    });
    return after;
  });
}
