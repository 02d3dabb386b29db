import { parseFormula } from '../../../../src/domain/formula';
import { FREQUENCIES, type Frequency } from '../../../../src/domain/periods';
import type { Aggregate, Polarity } from '../../../../src/domain/scoring/types';
import type { KpiDetail } from '../../api/types';

/**
 * The scoring fields of a KPI definition (docs/SCORING.md) as the element form edits them: the
 * API's values ↔ the form's, which fields mean something for which polarity, client-side checks
 * that match the API's schema, and the live formula check. Pure, so it is tested without a DOM.
 */

// Own lists rather than the domain's constants: those sit beside zod schemas we keep out of the web bundle.
export const POLARITY_CHOICES = [
  'higher',
  'lower',
  'range',
  'milestone',
] as const satisfies readonly Polarity[];
export const AGGREGATE_CHOICES = ['last', 'sum'] as const satisfies readonly Aggregate[];
export const FREQUENCY_CHOICES: readonly Frequency[] = FREQUENCIES;

export interface Stage {
  name: string;
  percent: number;
}

export interface KpiScoring {
  polarity: Polarity;
  frequency: Frequency | null;
  baseline: number | null;
  weight: number;
  aggregate: Aggregate;
  stages: Stage[];
  tolerance: number | null;
}

/** A KPI as the plan API presents it (src/server/presenters/plan.ts presentKpi), scoring included. */
export type ScoredKpi = KpiDetail & Partial<KpiScoring>;

/** A stage row as typed: either part may still be missing. */
export interface StageRow {
  name?: string | null;
  percent?: number | null;
}

/** The form's values: numbers are `null` once cleared, stage rows as typed. */
export interface ScoringFormValues {
  polarity: Polarity;
  frequency: Frequency | null;
  baseline: number | null;
  weight: number | null;
  aggregate: Aggregate;
  tolerance: number | null;
  stages: StageRow[];
}

export const DEFAULT_WEIGHT = 1;
/** As many stages as the API takes (element-inputs.ts). */
export const MAX_STAGES = 20;

export function scoringFormValues(kpi: Partial<KpiScoring> | undefined): ScoringFormValues {
  return {
    polarity: kpi?.polarity ?? 'higher',
    frequency: kpi?.frequency ?? null,
    baseline: kpi?.baseline ?? null,
    weight: kpi?.weight ?? DEFAULT_WEIGHT,
    aggregate: kpi?.aggregate ?? 'last',
    tolerance: kpi?.tolerance ?? null,
    stages: (kpi?.stages ?? []).map((s) => ({ name: s.name, percent: s.percent })),
  };
}

/** Tolerance only changes how far outside a target band scores (SCORING §4). */
export const toleranceApplies = (polarity: Polarity) => polarity === 'range';
export const stagesApply = (polarity: Polarity) => polarity === 'milestone';
/**
 * Aggregate makes a longer period's actual from shorter ones, so it matters only for KPIs
 * reported more often than yearly; summing the stage percentages of a milestone means nothing.
 */
export const aggregateApplies = (polarity: Polarity, frequency: Frequency | null) =>
  polarity !== 'milestone' && frequency !== null && frequency !== 'year';

/** Stage rows as the API takes them, in the order shown; names trimmed as the server would. */
export function normaliseStages(rows: StageRow[]): Stage[] {
  return rows.map((r) => ({ name: (r.name ?? '').normalize('NFC').trim(), percent: Number(r.percent) }));
}

/**
 * The body fields for a create or update. Fields that mean nothing for the chosen polarity are
 * left out, so the API keeps what is stored (switching a milestone KPI to 越高越好 and back does
 * not lose its stages).
 */
export function scoringBody(values: Partial<ScoringFormValues>): Record<string, unknown> {
  const polarity = values.polarity ?? 'higher';
  const body: Record<string, unknown> = {
    polarity,
    frequency: values.frequency ?? null,
    baseline: values.baseline ?? null,
    weight: values.weight ?? DEFAULT_WEIGHT,
    aggregate: values.aggregate ?? 'last',
  };
  if (toleranceApplies(polarity)) body.tolerance = values.tolerance ?? null;
  if (stagesApply(polarity)) body.stages = normaliseStages(values.stages ?? []);
  return body;
}

export type StageNameProblem = 'required' | 'duplicate' | null;
export type NumberProblem = 'required' | 'range' | null;

export function stageNameProblem(rows: StageRow[], index: number): StageNameProblem {
  const name = (rows[index]?.name ?? '').normalize('NFC').trim();
  if (!name) return 'required';
  const same = rows.filter((r) => (r?.name ?? '').normalize('NFC').trim() === name).length;
  return same > 1 ? 'duplicate' : null;
}

/** A stage's percent: 0–100, as the API's MilestoneStageSchema. */
export function percentProblem(value: unknown): NumberProblem {
  if (value === null || value === undefined || value === '') return 'required';
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? null : 'range';
}

/** Tolerance is optional, and above 0 when given. */
export function toleranceProblem(value: unknown): NumberProblem {
  if (value === null || value === undefined || value === '') return null;
  return Number(value) > 0 ? null : 'range';
}

/** Weights: 0 leaves the element out, never negative; empty means the default. */
export function weightProblem(value: unknown): NumberProblem {
  if (value === null || value === undefined || value === '') return null;
  return Number(value) >= 0 ? null : 'range';
}

/**
 * The API paths the form shows at its fields (everything else goes to the list above the form),
 * for the KPI scoring fields shown for this polarity and number of stage rows.
 */
export function scoringPaths(polarity: Polarity, frequency: Frequency | null, stageRows: number): string[] {
  const paths = ['polarity', 'frequency', 'baseline', 'weight'];
  if (aggregateApplies(polarity, frequency)) paths.push('aggregate');
  if (toleranceApplies(polarity)) paths.push('tolerance');
  if (stagesApply(polarity)) {
    paths.push('stages');
    for (let i = 0; i < stageRows; i++) paths.push(`stages.${i}`, `stages.${i}.name`, `stages.${i}.percent`);
  }
  return paths;
}

export type FormulaState =
  | { state: 'empty' }
  | { state: 'ok'; variables: string[]; entersInputs: boolean; percent: boolean; unit: string | null }
  | { state: 'error'; message: { zh: string; en: string }; position: number | null };

/** The live check of a formula as typed, with the domain parser the linter and scoring use. */
export function checkFormulaText(text: string | null | undefined): FormulaState {
  if (!text?.trim()) return { state: 'empty' };
  const parsed = parseFormula(text);
  if (!parsed.ok)
    return { state: 'error', message: parsed.error.message, position: parsed.error.position ?? null };
  const { variables, percent, unit } = parsed.formula;
  // As the actual-entry grid decides (tracking/entry-rows.ts): one variable is the value itself.
  return { state: 'ok', variables, entersInputs: variables.length > 1, percent, unit };
}
