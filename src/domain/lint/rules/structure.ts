import type { PlanDocument } from '../../plan-document';
import type { LintContext } from '../context';
import { type Finding, finding } from '../finding';

/** Objectives, themes and plans that lack what a balanced scorecard needs beneath them. */

export function objectivesWithoutKpi(plan: PlanDocument, ctx: LintContext): Finding[] {
  if (plan.objectives.length === 0) return [];
  if (plan.kpis.length === 0) {
    // A map-only plan (a parent's map quoted in a deck) would otherwise get one finding per objective.
    return [
      finding('plan-without-kpis', 'info', [], {
        zh: `此計畫有 ${plan.objectives.length} 項策略目標，但沒有任何關鍵績效指標（只有策略地圖）`,
        en: `the plan has ${plan.objectives.length} objectives but no KPI at all (a strategy map only)`,
      }),
    ];
  }
  const withKpi = new Set(plan.kpis.map((k) => k.objective));
  return plan.objectives
    .filter((o) => !withKpi.has(o.code))
    .map((o) =>
      finding(
        'objective-without-kpi',
        'warning',
        [o.code],
        {
          zh: `策略目標 ${o.code}「${o.name}」沒有關鍵績效指標`,
          en: `objective ${o.code} "${o.name}" has no KPI`,
        },
        ctx.codeLines?.get(o.code),
      ),
    );
}

export function themesWithoutObjectives(plan: PlanDocument): Finding[] {
  if (plan.objectives.length === 0) {
    return [
      finding('plan-without-objectives', plan.themes.length > 0 ? 'info' : 'warning', [], {
        zh:
          plan.themes.length > 0
            ? `此計畫只有使命、願景、核心價值與 ${plan.themes.length} 個策略主題，沒有策略目標`
            : '此計畫沒有策略主題，也沒有策略目標',
        en:
          plan.themes.length > 0
            ? `the plan has only its mission, vision, core values and ${plan.themes.length} themes, no objectives`
            : 'the plan has neither themes nor objectives',
      }),
    ];
  }
  const used = new Set(plan.objectives.map((o) => o.theme));
  return plan.themes
    .filter((t) => !used.has(t.letter))
    .map((t) =>
      finding('theme-without-objectives', 'warning', [t.letter], {
        zh: `策略主題 ${t.letter}「${t.name}」沒有任何策略目標`,
        en: `theme ${t.letter} "${t.name}" has no objective`,
      }),
    );
}

/** References that do not resolve; a stored plan never has them, a hand-written file may. */
export function missingParents(plan: PlanDocument, ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const objectives = new Set(plan.objectives.map((o) => o.code));
  const kpis = new Set(plan.kpis.map((k) => k.code));
  for (const k of plan.ksfs) {
    if (!objectives.has(k.objective)) {
      out.push(
        finding('parent-missing', 'error', [k.objective], {
          zh: `關鍵成功因素「${k.name}」所屬的策略目標 ${k.objective} 不在計畫中`,
          en: `KSF "${k.name}" belongs to objective ${k.objective}, which is not in the plan`,
        }),
      );
    }
  }
  for (const k of plan.kpis) {
    if (!objectives.has(k.objective)) {
      out.push(
        finding(
          'parent-missing',
          'error',
          [k.code, k.objective],
          {
            zh: `關鍵績效指標 ${k.code} 所屬的策略目標 ${k.objective} 不在計畫中`,
            en: `KPI ${k.code} belongs to objective ${k.objective}, which is not in the plan`,
          },
          ctx.codeLines?.get(k.code),
        ),
      );
    }
  }
  for (const a of plan.actions) {
    if (!kpis.has(a.kpi)) {
      out.push(
        finding(
          'parent-missing',
          'error',
          [a.code, a.kpi],
          {
            zh: `行動方案 ${a.code} 所屬的關鍵績效指標 ${a.kpi} 不在計畫中`,
            en: `action plan ${a.code} belongs to KPI ${a.kpi}, which is not in the plan`,
          },
          ctx.codeLines?.get(a.code),
        ),
      );
    }
  }
  return out;
}

/**
 * A plan that skips a letter (A, B, D) usually lost a theme when it was copied; unless its themes
 * all carry the letters of the parent's themes they take up (A, E, G of the city's A–H).
 */
export function themeLetterGaps(plan: PlanDocument): Finding[] {
  const letters = plan.themes.map((t) => t.letter).filter((l) => l !== 'T');
  if (letters.length < 2) return [];
  if (plan.themes.every((t) => t.cascadesFrom?.letter === t.letter)) return [];
  const codes = letters.map((l) => l.charCodeAt(0));
  const max = Math.max(...codes);
  const min = Math.min(...codes);
  const missing: string[] = [];
  for (let c = min; c <= max; c++) {
    const l = String.fromCharCode(c);
    if (!letters.includes(l)) missing.push(l);
  }
  if (missing.length === 0) return [];
  return [
    finding('theme-letter-gap', 'info', missing, {
      zh: `策略主題的字母跳過了 ${missing.join('、')}（現有 ${letters.join('、')}）`,
      en: `the theme letters skip ${missing.join(', ')} (the plan has ${letters.join(', ')})`,
    }),
  ];
}
