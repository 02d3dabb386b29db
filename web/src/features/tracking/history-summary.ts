import type { Light } from '../../../../src/domain/scoring/types';
import { cellText } from './target-cells';
import type { KpiYear, PlanKpiHistory } from './types';

/** What the targets grid shows of one earlier year of a KPI. */
export interface YearSummary {
  year: number;
  /** The year's target as written (95, 4–6, 啟用), else the one its score used; '' when none. */
  target: string;
  /** The actual as reported: the number, or the stage a milestone reached. */
  actual: string | null;
  achievement: number | null;
  light: Light;
  /** The period the actual and light are of: the year, else the latest period scored. */
  period: string | null;
}

const scoredTarget = (t: KpiYear['scores'][number]['target']) =>
  t == null ? '' : typeof t === 'number' ? String(t) : `${t.min}–${t.max}`;

/** The year's own result when it was scored, else the latest period with an actual. */
export function yearSummary(y: KpiYear): YearSummary {
  const year = String(y.year);
  const score =
    y.scores.find((s) => s.period === year) ?? [...y.scores].reverse().find((s) => s.actual != null);
  const yearTarget = y.targets.find((t) => t.period === year);
  const reported = score ? y.actuals.find((a) => a.period === score.period) : undefined;
  return {
    year: y.year,
    target: yearTarget ? cellText(yearTarget) : scoredTarget(score?.target ?? null),
    actual: reported?.stage ?? (score?.actual == null ? null : String(score.actual)),
    achievement: score?.achievement ?? null,
    light: score?.light ?? 'none',
    period: score?.period ?? null,
  };
}

/** The earlier years to show as columns: the latest `max` years any KPI of the plan existed in. */
export function historyYears(history: PlanKpiHistory | undefined, planYear: number, max = 3): number[] {
  const years = new Set<number>();
  for (const k of history?.kpis ?? []) for (const y of k.years) if (y.year < planYear) years.add(y.year);
  return [...years].sort((a, b) => a - b).slice(-max);
}

/** Summaries by KPI code and year. */
export function historyByCode(history: PlanKpiHistory | undefined): Map<string, Map<number, YearSummary>> {
  return new Map(
    (history?.kpis ?? []).map((k) => [k.code, new Map(k.years.map((y) => [y.year, yearSummary(y)]))]),
  );
}
