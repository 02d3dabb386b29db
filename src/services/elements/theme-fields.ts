import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/client';
import { findOrgByName } from '../../db/repositories/organizations';
import { themeMembers, type themes } from '../../db/schema';
import { CascadeRefSchema, ThemeLetterSchema } from '../../domain/plan-document';
import { PLAN_LIMITS } from '../../domain/plan-limits';
import { AppError } from '../errors';
import { elementName } from './element-inputs';

export const themeFields = {
  letter: ThemeLetterSchema,
  name: elementName,
  cascadesFrom: CascadeRefSchema.nullish(),
  lead: elementName.nullish(),
  members: z.array(elementName).max(PLAN_LIMITS.themeMembers).optional(),
};

/** Resolves the organisation a theme cascades from into the columns that store it. */
export async function cascadeColumns(
  tx: Tx,
  cascade: z.output<typeof CascadeRefSchema> | null | undefined,
): Promise<
  Pick<typeof themes.$inferInsert, 'cascadesFromOrgId' | 'cascadesFromLetter' | 'cascadesFromYear'>
> {
  if (!cascade) return { cascadesFromOrgId: null, cascadesFromLetter: null, cascadesFromYear: null };
  const org = await findOrgByName(tx, cascade.org);
  if (!org) {
    throw new AppError('validation', `unknown organisation "${cascade.org}" in cascadesFrom`, [
      { path: 'cascadesFrom.org', message: 'no organisation has this name' },
    ]);
  }
  return {
    cascadesFromOrgId: org.id,
    cascadesFromLetter: cascade.letter,
    cascadesFromYear: cascade.year ?? null,
  };
}

/** Replaces the lead (主功) and member (分組成員) organisations of a theme. */
export async function replaceThemeMembers(tx: Tx, themeId: number, lead: string | null, members: string[]) {
  await tx.delete(themeMembers).where(eq(themeMembers.themeId, themeId));
  const rows = [
    ...(lead ? [{ orgName: lead, role: 'lead' }] : []),
    ...[...new Set(members)].filter((m) => m !== lead).map((orgName) => ({ orgName, role: 'member' })),
  ];
  if (rows.length > 0) {
    await tx.insert(themeMembers).values(rows.map((r, position) => ({ themeId, ...r, position })));
  }
}
