import { normalizeCode, PERSPECTIVES, type Perspective } from '../codes';
import { formatPeriod, toPeriod } from '../periods';
import { achievementOf, capAchievement, lightOf } from './achievement';
import { rollUp } from './rollup';
import {
  type Actual,
  type GroupScore,
  type KpiScore,
  type PlanScore,
  type ScorePlanInput,
  type ScoringSettings,
  ScoringSettingsSchema,
  type Target,
} from './types';
import { type Dated, dated, FormulaCache, resolveActual, resolveTarget } from './values';

/** Codes repeat in every target and actual; normalising each once keeps a city run fast. */
function codeNormalizer(): (raw: string) => string {
  const seen = new Map<string, string>();
  return (raw) => {
    let code = seen.get(raw);
    if (code === undefined) {
      code = normalizeCode(raw);
      seen.set(raw, code);
    }
    return code;
  };
}

function byKpi<T extends { kpi: string }>(
  entries: Dated<T>[],
  normalize: (raw: string) => string,
): Map<string, Dated<T>[]> {
  const map = new Map<string, Dated<T>[]>();
  for (const e of entries) {
    const code = normalize(e.entry.kpi);
    const list = map.get(code);
    if (list) list.push(e);
    else map.set(code, [e]);
  }
  return map;
}

/** Settings as given (partial, from a plan) with the defaults filled in; throws on invalid ones. */
export function resolveSettings(settings: ScorePlanInput['settings']): ScoringSettings {
  return ScoringSettingsSchema.parse(settings ?? {});
}

/**
 * Scores one plan for one period: every KPI, then objectives, themes, perspectives and the
 * plan, as docs/SCORING.md describes. The one implementation used by the server, the web app
 * and the CLI. Pure; never reads the clock.
 */
export function scorePlan(input: ScorePlanInput, periodText: string): PlanScore {
  const settings = resolveSettings(input.settings);
  const period = toPeriod(periodText);
  const periodLabel = formatPeriod(period);
  const group = (children: { achievement: number | null; weight?: number | null }[]): GroupScore => {
    const r = rollUp(children, settings.rollup);
    return { ...r, light: lightOf(r.achievement, settings.thresholds) };
  };

  const normalize = codeNormalizer();
  const targets = byKpi(dated<Target>(input.targets), normalize);
  const actuals = byKpi(dated<Actual>(input.actuals), normalize);
  const formulas = new FormulaCache();
  const objectiveCodes = new Set(input.objectives.map((o) => normalize(o.code)));

  const kpis: KpiScore[] = input.kpis.map((kpi) => {
    const code = normalize(kpi.code);
    const polarity = kpi.polarity ?? 'higher';
    const target = resolveTarget(kpi, targets.get(code) ?? [], period);
    const actual = resolveActual(kpi, actuals.get(code) ?? [], period, formulas);
    const achievement = achievementOf(polarity, actual.value, target.value, kpi.tolerance);
    const capped = capAchievement(achievement, settings.cap);
    let problem = 'problem' in actual ? actual.problem : 'problem' in target ? target.problem : null;
    if (!objectiveCodes.has(normalize(kpi.objective))) {
      problem = {
        zh: `所屬策略目標 ${kpi.objective} 不在計畫中，不列入彙總`,
        en: `its objective ${kpi.objective} is not in the plan, so it is not rolled up`,
      };
    }
    return {
      code,
      objective: normalize(kpi.objective),
      period: periodLabel,
      polarity,
      target: target.value,
      actual: actual.value,
      achievement,
      capped,
      light: lightOf(achievement, settings.thresholds),
      problem,
    };
  });

  const kpisOf = new Map<string, { achievement: number | null; weight?: number | null }[]>();
  for (const [i, k] of kpis.entries()) {
    const list = kpisOf.get(k.objective) ?? [];
    list.push({ achievement: k.capped, weight: input.kpis[i]?.weight });
    kpisOf.set(k.objective, list);
  }

  const objectives = input.objectives.map((o) => {
    const code = normalize(o.code);
    return {
      code,
      theme: o.theme,
      perspective: o.perspective,
      weight: o.weight,
      ...group(kpisOf.get(code) ?? []),
    };
  });

  // Themes named only by their objectives' codes (a letter lost in import) still get a score.
  const letters = [...input.themes.map((t) => t.letter)];
  for (const o of objectives) if (o.theme !== null && !letters.includes(o.theme)) letters.push(o.theme);
  const themeWeight = new Map(input.themes.map((t) => [t.letter, t.weight]));
  const themes = letters.map((letter) => ({
    letter,
    weight: themeWeight.get(letter),
    // Shared objectives (no theme letter) serve every theme, so they count in each.
    ...group(objectives.filter((o) => o.theme === letter || o.theme === null)),
  }));

  const perspectives = PERSPECTIVES.map((perspective: Perspective) => ({
    perspective,
    weight: input.perspectiveWeights?.[perspective],
    ...group(objectives.filter((o) => o.perspective === perspective)),
  }));

  const basis = settings.planFrom === 'themes' && themes.length > 0 ? themes : perspectives;
  const strip = <T extends { weight?: number | null }>({ weight: _w, ...rest }: T) => rest;
  return {
    period: periodLabel,
    settings,
    kpis,
    objectives: objectives.map(strip),
    themes: themes.map(strip),
    perspectives: perspectives.map(strip),
    plan: group(basis),
  };
}
