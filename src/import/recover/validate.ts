import { type Finding, finding } from '../../domain/lint/finding';
import { type PlanDocument, type PlanDocumentInput, PlanDocumentSchema } from '../../domain/plan-document';
import { checkPlanIntegrity } from '../../domain/plan-integrity';

/**
 * The last gate: every plan the importer returns passes the schema and the integrity rules.
 * Recovery should already guarantee it; if a document still slips something through, the
 * offending element is left out and reported instead of failing the whole import.
 */

const LISTS = ['themes', 'objectives', 'ksfs', 'kpis', 'actions', 'links'] as const;
type ListName = (typeof LISTS)[number];

function dropAt(input: PlanDocumentInput, path: PropertyKey[]): string | null {
  const [list, index] = path;
  if (typeof list !== 'string' || typeof index !== 'number' || !LISTS.includes(list as ListName)) return null;
  const arr = input[list as ListName] as unknown[] | undefined;
  if (!arr || index >= arr.length) return null;
  const [removed] = arr.splice(index, 1);
  return JSON.stringify(removed);
}

export function validatePlan(input: PlanDocumentInput): { plan: PlanDocument | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const work: PlanDocumentInput = structuredClone(input);
  for (let round = 0; round < 50; round++) {
    const parsed = PlanDocumentSchema.safeParse(work);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const removed = issue ? dropAt(work, issue.path) : null;
      if (removed === null) {
        findings.push(
          finding('plan-invalid', 'error', [], {
            zh: `無法產生有效的計畫：${issue?.message ?? '格式錯誤'}（${issue?.path.join('.') ?? ''}）`,
            en: `no valid plan could be produced: ${issue?.message ?? 'invalid'} (${issue?.path.join('.') ?? ''})`,
          }),
        );
        return { plan: null, findings };
      }
      findings.push(dropped(issue?.message ?? '', removed));
      continue;
    }
    const problems = checkPlanIntegrity(parsed.data);
    const first = problems[0];
    if (!first) return { plan: parsed.data, findings };
    const removed = dropAt(work, first.path);
    if (removed === null) {
      findings.push(
        finding('plan-invalid', 'error', [], {
          zh: `無法產生有效的計畫：${first.message}`,
          en: `no valid plan could be produced: ${first.message}`,
        }),
      );
      return { plan: null, findings };
    }
    findings.push(dropped(first.message, removed));
  }
  return { plan: null, findings };
}

function dropped(reason: string, what: string): Finding {
  return finding('element-dropped', 'error', [], {
    zh: `已略過不一致的項目 ${what}：${reason}`,
    en: `an inconsistent element was left out ${what}: ${reason}`,
  });
}
