import type { PlanDocument, PlanScoring } from './plan-document';
import { type PlanScore, type ScorePlanInput, type ScoringSettings, scorePlan } from './scoring';

/**
 * What `scorePlan` needs from a plan document. The server builds the same document from its
 * rows, so the CLI, the API and the web app score a plan from one shape with one implementation.
 */
export function scoringInputOfPlan(doc: PlanDocument): ScorePlanInput {
  const { perspectiveWeights, ...settings } = doc.scoring ?? {};
  return {
    kpis: doc.kpis.map((k) => ({
      code: k.code,
      objective: k.objective,
      polarity: k.polarity ?? null,
      weight: k.weight ?? null,
      formula: k.formula ?? null,
      aggregate: k.aggregate ?? null,
      stages: k.stages ?? null,
      tolerance: k.tolerance ?? null,
    })),
    objectives: doc.objectives.map((o) => ({
      code: o.code,
      theme: o.theme,
      perspective: o.perspective,
      weight: o.weight ?? null,
    })),
    themes: doc.themes.map((t) => ({ letter: t.letter, weight: t.weight ?? null })),
    perspectiveWeights: perspectiveWeights ?? null,
    targets: doc.targets ?? [],
    actuals: doc.actuals ?? [],
    settings: settingsOf(settings),
  };
}

/** The stated settings only; `scorePlan` fills in the defaults. */
function settingsOf(s: Omit<PlanScoring, 'perspectiveWeights'>): ScorePlanInput['settings'] {
  const out: Partial<Record<keyof ScoringSettings, unknown>> = {};
  if (s.thresholds) out.thresholds = s.thresholds;
  if (s.cap !== undefined) out.cap = s.cap;
  if (s.rollup !== undefined) out.rollup = s.rollup;
  if (s.planFrom !== undefined) out.planFrom = s.planFrom;
  return out as ScorePlanInput['settings'];
}

/** Scores a plan document for one period; the plan's year when no period is given. */
export function scorePlanDocument(doc: PlanDocument, period?: string): PlanScore {
  return scorePlan(scoringInputOfPlan(doc), period ?? String(doc.year));
}
