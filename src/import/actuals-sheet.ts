import ExcelJS from 'exceljs';
import { unquoteCell } from '../export/safe-cell';
import { checkArchive } from './archive/inspect-zip';
import { type ImportError, isImportError } from './errors';
import { decodeText, MAX_TEXT_BYTES } from './readers/decode';
import { SheetError, sheetErrorOfArchive } from './sheet-error';

export { SHEET_ERROR_CODES, SheetError, type SheetErrorCode } from './sheet-error';

/**
 * Reads an uploaded sheet of actuals (CSV or XLSX) into rows of named fields. Columns are found
 * by their heading, in English or as agencies write them (指標代碼, 期別, 實績值, 改善措施 …);
 * any other heading is taken as a formula input named as the formula names it (資本門預算數).
 */

export const ACTUAL_FIELDS = [
  'kpi',
  'period',
  'value',
  'stage',
  'note',
  'evidence',
  'explanation',
  'correctiveAction',
] as const;
export type ActualField = (typeof ACTUAL_FIELDS)[number];

const HEADINGS: Record<ActualField | 'ignored', string[]> = {
  kpi: ['kpi', 'code', 'kpicode', '指標代碼', '指標編號', '代碼', '編號'],
  period: ['period', '期別', '期間', '填報期別'],
  value: ['value', 'actual', '實績值', '實際值', '實績', '數值', '達成值'],
  stage: ['stage', '階段', '里程碑'],
  note: ['note', '備註', '說明'],
  evidence: ['evidence', '佐證', '佐證資料', '佐證連結'],
  explanation: ['explanation', '未達原因', '落後原因', '未達成原因', '原因說明'],
  correctiveAction: ['correctiveaction', '改善措施', '改善對策'],
  ignored: ['name', 'kpiname', '指標名稱', '名稱', 'version', 'target', '目標值', 'light', '燈號'],
};

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const FIELD_OF = new Map<string, ActualField | 'ignored'>(
  Object.entries(HEADINGS).flatMap(([field, names]) =>
    names.map((n) => [fold(n), field as ActualField | 'ignored']),
  ),
);

export type Cell = string | number | null;

export interface SheetRow {
  /** Row number as a spreadsheet shows it (the heading is row 1 when it is the first line). */
  row: number;
  fields: Partial<Record<ActualField, Cell>>;
  inputs: Record<string, Cell>;
}

export interface ActualsSheet {
  /** The heading as written in the file for each field, for messages. */
  columns: Partial<Record<ActualField, string>>;
  rows: SheetRow[];
}

/** Reads `.csv` and `.xlsx` by extension; anything else is refused with a message. */
export async function readActualsSheet(bytes: Uint8Array, fileName: string): Promise<ActualsSheet> {
  const lower = fileName.toLowerCase();
  const known = lower.endsWith('.xlsx') || lower.endsWith('.csv') || lower.endsWith('.txt');
  if (known && bytes.length === 0) {
    throw new SheetError('empty_file', `${fileName}: the file is empty (0 bytes); upload the saved sheet`);
  }
  if (lower.endsWith('.xlsx')) return tableToSheet(await readXlsx(bytes, fileName), fileName);
  if (lower.endsWith('.csv') || lower.endsWith('.txt'))
    return tableToSheet(readCsv(bytes, fileName), fileName);
  const dot = fileName.lastIndexOf('.');
  throw new SheetError(
    'unsupported_type',
    `${fileName}: upload actuals as .csv or .xlsx (this file is neither)`,
    { extension: dot > 0 ? fileName.slice(dot).toLowerCase() : '' },
  );
}

interface Table {
  rows: { row: number; cells: Cell[] }[];
}

