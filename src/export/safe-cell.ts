import type ExcelJS from 'exceljs';
import { xmlSafeText } from './xml-text';

/**
 * Cells a spreadsheet will not run. A text starting with = + - @ tab or CR is taken as a formula
 * when a CSV is opened or a cell is edited (`=HYPERLINK(…)` as a KPI name sends the reader's
 * click elsewhere), so every CSV and XLSX the server writes prefixes such a text with an
 * apostrophe (OWASP, CSV injection). Numbers stay numbers. Stratmap's own readers take the
 * apostrophe off again (`unquoteCell`), so a name that starts with "-" survives a round trip.
 */

/** Apostrophes, then a character that starts a formula. */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const ADDED_QUOTE = /^'+[=+\-@\t\r]/;

/**
 * A text as a cell may hold it: control characters dropped, a formula start quoted. A text
 * that already starts with apostrophes before such a character gets one more, so reading back
 * removes exactly the one added here.
 */
export function safeCellText(text: string): string {
  const clean = xmlSafeText(text);
  return NEEDS_QUOTE.test(clean) ? `'${clean}` : clean;
}

/** The original text of a cell written by `safeCellText` (any other text is left as it is). */
export function unquoteCell(text: string): string {
  return ADDED_QUOTE.test(text) ? text.slice(1) : text;
}

export type CsvCell = string | number | null;

/** One CSV field (RFC 4180): numbers as written, text made safe and quoted when it must be. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = safeCellText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file as Excel in Taiwan's locale opens it: a BOM for UTF-8, CRLF line ends. */
export function toCsvText(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function safeValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return safeCellText(value);
  if (value && typeof value === 'object' && 'richText' in value) {
    const [first, ...rest] = value.richText;
    if (!first) return value;
    return {
      richText: [
        { ...first, text: safeCellText(first.text) },
        ...rest.map((r) => ({ ...r, text: xmlSafeText(r.text) })),
      ],
    };
  }
  return value;
}

/**
 * Makes a finished workbook safe in one pass over every sheet, whatever wrote its cells: text
 * cells as `safeCellText`, notes, sheet names and document properties without control characters.
 */
export function safeWorkbook(wb: ExcelJS.Workbook): void {
  for (const key of ['title', 'subject', 'creator', 'keywords', 'description', 'company'] as const) {
    const v = (wb as unknown as Record<string, unknown>)[key];
    if (typeof v === 'string') (wb as unknown as Record<string, unknown>)[key] = xmlSafeText(v);
  }
  for (const ws of wb.worksheets) {
    ws.name = xmlSafeText(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = safeValue(cell.value);
        if (value !== cell.value) cell.value = value;
        if (typeof cell.note === 'string') cell.note = xmlSafeText(cell.note);
      });
    });
  }
}
