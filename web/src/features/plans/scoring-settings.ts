import { PERSPECTIVES, type Perspective } from '../../../../src/domain/codes';
import type { PlanBasis, Rollup } from '../../../../src/domain/scoring/types';
import type { PlanScoringValue } from '../../api/types';
import type { Dictionary } from '../../i18n/zh-TW';

/**
 * A plan's scoring settings (docs/SCORING.md) as the overview shows and edits them. The API
 * stores ratios (1 = 100 %); planners think in per cent, so the form works in per cent.
 * The rules are written out rather than imported: the domain's schemas would bring zod into
 * the page. scoring-settings.test.ts checks them against those schemas.
 */

export type { PlanScoringValue };

/** Every setting filled in: what the plan is scored with. */
export interface EffectiveScoring {
  green: number;
  yellow: number;
  cap: number;
  rollup: Rollup;
  planFrom: PlanBasis;
  weights: Record<Perspective, number>;
}

export const SCORING_DEFAULTS: EffectiveScoring = {
  green: 1,
  yellow: 0.8,
  cap: 1.2,
  rollup: 'weighted',
  planFrom: 'perspectives',
  weights: { C: 1, P: 1, L: 1, F: 1 },
};

export function effectiveScoring(s: PlanScoringValue | null | undefined): EffectiveScoring {
  const d = SCORING_DEFAULTS;
  return {
    green: s?.thresholds?.green ?? d.green,
    yellow: s?.thresholds?.yellow ?? d.yellow,
    cap: s?.cap ?? d.cap,
    rollup: s?.rollup ?? d.rollup,
    planFrom: s?.planFrom ?? d.planFrom,
    weights: Object.fromEntries(
      PERSPECTIVES.map((p) => [p, s?.perspectiveWeights?.[p] ?? d.weights[p]]),
    ) as Record<Perspective, number>,
  };
}

export function isDefaultScoring(s: EffectiveScoring): boolean {
  const d = SCORING_DEFAULTS;
  return (
    s.green === d.green &&
    s.yellow === d.yellow &&
    s.cap === d.cap &&
    s.rollup === d.rollup &&
    s.planFrom === d.planFrom &&
    PERSPECTIVES.every((p) => s.weights[p] === d.weights[p])
  );
}

/** 0.85 → 85, without the 85.00000000000001 that multiplying by 100 gives. */
export function percentOf(ratio: number): number {
  return Number((ratio * 100).toFixed(6));
}

