import type { Finding } from '../domain/lint/finding';
import type { PlanDocument } from '../domain/plan-document';
import { ImportError, isImportError } from './errors';
import { readSource } from './readers';
import { type RecoverOptions, recoverPlans } from './recover/recover-plans';

/**
 * The importer's one entry point: bytes of a document in, plan documents and findings out, or an
 * ImportError that says in English and zh-TW what is wrong with the file. Nothing else is thrown.
 */

export interface ImportResult {
  fileName: string;
  plans: PlanDocument[];
  findings: Finding[];
}

export type ImportOptions = Partial<RecoverOptions>;

/** Stratmap is deployed for Taipei; a document that says only 本府 means this city. */
export const DEFAULT_CITY = '臺北市政府';

export function importDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): ImportResult {
  try {
    const source = readSource(bytes, fileName);
    const { plans, findings } = recoverPlans(source, { fallbackCity: DEFAULT_CITY, ...options });
    return { fileName, plans, findings };
  } catch (e) {
    if (isImportError(e)) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new ImportError('internal', fileName, {
      en: `the importer could not process this document (${detail}); please report it with the file`,
      zh: `匯入程式無法處理這份文件（${detail}）；請連同檔案回報`,
    });
  }
}

/** The same, as a value, for callers that prefer not to catch. */
export function tryImportDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): { ok: true; result: ImportResult } | { ok: false; error: ImportError } {
  try {
    return { ok: true, result: importDocument(bytes, fileName, options) };
  } catch (e) {
    return { ok: false, error: e as ImportError };
  }
}
