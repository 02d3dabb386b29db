import type { ActionDetail, KpiDetail, KsfDetail, ObjectiveDetail } from '../../api/types';
import type { PlanIndex } from '../plans/model';

/**
 * One row per KPI (one for an objective without KPIs), as the agencies' scorecard tables print
 * them; perspective, objective and KSF cells span the rows they cover.
 */
export interface ScorecardRow {
  key: string;
  objective: ObjectiveDetail;
  ksfs: KsfDetail[];
  /** Every KPI of the objective (for the next code of a new one). */
  kpis: KpiDetail[];
  kpi: KpiDetail | null;
  actions: ActionDetail[];
  perspectiveSpan: number;
  objectiveSpan: number;
}

export function scorecardRows(objectives: ObjectiveDetail[], index: PlanIndex): ScorecardRow[] {
  const rows: ScorecardRow[] = [];
  for (const objective of objectives) {
    const kpis = index.kpisOf(objective.id);
    const ksfs = index.ksfsOf(objective.id);
    const list: (KpiDetail | null)[] = kpis.length ? kpis : [null];
    list.forEach((kpi, i) => {
      rows.push({
        key: kpi ? `kpi-${kpi.id}` : `objective-${objective.id}`,
        objective,
        ksfs,
        kpis,
        kpi,
        actions: kpi ? index.actionsOf(kpi.id) : [],
        perspectiveSpan: 0,
        objectiveSpan: i === 0 ? list.length : 0,
      });
    });
  }
  // Objectives arrive sorted by perspective: a perspective cell spans its run of rows.
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const run = rows[start];
    if (run && (i === rows.length || rows[i]?.objective.perspective !== run.objective.perspective)) {
      run.perspectiveSpan = i - start;
      start = i;
    }
  }
  return rows;
}
