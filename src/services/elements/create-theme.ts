import { z } from 'zod';
import type { ThemeRow } from '../../db/repositories/plan-rows';
import { themes } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { requireEditablePlan, touchPlan } from '../shared/plan-access';
import { inTransaction } from '../shared/transaction';
import { position, weight } from './element-inputs';
import { nextPosition } from './element-lookup';
import { cascadeColumns, replaceThemeMembers, themeFields } from './theme-fields';

export const CreateThemeInput = z.object({
  ...themeFields,
  weight: weight.optional(),
  position: position.optional(),
});

/** Adds a strategic theme (策略主題), optionally cascading from a parent organisation's theme. */
export async function createTheme(
  ctx: ServiceContext,
  planId: number,
  raw: z.input<typeof CreateThemeInput>,
): Promise<ThemeRow> {
  const input = parseInput(CreateThemeInput, raw);
  return inTransaction(ctx, async (tx) => {
    const plan = await requireEditablePlan(tx, ctx, planId);
    const [row] = await tx
      .insert(themes)
      .values({
        planId,
        letter: input.letter,
        name: input.name,
        weight: input.weight ?? 1,
        position: input.position ?? (await nextPosition(tx, themes, planId)),
        ...(await cascadeColumns(tx, input.cascadesFrom)),
      })
      .returning();
    const theme = row as ThemeRow;
    await replaceThemeMembers(tx, theme.id, input.lead ?? null, input.members ?? []);
    await touchPlan(tx, planId);
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'theme',
      entityId: theme.id,
      orgId: plan.orgId,
      planId,
      after: { ...theme, lead: input.lead ?? null, members: input.members ?? [] },
    });
    return theme;
  });
}
