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

function found(plan: PlanDocument, s: StatedCount): number {
  const perspectiveOf = (objective: string) => plan.objectives.find((o) => o.code === objective)?.perspective;
  if (s.perspective === undefined) return plan[s.what].length;
  const p = s.perspective;
  switch (s.what) {
    case 'themes':
      return plan.themes.length;
    case 'objectives':
      return plan.objectives.filter((o) => o.perspective === p).length;
    case 'ksfs':
      return plan.ksfs.filter((k) => perspectiveOf(k.objective) === p).length;
    case 'kpis':
      return plan.kpis.filter((k) => perspectiveOf(k.objective) === p).length;
    case 'actions': {
      const kpiObjective = new Map(plan.kpis.map((k) => [k.code, k.objective]));
      return plan.actions.filter((a) => perspectiveOf(kpiObjective.get(a.kpi) ?? '') === p).length;
    }
  }
}

/** The document says how many it has ("訂定23項策略目標"); a different number means something was lost or misread. */
export function statedCounts(plan: PlanDocument, ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.statedCounts ?? []) {
    const actual = found(plan, s);
    if (actual === s.count) continue;
    const thing = THING_TEXT[s.what];
    const scope = s.perspective === undefined ? null : PERSPECTIVE_NAMES[s.perspective];
    out.push(
      finding(
        'stated-count-mismatch',
        'warning',
        [],
        {
          zh: `文件寫「${s.text}」：${scope ? `${scope.zh}構面` : ''}${thing.zh}應有 ${s.count} 項，實際讀到 ${actual} 項`,
          en: `the document states "${s.text}": ${s.count} ${scope ? `${scope.en.toLowerCase()} ` : ''}${thing.en}, but ${actual} were found`,
        },
        s.line,
      ),
    );
  }
  return out;
}
