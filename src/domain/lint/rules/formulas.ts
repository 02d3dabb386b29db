import { checkFormula } from '../../formula-check';
import type { PlanDocument } from '../../plan-document';
import type { LintContext } from '../context';
import { type Finding, finding } from '../finding';

export function unparsableFormulas(plan: PlanDocument, ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const k of plan.kpis) {
    if (k.formula == null || k.formula.trim() === '') continue;
    const result = checkFormula(k.formula);
    if (result.ok) continue;
    out.push(
      finding(
        'formula-unparsable',
        'warning',
        [k.code],
        {
          zh: `關鍵績效指標 ${k.code} 的公式「${k.formula}」無法解析：${result.problem.zh}`,
          en: `the formula of KPI ${k.code} "${k.formula}" cannot be parsed: ${result.problem.en}`,
        },
        ctx.codeLines?.get(k.code),
      ),
    );
  }
  return out;
}
