import { type Finding, type LineLocator, relocateLines } from '../domain/lint/finding';
import type { PlanDocument } from '../domain/plan-document';
import { ImportError, isImportError } from './errors';
import type { PageKind } from './pages';
import { readSource } from './readers';
import { readText } from './readers/text';
import { whyNoCodes } from './readers/why-no-codes';
import { type RecoverOptions, recoverPlans } from './recover/recover-plans';
import { hasCode } from './recover/tokens';
import type { SourceDocument } from './source';

/**
 * The importer's one entry point: bytes of a document in (PowerPoint, PDF, Word, Excel or
 * text), plan documents and findings out, or an ImportError that says in English and zh-TW what
 * is wrong with the file. Nothing else is thrown. Findings of a paged document say their page
 * and the line within it.
 */

export interface ImportResult {
  fileName: string;
  plans: PlanDocument[];
  findings: Finding[];
}

export type ImportOptions = Partial<RecoverOptions>;

/** Stratmap is deployed for Taipei; a document that says only 本府 means this city. */
export const DEFAULT_CITY = '臺北市政府';

function internalError(fileName: string, e: unknown): ImportError {
  const detail = e instanceof Error ? e.message : String(e);
  return new ImportError('internal', fileName, {
    en: `the importer could not process this document (${detail}); please report it with the file`,
    zh: `匯入程式無法處理這份文件（${detail}）；請連同檔案回報`,
  });
}

function locator(source: SourceDocument): LineLocator | undefined {
  const kinds = new Map<number, PageKind>((source.pages ?? []).map((p) => [p.number, p.kind]));
  const byLine = new Map(source.lines.filter((l) => l.page !== undefined).map((l) => [l.n, l]));
  if (byLine.size === 0) return undefined;
  return (n) => {
    const line = byLine.get(n);
    const kind = line?.page === undefined ? undefined : kinds.get(line.page);
    if (!line || kind === undefined || kind === 'text' || line.page === undefined) return undefined;
    return { page: { kind, number: line.page }, line: line.pageLine ?? n };
  };
}

/** A finding of a paged document: its page, its line within the page, its message said by page. */
function placed(f: Finding, locate: LineLocator): Finding {
  const out: Finding = { ...f, message: relocateLines(f.message, locate) };
  const at = f.line === undefined ? undefined : locate(f.line);
  if (at) {
    out.page = at.page;
    out.line = at.line;
  }
  return out;
}

/** Recovery of a document already read: plans and findings, each finding placed by page. */
export function recoverDocument(source: SourceDocument, options: ImportOptions = {}): ImportResult {
  if (!source.lines.some((l) => hasCode(l.text))) {
    const refusal = whyNoCodes(source);
    if (refusal) throw refusal;
  }
  const { plans, findings } = recoverPlans(source, { fallbackCity: DEFAULT_CITY, ...options });
  const locate = locator(source);
  return {
    fileName: source.fileName,
    plans,
    findings: locate ? findings.map((f) => placed(f, locate)) : findings,
  };
}

export async function importDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    return recoverDocument(await readSource(bytes, fileName), options);
  } catch (e) {
    throw isImportError(e) ? e : internalError(fileName, e);
  }
}

/**
 * A plain-text document, synchronously: for tests and scripts that import text (the seeds).
 * Anything that is not text is refused as `importDocument` would refuse it as text.
 */
export function importTextDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): ImportResult {
  try {
    return recoverDocument(readText(bytes, fileName), options);
  } catch (e) {
    throw isImportError(e) ? e : internalError(fileName, e);
  }
}

/** The same, as a value, for callers that prefer not to catch. */
export async function tryImportDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<{ ok: true; result: ImportResult } | { ok: false; error: ImportError }> {
  try {
    return { ok: true, result: await importDocument(bytes, fileName, options) };
  } catch (e) {
    return { ok: false, error: e as ImportError };
  }
}
