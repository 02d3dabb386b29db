import { asc, eq, inArray } from 'drizzle-orm';
import { comparePeriods } from '../../domain/periods';
import type { DbOrTx } from '../client';
import {
  actions,
  kpiActuals,
  kpis,
  kpiTargets,
  ksfs,
  links,
  objectives,
  organizations,
  plans,
  themeMembers,
  themes,
} from '../schema';
import { orgNamesById } from './organizations';

export type PlanRow = typeof plans.$inferSelect;
export type ThemeRow = typeof themes.$inferSelect;
export type ThemeMemberRow = typeof themeMembers.$inferSelect;
export type ObjectiveRow = typeof objectives.$inferSelect;
export type KsfRow = typeof ksfs.$inferSelect;
export type KpiRow = typeof kpis.$inferSelect;
export type ActionRow = typeof actions.$inferSelect;
export type LinkRow = typeof links.$inferSelect;
export type TargetRow = typeof kpiTargets.$inferSelect;
export type ActualRow = typeof kpiActuals.$inferSelect;

/** Everything stored for one plan, each list in display order. */
export interface PlanRows {
  plan: PlanRow;
  org: { id: number; name: string; parentName: string | null };
  themes: (ThemeRow & { cascadesFromOrgName: string | null; members: ThemeMemberRow[] })[];
  objectives: ObjectiveRow[];
  ksfs: KsfRow[];
  kpis: KpiRow[];
  actions: ActionRow[];
  links: LinkRow[];
  targets: TargetRow[];
  actuals: ActualRow[];
}

export async function findPlan(db: DbOrTx, planId: number): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, planId));
  return row;
}

export async function loadPlanRows(db: DbOrTx, plan: PlanRow): Promise<PlanRows> {
  const planId = plan.id;
  // Sequential on purpose: inside a transaction all queries share one connection.
  const themeRows = await db
    .select()
    .from(themes)
    .where(eq(themes.planId, planId))
    .orderBy(asc(themes.position), asc(themes.id));
  const objectiveRows = await db
    .select()
    .from(objectives)
    .where(eq(objectives.planId, planId))
    .orderBy(asc(objectives.position), asc(objectives.id));
  const ksfRows = await db
    .select()
    .from(ksfs)
    .where(eq(ksfs.planId, planId))
    .orderBy(asc(ksfs.position), asc(ksfs.id));
  const kpiRows = await db
    .select()
    .from(kpis)
    .where(eq(kpis.planId, planId))
    .orderBy(asc(kpis.position), asc(kpis.id));
  const actionRows = await db
    .select()
    .from(actions)
    .where(eq(actions.planId, planId))
    .orderBy(asc(actions.position), asc(actions.id));
  const linkRows = await db.select().from(links).where(eq(links.planId, planId)).orderBy(asc(links.id));
  const targetRows = await db
    .select()
    .from(kpiTargets)
    .where(eq(kpiTargets.planId, planId))
    .orderBy(asc(kpiTargets.kpiId), asc(kpiTargets.id));
  const actualRows = await db
    .select()
    .from(kpiActuals)
    .where(eq(kpiActuals.planId, planId))
    .orderBy(asc(kpiActuals.kpiId), asc(kpiActuals.id));
  const memberRows =
    themeRows.length === 0
      ? []
      : await db
          .select()
          .from(themeMembers)
          .where(
            inArray(
              themeMembers.themeId,
              themeRows.map((t) => t.id),
            ),
          )
          .orderBy(asc(themeMembers.position), asc(themeMembers.id));
  const [orgRow] = await db.select().from(organizations).where(eq(organizations.id, plan.orgId));
  const names = await orgNamesById(db, [
    ...(orgRow?.parentId ? [orgRow.parentId] : []),
    ...themeRows.flatMap((t) => (t.cascadesFromOrgId ? [t.cascadesFromOrgId] : [])),
  ]);
  return {
    plan,
    org: {
      id: plan.orgId,
      name: orgRow?.name ?? '',
      parentName: orgRow?.parentId ? (names.get(orgRow.parentId) ?? null) : null,
    },
    themes: themeRows.map((t) => ({
      ...t,
      cascadesFromOrgName: t.cascadesFromOrgId ? (names.get(t.cascadesFromOrgId) ?? null) : null,
      members: memberRows.filter((m) => m.themeId === t.id),
    })),
    objectives: objectiveRows,
    ksfs: ksfRows,
    kpis: kpiRows,
    actions: actionRows,
    links: linkRows,
    targets: sortByPeriod(targetRows),
    actuals: sortByPeriod(actualRows),
  };
}

/** Within each KPI, results in the order periods end (110Q1, 110H1, …, 110), as people read them. */
function sortByPeriod<T extends { kpiId: number; period: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.kpiId - b.kpiId || comparePeriods(a.period, b.period));
}