/** 85 → 0.85, the same number as the literal 0.85, so a threshold of 85 % is met by 85 of 100. */
export function ratioOf(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

/** The form's values: thresholds and cap in per cent; `null` where the user emptied a box. */
export interface ScoringFormValues {
  green: number | null;
  yellow: number | null;
  cap: number | null;
  rollup: Rollup;
  planFrom: PlanBasis;
  weights: Record<Perspective, number | null>;
}

export function formValuesOf(s: EffectiveScoring): ScoringFormValues {
  return {
    green: percentOf(s.green),
    yellow: percentOf(s.yellow),
    cap: percentOf(s.cap),
    rollup: s.rollup,
    planFrom: s.planFrom,
    weights: { ...s.weights },
  };
}

/** What PATCH /api/plans/:planId takes as `scoring`; call only with values `checkScoringForm` passed. */
export function scoringOfForm(v: ScoringFormValues): Required<PlanScoringValue> {
  return {
    thresholds: { green: ratioOf(v.green ?? 0), yellow: ratioOf(v.yellow ?? 0) },
    cap: ratioOf(v.cap ?? 0),
    rollup: v.rollup,
    planFrom: v.planFrom,
    perspectiveWeights: Object.fromEntries(PERSPECTIVES.map((p) => [p, v.weights[p] ?? 0])),
  };
}

/** A form field: `green`, `yellow`, `cap`, `rollup`, `planFrom` or `weights.C` … `weights.F`. */
export type ScoringField = 'green' | 'yellow' | 'cap' | 'rollup' | 'planFrom' | `weights.${Perspective}`;

export type ScoringProblem =
  | 'required'
  | 'negative'
  | 'capNotPositive'
  | 'yellowAboveGreen'
  | 'greenAboveCap'
  | 'noPerspectiveWeight';

/**
 * The schema's rules (yellow ≤ green ≤ cap, cap above 0, nothing negative), each reported at the
 * field the user would change. One rule more than the schema: a plan scored from perspectives
 * needs a perspective that counts, or its score could never be computed.
 */
export function checkScoringForm(
  v: ScoringFormValues,
  order: readonly Perspective[] = PERSPECTIVES,
): Partial<Record<ScoringField, ScoringProblem>> {
  const out: Partial<Record<ScoringField, ScoringProblem>> = {};
  const number = (field: ScoringField, x: number | null) => {
    if (x == null || Number.isNaN(x)) out[field] = 'required';
    else if (x < 0) out[field] = 'negative';
  };
  number('green', v.green);
  number('yellow', v.yellow);
  number('cap', v.cap);
  if (!out.cap && v.cap === 0) out.cap = 'capNotPositive';
  for (const p of PERSPECTIVES) number(`weights.${p}`, v.weights[p]);
  if (!out.green && !out.yellow && (v.yellow as number) > (v.green as number))
    out.yellow = 'yellowAboveGreen';
  if (!out.green && !out.cap && (v.green as number) > (v.cap as number)) out.green = 'greenAboveCap';
  const first = order[0] ?? 'C';
  if (
    v.planFrom === 'perspectives' &&
    PERSPECTIVES.every((p) => !out[`weights.${p}`]) &&
    PERSPECTIVES.every((p) => v.weights[p] === 0)
  )
    out[`weights.${first}`] = 'noPerspectiveWeight';
  return out;
}

export function problemText(t: Dictionary, problem: ScoringProblem): string {
  return {
    required: t.scoringRequired,
    negative: t.scoringNegative,
    capNotPositive: t.scoringCapNotPositive,
    yellowAboveGreen: t.scoringYellowAboveGreen,
    greenAboveCap: t.scoringGreenAboveCap,
    noPerspectiveWeight: t.scoringNoPerspectiveWeight,
  }[problem];
}

/**
 * The form field an API issue belongs to (`scoring.thresholds.green` → `green`); `null` for
 * issues no single field owns, which the form lists above its fields. The schema reports
 * "yellow above green" at `scoring.thresholds`, so that one goes to the yellow box as ours does.
 */
export function fieldOfIssue(path: string): ScoringField | null {
  const fields: Record<string, ScoringField> = {
    'scoring.thresholds.green': 'green',
    'scoring.thresholds.yellow': 'yellow',
    'scoring.thresholds': 'yellow',
    'scoring.cap': 'cap',
    'scoring.rollup': 'rollup',
    'scoring.planFrom': 'planFrom',
  };
  if (fields[path]) return fields[path];
  const weight = /^scoring\.perspectiveWeights\.([CPLF])$/.exec(path);
  return weight ? (`weights.${weight[1]}` as ScoringField) : null;
}

/** A percentage as planners write it: 100, 82.5 (at most two decimals). */
export function percentText(ratio: number): string {
  return String(Number((ratio * 100).toFixed(2)));
}

/**
 * The settings in one plain sentence: "達成率 100% 以上綠燈、80% 以上黃燈；超額達成以 120% 計；
 * 各層以加權平均彙總；整體分數由各構面加權（權重相同）。" A plan without themes is scored from its
 * perspectives whatever it chose, so the sentence says what is actually done.
 */
export function scoringSummary(
  t: Dictionary,
  s: EffectiveScoring,
  plan: { order: readonly Perspective[]; label: (p: Perspective) => string; hasThemes: boolean },
): string {
  const fromThemes = s.planFrom === 'themes' && plan.hasThemes;
  const worst = s.rollup === 'worst';
  let basis: string;
  if (fromThemes) basis = worst ? t.scoringFromThemesWorst : t.scoringFromThemesWeighted;
  else {
    const weights = plan.order.map((p) => s.weights[p]);
    const excluded = plan.order.filter((p) => s.weights[p] === 0).map(plan.label);
    let detail: string;
    if (worst) detail = excluded.length ? t.scoringExcluded(excluded.join(t.scoringListSeparator)) : '';
    else if (weights.every((w) => w === weights[0])) detail = t.scoringWeightsEqual;
    else
      detail = plan.order
        .map((p) =>
          s.weights[p] === 0 ? t.scoringWeightZero(plan.label(p)) : `${plan.label(p)} ${s.weights[p]}`,
        )
        .join(t.scoringListSeparator);
    basis = worst ? t.scoringFromPerspectivesWorst(detail) : t.scoringFromPerspectivesWeighted(detail);
  }
  return t.scoringSentence([
    t.scoringThresholdsPart(percentText(s.green), percentText(s.yellow)),
    t.scoringCapPart(percentText(s.cap)),
    worst ? t.scoringRollupWorst : t.scoringRollupWeighted,
    basis,
  ]);
}
