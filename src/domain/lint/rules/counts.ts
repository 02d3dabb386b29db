import { PERSPECTIVE_NAMES } from '../../codes';
import type { PlanDocument } from '../../plan-document';
import type { CountedThing, LintContext, StatedCount } from '../context';
import { type Finding, finding } from '../finding';

const THING_TEXT: Record<CountedThing, { zh: string; en: string }> = {
  themes: { zh: '策略主題', en: 'themes' },
  objectives: { zh: '策略目標', en: 'objectives' },
  ksfs: { zh: '關鍵成功因素', en: 'KSFs' },
  kpis: { zh: '關鍵績效指標', en: 'KPIs' },
  actions: { zh: '行動方案', en: 'action plans' },
};

/** How many the plan has within the scope the document stated the count for (a perspective, a theme, the plan). */
function found(plan: PlanDocument, s: StatedCount): number {
  if (s.what === 'themes') return s.theme === undefined ? plan.themes.length : 1;
  const objectives = new Map(plan.objectives.map((o) => [o.code, o]));
  const inScope = (objective: string) => {
    const o = objectives.get(objective);
    if (!o) return s.perspective === undefined && s.theme === undefined;
    return (
      (s.perspective === undefined || o.perspective === s.perspective) &&
      (s.theme === undefined || o.theme === s.theme)
    );
  };
  switch (s.what) {
    case 'objectives':
      return plan.objectives.filter((o) => inScope(o.code)).length;
    case 'ksfs':
      return plan.ksfs.filter((k) => inScope(k.objective)).length;
    case 'kpis':
      return plan.kpis.filter((k) => inScope(k.objective)).length;
    case 'actions': {
      const kpiObjective = new Map(plan.kpis.map((k) => [k.code, k.objective]));
      return plan.actions.filter((a) => inScope(kpiObjective.get(a.kpi) ?? '')).length;
    }
  }
}

/** 「策略主題 A 顧客構面」 / "6 customer KPIs of theme A": the scope a count was stated for. */
function scopeText(s: StatedCount, thing: { zh: string; en: string }): { zh: string; en: string } {
  const p = s.perspective === undefined ? null : PERSPECTIVE_NAMES[s.perspective];
  return {
    zh: `${s.theme === undefined ? '' : `策略主題 ${s.theme} `}${p ? `${p.zh}構面` : ''}${thing.zh}`,
    en: `${p ? `${p.en.toLowerCase()} ` : ''}${thing.en}${s.theme === undefined ? '' : ` of theme ${s.theme}`}`,
  };
}

/** The document says how many it has ("訂定23項策略目標"); a different number means something was lost or misread. */
export function statedCounts(plan: PlanDocument, ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.statedCounts ?? []) {
    const actual = found(plan, s);
    if (actual === s.count) continue;
    const scope = scopeText(s, THING_TEXT[s.what]);
    out.push(
      finding(
        'stated-count-mismatch',
        'warning',
        s.theme === undefined ? [] : [s.theme],
        {
          zh: `文件寫「${s.text}」：${scope.zh}應有 ${s.count} 項，實際讀到 ${actual} 項`,
          en: `the document states "${s.text}": ${s.count} ${scope.en}, but ${actual} ${actual === 1 ? 'was' : 'were'} found`,
        },
        s.line,
      ),
    );
  }
  return out;
}
