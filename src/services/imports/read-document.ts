import { type ImportError, type ImportResult, isImportError } from '../../import';
import { isStratmapWorkbook } from '../../import/readers/xlsx';
import { offThread } from '../../import/workers/parse-off-thread';
import { PoolLimitError } from '../../import/workers/worker-pool';
import { AppError, type FieldIssue } from '../errors';
import { lintPlanDocuments } from './lint-plans';

/** What a caller may tell the importer about a document that does not say it itself. */
export interface DocumentHints {
  org?: string;
  year?: number;
}

/**
 * The importer's refusal as the product's error. The zh-TW message travels in `details` so the
 * web app can show it to the planner while logs and the CLI keep the English one.
 */
export function appErrorOfImport(error: ImportError): AppError {
  // A file over the importer's size, archive or parsing limits is a size problem (413), not a
  // malformed request.
  const kind = error.tooLarge ? 'too_large' : 'validation';
  return new AppError(kind, error.message, [], {
    code: error.code,
    fileName: error.fileName,
    messageZh: error.zh,
  });
}

/**
 * Every worker is parsing and the queue is full: a refusal that passes by itself, so it says when
 * to come back (the error handler turns `retryAfterSeconds` into Retry-After).
 */
export function appErrorOfBusyParser(error: PoolLimitError): AppError {
  return new AppError(
    'unavailable',
    `the server is reading other files right now; try again in ${error.retryAfterSeconds} s`,
    [],
    { code: 'busy', retryAfterSeconds: error.retryAfterSeconds },
  );
}

/** Runs a parse off the main thread, its refusals said as the product's errors. */
async function parsed<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isImportError(error)) throw appErrorOfImport(error);
    if (error instanceof PoolLimitError && error.reason === 'busy') throw appErrorOfBusyParser(error);
    throw error;
  }
}

/**
 * Reads a strategy-map document (its bytes, as uploaded or read from disk) into plan documents
 * and findings, parsing in a worker thread within a time and memory limit. A document from which
 * no plan at all can be recovered is refused here, with the importer's error-severity findings
 * as the reasons, so callers never face an empty result.
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  hints: DocumentHints = {},
): Promise<ImportResult> {
  // Stratmap's own workbook comes back exactly through its reader; any other workbook is a
  // scorecard laid out by hand, which the document importer reads like a deck or a PDF.
  if (isStratmapWorkbook(bytes)) return readExportedWorkbook(bytes, fileName);
  const options: DocumentHints = {};
  if (hints.org?.trim()) options.org = hints.org.trim();
  if (hints.year !== undefined) options.year = hints.year;
  const result = await parsed(() => offThread().importDocument(bytes, fileName, options));
  if (result.plans.length === 0) {
    const issues: FieldIssue[] = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ path: f.line === undefined ? '' : `line ${f.line}`, message: f.message.en }));
    throw new AppError(
      'validation',
      `${fileName}: no valid plan could be recovered from this document`,
      issues,
      {
        code: 'no-plans',
        fileName,
        messageZh: `${fileName}：無法從這份文件取得有效的計畫`,
        findings: result.findings,
      },
    );
  }
  return result;
}

/**
 * A workbook Stratmap exported (and a planner may have edited) comes back as its plan; every
 * problem names its cell, and a workbook with any problem gives no plan at all.
 */
async function readExportedWorkbook(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const result = await parsed(() => offThread().readWorkbook(bytes, fileName));
  if (!result.ok) {
    throw new AppError(
      'validation',
      `${fileName}: the workbook has ${result.messages.length} problem(s); nothing was imported`,
      result.messages.map((m) => {
        const at = m.indexOf(': ');
        return at < 0 ? { path: '', message: m } : { path: m.slice(0, at), message: m.slice(at + 2) };
      }),
      {
        code: 'workbook',
        fileName,
        messageZh: `${fileName}：活頁簿有 ${result.messages.length} 個問題，未匯入任何資料`,
      },
    );
  }
  return { fileName, plans: [result.plan], findings: lintPlanDocuments([result.plan]) };
}
