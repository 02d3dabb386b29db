import type { ImportResult } from '../../import';
import type { ServiceContext } from '../context';
import { AppError, type FieldIssue } from '../errors';
import {
  type ImportOptions,
  importPlanDocuments,
  type PlanImportOutcome,
} from '../plans/import-plan-documents';

/**
 * Which findings keep a document's plans out of the database. Every plan the importer returns
 * has passed the plan schema and the integrity rules, so findings — even errors such as a KPI
 * whose objective is missing — are advice and never block storing. The exception is a part of
 * the document that could not become a valid plan at all (`plan-invalid`): storing the other
 * plans would store the file only in part, so the whole file is refused.
 */
export const BLOCKING_RULES: ReadonlySet<string> = new Set(['plan-invalid']);

export function checkStorable(result: ImportResult): void {
  const blocking = result.findings.filter((f) => f.severity === 'error' && BLOCKING_RULES.has(f.rule));
  if (blocking.length === 0) return;
  const issues: FieldIssue[] = blocking.map((f) => ({
    path: [f.plan ? `${f.plan.org} ${f.plan.year}` : '', f.line === undefined ? '' : `line ${f.line}`]
      .filter(Boolean)
      .join(', '),
    message: f.message.en,
  }));
  throw new AppError(
    'validation',
    `${result.fileName}: ${blocking.length} plan(s) in this document could not be recovered; nothing from this file was stored`,
    issues,
    {
      code: 'plan-invalid',
      fileName: result.fileName,
      messageZh: `${result.fileName}：文件中有 ${blocking.length} 份計畫無法正確讀取，此檔案未匯入任何內容`,
    },
  );
}

/** Stores the plans read from one document, all or nothing. */
export async function storeImportedPlans(
  ctx: ServiceContext,
  result: ImportResult,
  options: ImportOptions = {},
): Promise<PlanImportOutcome[]> {
  checkStorable(result);
  return importPlanDocuments(ctx, result.plans, options);
}
