import type { ArchiveError } from './archive/archive-error';

/**
 * The one error the importer throws. Every refusal carries a stable code, an English message
 * for logs and the CLI and a zh-TW message for the planner; nothing else escapes.
 */

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'office-file'
  | 'legacy-office-file'
  | 'pdf-file'
  | 'unsupported-format'
  | 'no-codes'
  | 'no-organisation'
  | 'no-year'
  | 'archive-too-many-entries'
  | 'archive-entry-too-large'
  | 'archive-too-large'
  | 'archive-compression-ratio'
  | 'archive-size-mismatch'
  | 'archive-encrypted'
  | 'archive-unsafe-path'
  | 'archive-corrupt'
  | 'parse-timeout'
  | 'parse-memory'
  | 'encrypted-office-file'
  | 'corrupt-file'
  | 'pdf-encrypted'
  | 'pdf-no-text'
  | 'map-is-picture'
  | 'kpi-table-without-codes'
  | 'too-many-pages'
  | 'internal';

/** Refusals of a file that is too big or too complex to read (HTTP 413); the rest are 400. */
const TOO_LARGE: ReadonlySet<ImportErrorCode> = new Set([
  'too-large',
  'archive-too-many-entries',
  'archive-entry-too-large',
  'archive-too-large',
  'archive-compression-ratio',
  'parse-timeout',
  'parse-memory',
  'too-many-pages',
]);

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly zh: string;
  readonly fileName: string;
  /** The message without the file name, as it was given. */
  readonly reason: { en: string; zh: string };

  constructor(code: ImportErrorCode, fileName: string, message: { en: string; zh: string }) {
    super(`${fileName}: ${message.en}`);
    this.code = code;
    this.zh = `${fileName}：${message.zh}`;
    this.fileName = fileName;
    this.reason = message;
  }

  get tooLarge(): boolean {
    return TOO_LARGE.has(this.code);
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}

/** An archive refusal as the importer says it: `archive_too_large` becomes `archive-too-large`. */
export function importErrorOfArchive(error: ArchiveError, fileName: string): ImportError {
  const code = `archive-${error.code.replace(/_/g, '-')}` as ImportErrorCode;
  return new ImportError(code, fileName, { en: error.message, zh: error.zh });
}
