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
  | 'internal';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly zh: string;
  readonly fileName: string;

  constructor(code: ImportErrorCode, fileName: string, message: { en: string; zh: string }) {
    super(`${fileName}: ${message.en}`);
    this.code = code;
    this.zh = `${fileName}：${message.zh}`;
    this.fileName = fileName;
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
