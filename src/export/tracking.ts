import { z } from 'zod';
import type { Light } from '../domain/map-layout';
import { comparePeriods, periodLabel } from '../domain/periods';
import type { PlanDocument } from '../domain/plan-document';
import {
  type Actual,
  ActualSchema,
  KpiScoringShape,
  type PlanScore,
  type ScoringKpi,
  ScoringSettingsSchema,
  scorePlan,
  type Target,
  TargetSchema,
} from '../domain/scoring';

/**
 * The tracking data a plan document may carry (KPI polarity, targets, actuals, settings) read
 * defensively: the plan document grows these fields, and a writer must work on documents with
 * and without them. Malformed entries are left out rather than failing an export.
 */

export interface PlanTracking {
  targets: Target[];
  actuals: Actual[];
  kpis: ScoringKpi[];
  settings: z.input<typeof ScoringSettingsSchema> | null;
}

const KpiFields = z.object(KpiScoringShape).partial();

function entries<T>(raw: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(raw)) return [];
  const out: T[] = [];
  for (const item of raw) {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
  }
  return out;
}

export function planTracking(plan: PlanDocument): PlanTracking {
  const loose = plan as unknown as Record<string, unknown>;
  const settings = ScoringSettingsSchema.safeParse(loose.settings ?? loose.scoring ?? {});
  return {
    targets: entries(loose.targets, TargetSchema),
    actuals: entries(loose.actuals, ActualSchema),
    kpis: plan.kpis.map((k) => {
      const extra = KpiFields.safeParse(k);
      return {
        ...(extra.success ? extra.data : {}),
        code: k.code,
        objective: k.objective,
        formula: k.formula,
      };
    }),
    settings: settings.success ? settings.data : null,
  };
}

export function hasTracking(t: PlanTracking): boolean {
  return t.targets.length > 0 || t.actuals.length > 0;
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
