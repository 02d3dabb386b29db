import { and, asc, inArray } from 'drizzle-orm';
import type { PlanDocument } from '../../domain/plan-document';
import type { DbOrTx } from '../client';
import { kpiActuals, kpis, kpiTargets, objectives, organizations, themes } from '../schema';
import { planDocumentOfRows } from './plan-document';
import type { ActualRow, KpiRow, ObjectiveRow, PlanRow, PlanRows, ThemeRow } from './plan-rows';

export type OrgRow = typeof organizations.$inferSelect;

export interface ScoringPlans {
  orgs: Map<number, OrgRow>;
  /** The scoring-relevant part of each plan as a document (no KSFs, actions, links or members). */
  documents: Map<number, PlanDocument>;
  /** Rows by plan, for ids the presenters hand to drill-downs. */
  kpis: Map<number, KpiRow[]>;
  objectives: Map<number, ObjectiveRow[]>;
  themes: Map<number, ThemeRow[]>;
  actuals: Map<number, ActualRow[]>;
}

function groupBy<T extends { planId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.planId);
    if (list) list.push(r);
    else out.set(r.planId, [r]);
  }
  return out;
}

/**
 * Loads many plans for scoring with one query per table, whatever the number of plans (a city
 * of 300 organisations must not cost 300 round trips), and shapes each as the plan document the
 * one scoring implementation reads.
 */
export async function loadPlansForScoring(
  db: DbOrTx,
  planRows: PlanRow[],
  options: { actualPeriods?: string[] } = {},
): Promise<ScoringPlans> {
  const ids = planRows.map((p) => p.id);
  const orgRows = await db.select().from(organizations);
  const orgs = new Map(orgRows.map((o) => [o.id, o]));
  if (ids.length === 0) {
    return {
      orgs,
      documents: new Map(),
      kpis: new Map(),
      objectives: new Map(),
      themes: new Map(),
      actuals: new Map(),
    };
  }
  const themeRows = groupBy(
    await db
      .select()
      .from(themes)
      .where(inArray(themes.planId, ids))
      .orderBy(asc(themes.position), asc(themes.id)),
  );
  const objectiveRows = groupBy(
    await db
      .select()
      .from(objectives)
      .where(inArray(objectives.planId, ids))
      .orderBy(asc(objectives.position), asc(objectives.id)),
  );
  const kpiRows = groupBy(
    await db.select().from(kpis).where(inArray(kpis.planId, ids)).orderBy(asc(kpis.position), asc(kpis.id)),
  );
  const targetRows = groupBy(await db.select().from(kpiTargets).where(inArray(kpiTargets.planId, ids)));
  // Scoring a period reads only the actuals of periods inside it; skipping the rest keeps a
  // quarter of a big city from loading the whole year's entries.
  const periods = options.actualPeriods;
  const actualRows = groupBy(
    await db
      .select()
      .from(kpiActuals)
      .where(
        periods
          ? and(inArray(kpiActuals.planId, ids), inArray(kpiActuals.period, periods))
          : inArray(kpiActuals.planId, ids),
      ),
  );

  const documents = new Map<number, PlanDocument>();
  for (const plan of planRows) {
    const org = orgs.get(plan.orgId);
    const rows: PlanRows = {
      plan,
      org: {
        id: plan.orgId,
        name: org?.name ?? '',
        parentName: org?.parentId ? (orgs.get(org.parentId)?.name ?? null) : null,
      },
      themes: (themeRows.get(plan.id) ?? []).map((t) => ({
        ...t,
        cascadesFromOrgName: t.cascadesFromOrgId ? (orgs.get(t.cascadesFromOrgId)?.name ?? null) : null,
        members: [],
      })),
      objectives: objectiveRows.get(plan.id) ?? [],
      ksfs: [],
      kpis: kpiRows.get(plan.id) ?? [],
      actions: [],
      links: [],
      targets: targetRows.get(plan.id) ?? [],
      actuals: actualRows.get(plan.id) ?? [],
    };
    documents.set(plan.id, planDocumentOfRows(rows));
  }
  return {
    orgs,
    documents,
    kpis: kpiRows,
    objectives: objectiveRows,
    themes: themeRows,
    actuals: actualRows,
  };
}
