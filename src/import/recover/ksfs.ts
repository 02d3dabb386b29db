import { type Finding, finding } from '../../domain/lint/finding';
import { nameKey } from '../../domain/lint/similarity';
import type { Mention } from './mentions';

/**
 * KSFs are coded like objectives but the row decides which objective they serve: a KSF printed
 * `BP2` in objective BP1's row (its KPI is BP1.2) belongs to BP1.
 */

export interface ResolvedKsf {
  code: string | null;
  objective: string;
  name: string;
  line: number;
}

export function resolveKsfs(mentions: Mention[]): { ksfs: ResolvedKsf[]; findings: Finding[] } {
  const ksfs: ResolvedKsf[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'ksf' || nameKey(m.name) === '') continue;
    const objective = m.objective ?? m.code;
    if (objective === '') continue;
    const key = `${objective}\u0000${nameKey(m.name)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ksfs.push({ code: m.code === '' ? null : m.code, objective, name: m.name, line: m.line });
    if (m.code !== '' && m.code !== objective) {
      findings.push(
        finding(
          'ksf-code-row',
          'info',
          [m.code, objective],
          {
            zh: `關鍵成功因素 ${m.code}「${m.name}」位於策略目標 ${objective} 的列中，已歸屬 ${objective}；若代碼正確，請將它移到 ${m.code} 的列`,
            en: `KSF ${m.code} "${m.name}" sits in the row of objective ${objective} and was filed under ${objective}; if its code is right, move it to ${m.code}'s row`,
          },
          m.line,
        ),
      );
    }
  }
  return { ksfs, findings };
}
