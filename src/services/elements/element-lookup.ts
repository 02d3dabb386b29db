import { and, eq, like, max } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import { actions, kpis, ksfs, objectives, themes } from '../../db/schema';
import { CROSS_THEME_LETTER, parseCodeOfKind, rebaseCode } from '../../domain/codes';
import { AppError } from '../errors';
import { followKpiCode, followObjectiveCode } from './comment-codes';

export const codeIssue = (path: string, message: string) =>
  new AppError('validation', message, [{ path, message }]);

/**
 * The theme an objective code files under: its letter's theme, or none for shared objectives
 * (`F1`) and the city's cross-theme ones (`TC1`) when the plan has no theme T.
 */
export async function themeIdForObjectiveCode(tx: Tx, planId: number, code: string): Promise<number | null> {
  const parsed = parseCodeOfKind(code, 'objective');
  if (!parsed) throw codeIssue('code', `"${code}" is not an objective code (e.g. AC1, F1, TC1)`);
  if (parsed.themeLetter === null) return null;
  const [theme] = await tx
    .select({ id: themes.id })
    .from(themes)
    .where(and(eq(themes.planId, planId), eq(themes.letter, parsed.themeLetter)));
  if (theme) return theme.id;
  if (parsed.themeLetter === CROSS_THEME_LETTER) return null;
  throw codeIssue(
    'code',
    `objective ${code} starts with theme letter ${parsed.themeLetter}, but the plan has no theme ${parsed.themeLetter}`,
  );
}

export async function objectiveIdForKpiCode(tx: Tx, planId: number, code: string): Promise<number> {
  const parsed = parseCodeOfKind(code, 'kpi');
  if (!parsed) throw codeIssue('code', `"${code}" is not a KPI code (objective code + .n, e.g. AC1.1)`);
  return requireIdByCode(tx, objectives, planId, parsed.objectiveCode, 'code', 'objective');
}

export async function kpiIdForActionCode(tx: Tx, planId: number, code: string): Promise<number> {
  const parsed = parseCodeOfKind(code, 'action');
  if (!parsed) throw codeIssue('code', `"${code}" is not an action plan code (KPI code + .n, e.g. AC1.1.1)`);
  return requireIdByCode(tx, kpis, planId, parsed.kpiCode as string, 'code', 'KPI');
}

export async function requireIdByCode(
  tx: Tx,
  table: typeof objectives | typeof kpis,
  planId: number,
  code: string,
  path: string,
  what: string,
): Promise<number> {
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.planId, planId), eq(table.code, code)));
  if (!row) throw codeIssue(path, `the plan has no ${what} ${code}`);
  return row.id;
}

/** The position after the last element of a plan, so that new elements go to the end. */
export async function nextPosition(
  tx: Tx,
  table: PgTable & { planId: PgColumn; position: PgColumn },
  planId: number,
) {
  const [row] = await tx
    .select({ p: max(table.position) })
    .from(table as PgTable)
    .where(eq(table.planId, planId));
  const last = row?.p as number | null | undefined;
  return last === null || last === undefined ? 0 : last + 1;
}

/**
 * After an objective is recoded (AC1 → AC2), its KPIs, their action plans and the KSFs that
 * repeat its code follow: AC1.1 → AC2.1, AC1.1.1 → AC2.1.1.
 */
export async function rebaseObjectiveChildren(
  tx: Tx,
  planId: number,
  objectiveId: number,
  from: string,
  to: string,
) {
  await followObjectiveCode(tx, planId, from, to);
  const kpiRows = await tx.select().from(kpis).where(eq(kpis.objectiveId, objectiveId));
  for (const k of kpiRows) await rebaseKpi(tx, planId, k.id, k.code, rebaseCode(k.code, from, to));
  const ksfRows = await tx
    .select()
    .from(ksfs)
    .where(and(eq(ksfs.objectiveId, objectiveId), eq(ksfs.code, from)));
  for (const k of ksfRows) {
    await tx
      .update(ksfs)
      .set({ code: to, version: k.version + 1 })
      .where(eq(ksfs.id, k.id));
  }
}

/** Recodes a KPI and the action plans under it. */
export async function rebaseKpi(tx: Tx, planId: number, kpiId: number, from: string, to: string) {
  if (from === to) return;
  await followKpiCode(tx, planId, from, to);
  const [kpi] = await tx.select().from(kpis).where(eq(kpis.id, kpiId));
  if (kpi)
    await tx
      .update(kpis)
      .set({ code: to, version: kpi.version + 1 })
      .where(eq(kpis.id, kpiId));
  const actionRows = await tx
    .select()
    .from(actions)
    .where(and(eq(actions.planId, planId), eq(actions.kpiId, kpiId), like(actions.code, `${from}.%`)));
  for (const a of actionRows) {
    await tx
      .update(actions)
      .set({ code: rebaseCode(a.code, from, to), version: a.version + 1 })
      .where(eq(actions.id, a.id));
  }
}