function tableToSheet(table: Table, fileName: string): ActualsSheet {
  const [head, ...body] = table.rows.filter((r) =>
    r.cells.some((c) => c !== null && String(c).trim() !== ''),
  );
  if (!head) {
    throw new SheetError(
      'empty_sheet',
      `${fileName}: the sheet is empty; it needs a heading row and one row per actual`,
    );
  }
  const columns: Partial<Record<ActualField, string>> = {};
  type Role = { field: ActualField } | { input: string } | null;
  const roles = head.cells.map((c): Role => {
    const heading = c === null ? '' : unquoteCell(String(c).normalize('NFC').trim());
    if (heading === '') return null;
    const field = FIELD_OF.get(fold(heading));
    if (field === 'ignored') return null;
    if (field) {
      columns[field] = heading;
      return { field };
    }
    return { input: heading };
  });
  if (!columns.kpi) {
    throw new SheetError(
      'no_kpi_column',
      `${fileName}: row ${head.row}: no KPI code column; the heading row needs 指標代碼 (or kpi), 期別 (period) and 實績值 (value) or the formula's inputs`,
      { row: head.row },
    );
  }
  const rows = body.map((r) => {
    const out: SheetRow = { row: r.row, fields: {}, inputs: {} };
    roles.forEach((role, i) => {
      // The template quotes formula-like texts (export/safe-cell); the quote is not the value.
      const raw = r.cells[i] ?? null;
      const cell = typeof raw === 'string' ? unquoteCell(raw) : raw;
      const value = typeof cell === 'string' && cell.trim() === '' ? null : cell;
      if (!role) return;
      if ('field' in role) out.fields[role.field] = value;
      else if (value !== null) out.inputs[role.input] = value;
    });
    return out;
  });
  return { columns, rows };
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  // Physical lines, so an unclosed quote is reported where it opened, not at the end of the file.
  let line = 1;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
        line++;
      }
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (quoted) {
    throw new SheetError(
      'unclosed_quote',
      `line ${quoteLine}: a quoted field opens here and is not closed before the end of the file`,
      { line: quoteLine },
    );
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * The importer's text refusals, said for a sheet of actuals: its advice ("save as plain text")
 * fits strategy-map documents, not a sheet that could simply be uploaded as .xlsx.
 */
function sheetErrorOfDecode(error: ImportError, fileName: string, size: number): SheetError {
  switch (error.code) {
    case 'empty':
      return new SheetError('empty_file', `${fileName}: the file is empty; upload the saved sheet`);
    case 'too-large': {
      const limitMb = MAX_TEXT_BYTES / 1024 / 1024;
      const mb = (size / 1024 / 1024).toFixed(1);
      return new SheetError(
        'too_large',
        `${fileName}: the file is ${mb} MB, over the ${limitMb} MB limit; a period's actuals are far smaller, check that this is the right file`,
        { mb, limitMb },
      );
    }
    case 'office-file':
      return new SheetError(
        'office_file',
        `${fileName}: this is a zip file (an Excel workbook, or a Word or PowerPoint file, renamed .csv); upload an Excel workbook as .xlsx, or save it from Excel as CSV`,
      );
    case 'legacy-office-file':
      return legacyExcel(fileName);
    case 'pdf-file':
      return pdfFile(fileName);
    case 'not-utf8':
      return new SheetError(
        'unknown_encoding',
        `${fileName}: the text is neither UTF-8 nor Big5; save it from Excel as "CSV UTF-8" and upload again`,
      );
    default:
      return new SheetError(
        'binary',
        `${fileName}: this is not a text file, so not a CSV; save the sheet from Excel as .xlsx or CSV and upload again`,
      );
  }
}

const legacyExcel = (fileName: string) =>
  new SheetError(
    'legacy_excel',
    `${fileName}: this is an old-format Office file (Excel 97–2003 .xls, perhaps renamed); open it in Excel, save it as .xlsx and upload again`,
  );
const pdfFile = (fileName: string) =>
  new SheetError(
    'pdf_file',
    `${fileName}: this is a PDF file, not a sheet; upload the Excel workbook (.xlsx) or CSV the figures come from`,
  );

function readCsv(bytes: Uint8Array, fileName: string): Table {
  let text: string;
  try {
    text = decodeText(bytes, fileName).text;
  } catch (error) {
    if (isImportError(error)) throw sheetErrorOfDecode(error, fileName, bytes.length);
    throw error;
  }
  try {
    return { rows: parseCsv(text).map((cells, i) => ({ row: i + 1, cells })) };
  } catch (error) {
    if (error instanceof SheetError) {
      throw new SheetError(error.code, `${fileName}: ${error.message}`, error.params);
    }
    throw error;
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Excel saves a workbook with a password as an OLE container holding an `EncryptedPackage` stream. */
function isPasswordProtected(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return startsWith(bytes, OLE) && buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

/** Archive refusals said for a sheet; `inflate: false` is the main thread's quick look. */
export function checkSheetArchive(bytes: Uint8Array, fileName: string, options: { inflate: boolean }): void {
  checkArchive(bytes, { inflate: options.inflate, as: (e) => sheetErrorOfArchive(e, fileName) });
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Table> {
  checkSheetArchive(bytes, fileName, { inflate: true });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    // Files named .xlsx that are something else are common: an .xls or a PDF renamed.
    if (isPasswordProtected(bytes)) {
      throw new SheetError(
        'archive_encrypted',
        `${fileName}: the workbook is protected with a password (encrypted); remove the password in Excel and upload again`,
        { entry: 'EncryptedPackage' },
      );
    }
    if (startsWith(bytes, OLE)) throw legacyExcel(fileName);
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) throw pdfFile(fileName);
    throw new SheetError(
      'unreadable_xlsx',
      `${fileName}: not a readable .xlsx workbook; save it from Excel as .xlsx and upload again`,
    );
  }
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) throw new SheetError('empty_workbook', `${fileName}: the workbook has no rows`);
  const rows: Table['rows'] = [];
  // exceljs counts the columns by walking every row, so asking per cell made reading quadratic.
  const columnCount = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= columnCount; c++) cells.push(xlsxCell(row.getCell(c)));
    rows.push({ row: row.number, cells });
  });
  return { rows };
}

/** A cell's value; Excel stores 95 % as 0.95, but targets and actuals are written 95. */
function xlsxCell(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  const percent = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
  const number = (n: number) => (percent ? Math.round(n * 100 * 1e10) / 1e10 : n);
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return number(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('result' in v) {
    const r = v.result;
    if (typeof r === 'number') return number(r);
    return r === undefined || r === null || typeof r === 'object' ? null : String(r);
  }
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return v.hyperlink;
  if ('error' in v) return String(v.error);
  return null;
}

/**
 * A number as people type it in a sheet: `1,234`, `95%` (meaning 95), full-width digits.
 * `null` when the text is not a number.
 */
export function numberOfCell(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell === null) return null;
  const text = cell.normalize('NFKC').trim().replace(/,/g, '').replace(/%$/, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  return Number(text);
}
