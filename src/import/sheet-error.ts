import type { ArchiveError } from './archive/archive-error';

/**
 * Stable names of what can make a whole file unreadable as a sheet of actuals. The message is
 * English (CLI, logs); clients say the problem in their own language from `code` and `params`.
 */
export const SHEET_ERROR_CODES = [
  'unsupported_type',
  'empty_file',
  'too_large',
  'binary',
  'unknown_encoding',
  'office_file',
  'legacy_excel',
  'pdf_file',
  'unclosed_quote',
  'empty_sheet',
  'no_kpi_column',
  'unreadable_xlsx',
  'empty_workbook',
  'archive_too_many_entries',
  'archive_entry_too_large',
  'archive_too_large',
  'archive_compression_ratio',
  'archive_size_mismatch',
  'archive_encrypted',
  'archive_unsafe_path',
  'parse_timeout',
  'parse_memory',
] as const;
export type SheetErrorCode = (typeof SHEET_ERROR_CODES)[number];

/** Refusals of a file too big or too complex to read (HTTP 413); the others are 400. */
const TOO_LARGE: ReadonlySet<SheetErrorCode> = new Set([
  'too_large',
  'archive_too_many_entries',
  'archive_entry_too_large',
  'archive_too_large',
  'archive_compression_ratio',
  'parse_timeout',
  'parse_memory',
]);

export class SheetError extends Error {
  override readonly name = 'SheetError';
  constructor(
    readonly code: SheetErrorCode,
    message: string,
    /** What the message names: extension, row, line, mb, limitMb, entry, ratio, limit, seconds … */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }

  get tooLarge(): boolean {
    return TOO_LARGE.has(this.code);
  }
}

/**
 * An archive refusal said for a sheet of actuals. A damaged archive is, to the person uploading
 * it, the same as any other unreadable workbook, so it keeps that code.
 */
export function sheetErrorOfArchive(error: ArchiveError, fileName: string): SheetError {
  if (error.code === 'corrupt') {
    return new SheetError(
      'unreadable_xlsx',
      `${fileName}: not a readable .xlsx workbook (${error.params.reason}); save it from Excel as .xlsx and upload again`,
    );
  }
  return new SheetError(`archive_${error.code}`, `${fileName}: ${error.message}`, error.params);
}
