import { z } from 'zod';
import { normalizeCode, type Perspective } from '../codes';
import type { Message } from '../formula/types';
import { FREQUENCIES, formatPeriod, parsePeriod } from '../periods';

/**
 * What scoring reads and writes. The schemas are meant to be carried by the plan document
 * (`"polarity"` on a KPI, `"targets"` and `"actuals"` on the plan, settings per plan); the
 * plain interfaces below them are what `scorePlan` accepts, so a parsed plan fits directly.
 */

export const POLARITIES = ['higher', 'lower', 'range', 'milestone'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
export type Light = (typeof LIGHTS)[number];
/** How the values of shorter periods make a longer one: the latest (levels, rates, year-to-date) or their sum (counts per period). */
export const AGGREGATES = ['last', 'sum'] as const;
export type Aggregate = (typeof AGGREGATES)[number];
export const ROLLUPS = ['weighted', 'worst'] as const;
export type Rollup = (typeof ROLLUPS)[number];
export const PLAN_BASES = ['perspectives', 'themes'] as const;
export type PlanBasis = (typeof PLAN_BASES)[number];

export const PolaritySchema = z.enum(POLARITIES, {
  error: 'polarity must be "higher", "lower", "range" or "milestone"',
});

export const PeriodTextSchema = z
  .string({ error: 'period must be text such as "110Q1"' })
  .transform((s, ctx) => {
    const r = parsePeriod(s);
    if (r.ok) return formatPeriod(r.period);
    ctx.addIssue({ code: 'custom', message: r.error.en });
    return z.NEVER;
  });

const kpiCode = z
  .string({ error: 'kpi must be a KPI code such as "AC1.1"' })
  .transform((s) => normalizeCode(s));
// The type's own message covers only a value that is not a number: range checks keep theirs.
const number = (what: string) =>
  z.number({ error: (issue) => (issue.code === 'invalid_type' ? `${what} must be a number` : undefined) });

/** A weight: 0 leaves the element out of its parent's score; equal weights (1) by default. */
export const WeightSchema = number('weight').min(0, 'a weight cannot be negative');

export const MilestoneStageSchema = z.object({
  name: z.string().transform((s) => s.normalize('NFC').trim()),
  percent: number('stage percent')
    .min(0, 'a stage percent must be between 0 and 100')
    .max(100, 'a stage percent must be between 0 and 100'),
});

/** The scoring fields of a KPI definition, to extend the plan document's KPI with. */
export const KpiScoringShape = {
  polarity: PolaritySchema.default('higher'),
  weight: WeightSchema.default(1),
  frequency: z.enum(FREQUENCIES).optional(),
  aggregate: z.enum(AGGREGATES).default('last'),
  stages: z.array(MilestoneStageSchema).optional(),
  tolerance: number('tolerance').positive('tolerance must be above 0').nullish(),
  baseline: number('baseline').nullish(),
};

export const TargetSchema = z
  .object({
    kpi: kpiCode,
    period: PeriodTextSchema,
    value: number('target value').nullish(),
    min: number('target min').nullish(),
    max: number('target max').nullish(),
    stage: z.string().nullish(),
  })
  .refine((t) => t.value != null || t.stage != null || (t.min != null && t.max != null), {
    message: 'a target needs a value, a stage, or both min and max',
  })
  .refine((t) => t.min == null || t.max == null || t.min <= t.max, {
    message: 'a target range needs min ≤ max',
  });

export const ActualSchema = z.object({
  kpi: kpiCode,
  period: PeriodTextSchema,
  value: number('actual value').nullish(),
  stage: z.string().nullish(),
  inputs: z.record(z.string(), number('formula input')).optional(),
  note: z.string().nullish(),
  evidence: z.string().nullish(),
});

export const ThresholdsSchema = z
  .object({
    green: number('green threshold').min(0, 'the green threshold cannot be negative').default(1),
    yellow: number('yellow threshold').min(0, 'the yellow threshold cannot be negative').default(0.8),
  })
  .refine((t) => t.yellow <= t.green, { message: 'the yellow threshold cannot be above the green one' });

export const ScoringSettingsSchema = z
  .object({
    thresholds: ThresholdsSchema.default({ green: 1, yellow: 0.8 }),
    cap: number('cap').positive('the cap must be above 0').default(1.2),
    rollup: z.enum(ROLLUPS).default('weighted'),
    planFrom: z.enum(PLAN_BASES).default('perspectives'),
  })
  .refine((s) => s.thresholds.green <= s.cap, {
    message: 'the green threshold cannot be above the cap, or no roll-up could ever be green',
  });

export type Target = z.output<typeof TargetSchema>;
export type Actual = z.output<typeof ActualSchema>;
export type MilestoneStage = z.output<typeof MilestoneStageSchema>;
export type ScoringSettings = z.output<typeof ScoringSettingsSchema>;

export const DEFAULT_SETTINGS: ScoringSettings = ScoringSettingsSchema.parse({});

export interface ScoringKpi {
  code: string;
  objective: string;
  polarity?: Polarity | null;
  weight?: number | null;
  formula?: string | null;
  aggregate?: Aggregate | null;
  stages?: MilestoneStage[] | null;
  tolerance?: number | null;
}

export interface ScoringObjective {
  code: string;
  /** `null` for objectives shared by every theme (F1, L1) and the city's cross-theme TC1… */
  theme: string | null;
  perspective: Perspective;
  weight?: number | null;
}

export interface ScoringTheme {
  letter: string;
  weight?: number | null;
}

export interface ScorePlanInput {
  kpis: ScoringKpi[];
  objectives: ScoringObjective[];
  themes: ScoringTheme[];
  perspectiveWeights?: Partial<Record<Perspective, number>> | null;
  targets: Target[];
  actuals: Actual[];
  settings?: z.input<typeof ScoringSettingsSchema> | null;
}

/** A target as scored: one number, or a band for range KPIs. */
export type TargetValue = number | { min: number; max: number };

export interface GroupScore {
  /** Ratio, 1 = 100 %; `null` = N/A (no child had data). */
  achievement: number | null;
  light: Light;
  /** How many children had data and counted. */
  counted: number;
}

export interface KpiScore {
  code: string;
  objective: string;
  period: string;
  polarity: Polarity;
  target: TargetValue | null;
  actual: number | null;
  /** As achieved, before the cap; `null` = N/A. */
  achievement: number | null;
  /** What the roll-up uses: the achievement capped at `settings.cap`. */
  capped: number | null;
  light: Light;
  /** Why the KPI is N/A or left out of the roll-up; `null` when all is well. */
  problem: Message | null;
}

export interface PlanScore {
  period: string;
  settings: ScoringSettings;
  kpis: KpiScore[];
  objectives: (GroupScore & { code: string; theme: string | null; perspective: Perspective })[];
  themes: (GroupScore & { letter: string })[];
  perspectives: (GroupScore & { perspective: Perspective })[];
  plan: GroupScore;
}
