import type { PlanDocument } from '../../plan-document';
import type { LintContext, NameVariant } from '../context';
import { type Finding, finding, linesText } from '../finding';
import { nameKey } from '../similarity';

/**
 * Names that are empty or repeated where they should differ. The same name in different themes
 * is normal (every theme has 提高預算執行效能), so duplicates are only looked for among siblings.
 */

interface Named {
  code: string;
  name: string;
  scope: string;
}

const KIND_TEXT = {
  theme: { zh: '策略主題', en: 'theme' },
  objective: { zh: '策略目標', en: 'objective' },
  kpi: { zh: '關鍵績效指標', en: 'KPI' },
  action: { zh: '行動方案', en: 'action plan' },
  ksf: { zh: '關鍵成功因素', en: 'KSF' },
} as const;
type Kind = keyof typeof KIND_TEXT;

function scopeText(kind: Kind, scope: string): { zh: string; en: string } {
  if (kind === 'theme') return { zh: '本計畫', en: 'the plan' };
  if (kind === 'objective') {
    return scope === ''
      ? { zh: '共同目標', en: 'the shared objectives' }
      : { zh: `主題 ${scope}`, en: `theme ${scope}` };
  }
  return { zh: scope, en: scope };
}

function siblings(plan: PlanDocument): Record<Kind, Named[]> {
  return {
    theme: plan.themes.map((t) => ({ code: t.letter, name: t.name, scope: '' })),
    objective: plan.objectives.map((o) => ({ code: o.code, name: o.name, scope: o.theme ?? '' })),
    ksf: plan.ksfs.map((k) => ({ code: k.code ?? k.objective, name: k.name, scope: k.objective })),
    kpi: plan.kpis.map((k) => ({ code: k.code, name: k.name, scope: k.objective })),
    action: plan.actions.map((a) => ({ code: a.code, name: a.name, scope: a.kpi })),
  };
}

export function duplicateAndEmptyNames(plan: PlanDocument, ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const all = siblings(plan);
  for (const kind of Object.keys(all) as Kind[]) {
    const seen = new Map<string, Named>();
    for (const item of all[kind]) {
      const key = nameKey(item.name);
      const what = KIND_TEXT[kind];
      if (key === '') {
        out.push(
          finding(
            'empty-name',
            'error',
            [item.code],
            {
              zh: `${what.zh} ${item.code} 沒有名稱（只有空白或標點「${item.name}」）`,
              en: `${what.en} ${item.code} has no name (only blanks or punctuation "${item.name}")`,
            },
            ctx.codeLines?.get(item.code),
          ),
        );
        continue;
      }
      const scoped = `${item.scope}\u0000${key}`;
      const first = seen.get(scoped);
      if (first === undefined) {
        seen.set(scoped, item);
        continue;
      }
      const where = scopeText(kind, item.scope);
      out.push(
        finding(
          'duplicate-name',
          'warning',
          [first.code, item.code],
          {
            zh: `${where.zh}中 ${what.zh} ${first.code} 與 ${item.code} 同名「${item.name}」`,
            en: `in ${where.en}, ${what.en}s ${first.code} and ${item.code} have the same name "${item.name}"`,
          },
          ctx.codeLines?.get(item.code),
        ),
      );
    }
  }
  return out;
}

/** The map and the table spell one objective differently (培育 vs 培植); the importer chose one. */
export function nameVariants(plan: PlanDocument, ctx: LintContext): Finding[] {
  const present = new Set([
    ...plan.objectives.map((o) => o.code),
    ...plan.kpis.map((k) => k.code),
    ...plan.actions.map((a) => a.code),
  ]);
  return (ctx.nameVariants ?? [])
    .filter((v: NameVariant) => present.has(v.code) && v.spellings.length > 1)
    .map((v) => {
      const what = KIND_TEXT[v.kind];
      const zh = v.spellings.map((s) => `${linesText(s.lines).zh}「${s.name}」`).join('、');
      const en = v.spellings.map((s) => `"${s.name}" (${linesText(s.lines).en})`).join(', ');
      const firstLine = Math.min(...v.spellings.flatMap((s) => s.lines));
      return finding(
        'name-variant',
        'warning',
        [v.code],
        {
          zh: `${what.zh} ${v.code} 的名稱前後不一致：${zh}；採用「${v.chosen}」`,
          en: `${what.en} ${v.code} is named differently: ${en}; "${v.chosen}" was used`,
        },
        Number.isFinite(firstLine) ? firstLine : undefined,
      );
    });
}
