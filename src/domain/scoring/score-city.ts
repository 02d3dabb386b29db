import { lightOf } from './achievement';
import { rollUp } from './rollup';
import { resolveSettings } from './score-plan';
import type { GroupScore, PlanScore, ScorePlanInput } from './types';

export interface CityOrgInput {
  org: string;
  /** Weight of the organisation in the city's scores; equal (1) by default. */
  weight?: number | null;
  themes: { letter: string; weight?: number | null; cascadesFrom?: { org: string; letter: string } | null }[];
  /**
   * The organisation's plan score for the period; `null` for an organisation listed only so
   * that cascades through it can be followed (a bureau between the city and an agency).
   */
  score: PlanScore | null;
}

export interface ScoreCityInput {
  city: { org: string; themes: { letter: string }[] };
  orgs: CityOrgInput[];
  settings?: ScorePlanInput['settings'];
}

export interface CityScore {
  /** All organisations' plan scores together. */
  plan: GroupScore;
  /** Per city theme: the organisations whose themes cascade into it. */
  themes: (GroupScore & { letter: string; contributors: { org: string; achievement: number | null }[] })[];
  /** Per organisation: its plan score and what it contributes to each city theme (a heatmap row). */
  orgs: (GroupScore & { org: string; byTheme: Record<string, number | null> })[];
  /** The thresholds the lights were judged by (the city plan's, else the defaults), for colouring cells alike. */
  thresholds: { green: number; yellow: number };
}

/** 台 and 臺 and width variants name the same organisation in different documents. */
const orgKey = (name: string) => name.normalize('NFKC').replace(/台/g, '臺').replace(/\s+/g, '');

/**
 * The city theme a theme of an organisation ultimately serves, following `cascadesFrom` up
 * through bureaus (library A → 教育局 H → city H); `null` when the chain never reaches the city.
 */
function cityThemeOf(
  org: string,
  letter: string,
  cityKey: string,
  cityLetters: Set<string>,
  themesOf: Map<string, CityOrgInput['themes']>,
): string | null {
  const seen = new Set<string>();
  let key = orgKey(org);
  let current = letter;
  while (!seen.has(`${key}/${current}`)) {
    if (key === cityKey) return cityLetters.has(current) ? current : null;
    seen.add(`${key}/${current}`);
    const from = themesOf.get(key)?.find((t) => t.letter === current)?.cascadesFrom;
    if (!from) return null;
    key = orgKey(from.org);
    current = from.letter;
  }
  return null;
}

/**
 * Scores the whole city. The city's score is the weighted average (or worst) of the
 * organisations' plan scores. A city theme's score first combines, within each organisation,
 * its themes that cascade into that city theme (by theme weight), then combines the
 * organisations (by organisation weight), so that an agency with four cascaded themes does not
 * count four times. The city's own plan, when listed, contributes its theme of the same letter.
 */
export function scoreCity(input: ScoreCityInput): CityScore {
  const settings = resolveSettings(input.settings);
  const light = (achievement: number | null) => lightOf(achievement, settings.thresholds);
  const cityKey = orgKey(input.city.org);
  const cityLetters = new Set(input.city.themes.map((t) => t.letter));
  const themesOf = new Map(input.orgs.map((o) => [orgKey(o.org), o.themes]));

  const orgs = input.orgs
    .filter((o): o is CityOrgInput & { score: PlanScore } => o.score !== null)
    .map((o) => {
      const scored = new Map(o.score.themes.map((t) => [t.letter, t.achievement]));
      const parts = new Map<string, { achievement: number | null; weight?: number | null }[]>();
      for (const t of o.themes) {
        const target = cityThemeOf(o.org, t.letter, cityKey, cityLetters, themesOf);
        if (target === null) continue;
        const list = parts.get(target) ?? [];
        list.push({ achievement: scored.get(t.letter) ?? null, weight: t.weight });
        parts.set(target, list);
      }
      const byTheme: Record<string, number | null> = {};
      for (const letter of cityLetters) {
        const p = parts.get(letter);
        byTheme[letter] = p ? rollUp(p, settings.rollup).achievement : null;
      }
      return { org: o.org, weight: o.weight, byTheme, ...o.score.plan };
    });

  const themes = [...cityLetters].map((letter) => {
    const contributors = orgs
      .filter((o) => o.byTheme[letter] !== null)
      .map((o) => ({ org: o.org, achievement: o.byTheme[letter] ?? null, weight: o.weight }));
    const r = rollUp(contributors, settings.rollup);
    return {
      letter,
      ...r,
      light: light(r.achievement),
      contributors: contributors.map(({ org, achievement }) => ({ org, achievement })),
    };
  });

  const total = rollUp(orgs, settings.rollup);
  return {
    plan: { ...total, light: light(total.achievement) },
    themes,
    orgs: orgs.map(({ weight: _w, ...o }) => o),
    thresholds: settings.thresholds,
  };
}
