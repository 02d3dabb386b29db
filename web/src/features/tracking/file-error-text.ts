import type { ApiError } from '../../api/errors';
import type { Dictionary } from '../../i18n/zh-TW';

/** Why a whole uploaded file was refused: the API's `details.fileError`, by stable code. */
export interface FileError {
  code: string;
  params: Record<string, string | number>;
}

/**
 * The file problem of a refused upload. A body over the server's size limit is refused before
 * the sheet is read, so it carries no `fileError`; it is the same problem to the user.
 */
export function fileErrorOf(error: ApiError): FileError | undefined {
  const raw = error.details.fileError as { code?: unknown; params?: unknown } | undefined;
  if (raw && typeof raw === 'object' && typeof raw.code === 'string') {
    const params = raw.params && typeof raw.params === 'object' ? raw.params : {};
    return { code: raw.code, params: params as FileError['params'] };
  }
  if (error.kind === 'too_large') return { code: 'too_large', params: {} };
  return undefined;
}

/**
 * The problem and how to fix it in the user's language; `undefined` for a code this client does
 * not know, so the caller can fall back to the API's English message.
 */
export function fileErrorText(t: Dictionary, e: FileError): string | undefined {
  const p = (name: string) => String(e.params[name] ?? '');
  switch (e.code) {
    case 'unsupported_type':
      return t.trkFileErrUnsupportedType(p('extension'));
    case 'empty_file':
      return t.trkFileErrEmpty;
    case 'too_large':
      return e.params.mb !== undefined && e.params.limitMb !== undefined
        ? t.trkFileErrTooLarge(p('mb'), p('limitMb'))
        : t.trkFileErrTooLargeUpload;
    case 'binary':
      return t.trkFileErrBinary;
    case 'unknown_encoding':
      return t.trkFileErrEncoding;
    case 'office_file':
      return t.trkFileErrOfficeFile;
    case 'legacy_excel':
      return t.trkFileErrLegacyExcel;
    case 'pdf_file':
      return t.trkFileErrPdf;
    case 'unclosed_quote':
      return t.trkFileErrUnclosedQuote(p('line'));
    case 'empty_sheet':
      return t.trkFileErrEmptySheet;
    case 'no_kpi_column':
      return t.trkFileErrNoKpiColumn(p('row'));
    case 'unreadable_xlsx':
      return t.trkFileErrUnreadableXlsx;
    case 'empty_workbook':
      return t.trkFileErrEmptyWorkbook;
    case 'archive_too_many_entries':
      return t.trkFileErrArchiveEntries(p('entries'), p('limit'));
    case 'archive_entry_too_large':
      return t.trkFileErrArchiveEntryTooLarge(p('entry'), p('mb'), p('limitMb'));
    case 'archive_too_large':
      return t.trkFileErrArchiveTooLarge(p('mb'), p('limitMb'));
    case 'archive_compression_ratio':
      return t.trkFileErrArchiveRatio(p('entry'), p('ratio'), p('limit'));
    case 'archive_size_mismatch':
      return t.trkFileErrArchiveSizeMismatch(p('entry'));
    case 'archive_encrypted':
      return t.trkFileErrArchiveEncrypted;
    case 'archive_unsafe_path':
      return t.trkFileErrArchiveUnsafePath(p('entry'));
    case 'parse_timeout':
      return t.trkFileErrParseTimeout(p('seconds'));
    case 'parse_memory':
      return t.trkFileErrParseMemory(p('limitMb'));
    case 'no_rows':
      return t.trkUploadNoRows;
    default:
      return undefined;
  }
}
