import ExcelJS from 'exceljs';
import { isImportError } from './errors';
import { decodeText } from './readers/decode';

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

export class SheetError extends Error {}

/** Reads `.csv` and `.xlsx` by extension; anything else is refused with a message. */
export async function readActualsSheet(bytes: Uint8Array, fileName: string): Promise<ActualsSheet> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return tableToSheet(await readXlsx(bytes, fileName));
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return tableToSheet(readCsv(bytes, fileName));
  throw new SheetError(`${fileName}: upload actuals as .csv or .xlsx (this file is neither)`);
}

interface Table {
  rows: { row: number; cells: Cell[] }[];
}

function tableToSheet(table: Table): ActualsSheet {
  const [head, ...body] = table.rows.filter((r) =>
    r.cells.some((c) => c !== null && String(c).trim() !== ''),
  );
  if (!head) throw new SheetError('the sheet is empty: it needs a heading row and one row per actual');
  const columns: Partial<Record<ActualField, string>> = {};
  type Role = { field: ActualField } | { input: string } | null;
  const roles = head.cells.map((c): Role => {
    const heading = c === null ? '' : String(c).normalize('NFC').trim();
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
      `row ${head.row}: no KPI code column; the heading row needs 指標代碼 (or kpi), 期別 (period) and 實績值 (value) or the formula's inputs`,
    );
  }
  const rows = body.map((r) => {
    const out: SheetRow = { row: r.row, fields: {}, inputs: {} };
    roles.forEach((role, i) => {
      const cell = r.cells[i] ?? null;
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
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new SheetError('a quoted field is not closed before the end of the file');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function readCsv(bytes: Uint8Array, fileName: string): Table {
  let text: string;
  try {
    text = decodeText(bytes, fileName).text;
  } catch (error) {
    if (isImportError(error)) throw new SheetError(error.message);
    throw error;
  }
  return { rows: parseCsv(text).map((cells, i) => ({ row: i + 1, cells })) };
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new SheetError(
      `${fileName}: not a readable .xlsx workbook; save it from Excel as .xlsx and upload again`,
    );
  }
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) throw new SheetError(`${fileName}: the workbook has no rows`);
  const rows: Table['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(xlsxCell(row.getCell(c)));
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
