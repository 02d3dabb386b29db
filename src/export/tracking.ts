import type { z } from 'zod';
import type { Perspective } from '../domain/codes';
import type { Light } from '../domain/map-layout';
import { comparePeriods, periodLabel } from '../domain/periods';
import type { PlanDocument } from '../domain/plan-document';
import {
  type Actual,
  type PlanScore,
  type ScoringKpi,
  type ScoringSettingsSchema,
  scorePlan,
  type Target,
  type TargetValue,
} from '../domain/scoring';

/** A plan's tracking data (targets, actuals, scoring settings) in the form scoring takes. */
export interface PlanTracking {
  targets: Target[];
  actuals: Actual[];
  kpis: ScoringKpi[];
  settings: z.input<typeof ScoringSettingsSchema> | null;
  perspectiveWeights: Partial<Record<Perspective, number>> | null;
}

export function planTracking(plan: PlanDocument): PlanTracking {
  const { perspectiveWeights, ...settings } = plan.scoring ?? {};
  return {
    targets: plan.targets ?? [],
    actuals: plan.actuals ?? [],
    kpis: plan.kpis,
    settings,
    perspectiveWeights: perspectiveWeights ?? null,
  };
}

/** Every period with a target or an actual, in time order. */
export function trackedPeriods(t: PlanTracking): string[] {
  const set = new Set([...t.targets.map((x) => x.period), ...t.actuals.map((x) => x.period)]);
  return [...set].sort(comparePeriods);
}

export interface PlanResults {
  period: string;
  label: string;
  score: PlanScore;
}

/**
 * The results worth presenting: the latest period with actuals (a year-end deck shows the
 * year when its actuals exist, else the latest quarter reported). Null without actuals.
 */
export function latestResults(plan: PlanDocument, tracking = planTracking(plan)): PlanResults | null {
  if (tracking.actuals.length === 0) return null;
  const periods = [...new Set(tracking.actuals.map((a) => a.period))].sort(comparePeriods);
  const yearly = periods.filter((p) => /^\d+$/.test(p));
  const period = yearly[yearly.length - 1] ?? periods[periods.length - 1];
  if (!period) return null;
  const score = scorePlan(
    {
      kpis: tracking.kpis,
      objectives: plan.objectives,
      themes: plan.themes,
      perspectiveWeights: tracking.perspectiveWeights,
      targets: tracking.targets,
      actuals: tracking.actuals,
      settings: tracking.settings,
    },
    period,
  );
  return { period, label: periodLabel(period), score };
}

/** Objective lights for the map, from the results. */
export function objectiveLights(results: PlanResults | null): Record<string, Light> {
  const lights: Record<string, Light> = {};
  for (const o of results?.score.objectives ?? []) lights[o.code] = o.light;
  return lights;
}

export const LIGHT_LABELS: Record<Light, string> = { green: '綠燈', yellow: '黃燈', red: '紅燈', none: '—' };

/** `87.5%`, or `—` for N/A. */
export function formatPercent(ratio: number | null): string {
  if (ratio === null) return '—';
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

export function formatTarget(t: TargetValue | null): string {
  if (t === null) return '—';
  return typeof t === 'number' ? formatNumber(t) : `${formatNumber(t.min)}～${formatNumber(t.max)}`;
}

/**
 * The KPIs a results page lists (those with a target or an actual) and the sentence that
 * accounts for the rest, so a half-reported year does not fill pages with dashes.
 */
export function reportedKpis(results: PlanResults): { kpis: PlanScore['kpis']; summary: string } {
  const kpis = results.score.kpis.filter((k) => k.target !== null || k.actual !== null);
  const scored = kpis.filter((k) => k.achievement !== null).length;
  const rest = results.score.kpis.length - kpis.length;
  const summary = `${scored} / ${results.score.kpis.length} 項 KPI 有達成率${rest ? `；另 ${rest} 項尚無目標值及實績值` : ''}`;
  return { kpis, summary };
}
