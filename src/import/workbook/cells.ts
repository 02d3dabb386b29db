import type ExcelJS from 'exceljs';
import { unquoteCell } from '../../export/safe-cell';

/**
 * What a workbook cell holds, as text, whatever a spreadsheet made of it (rich text, a formula
 * result, a hyperlink, a number), and the per-cell problems found while reading.
 */

export function cellText(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  let text: string;
  if (typeof v === 'string') text = v;
  else if (typeof v === 'number' || typeof v === 'boolean') text = String(v);
  else if (v instanceof Date) text = v.toISOString().slice(0, 10);
  else if ('richText' in v) text = v.richText.map((r) => r.text).join('');
  else if ('text' in v && typeof v.text === 'string') text = v.text;
  else if ('result' in v && v.result !== undefined && v.result !== null) text = String(v.result);
  else return null;
  // The apostrophe the writer put before a formula-like text is not part of it.
  const trimmed = unquoteCell(text.normalize('NFC').trim()).trim();
  return trimmed === '' ? null : trimmed;
}

/** A number typed as a number or as text (`1,234`, full-width digits). */
export function cellNumber(cell: ExcelJS.Cell): number | null | 'invalid' {
  if (typeof cell.value === 'number') return cell.value;
  const text = cellText(cell);
  if (text === null) return null;
  const n = Number(text.normalize('NFKC').replace(/,/g, ''));
  return Number.isFinite(n) ? n : 'invalid';
}

export interface CellError {
  sheet: string;
  cell: string;
  message: string;
}

export function formatCellError(e: CellError): string {
  const sheet = /^[\p{L}\p{N}_]+$/u.test(e.sheet) ? e.sheet : `'${e.sheet.replace(/'/g, "''")}'`;
  return e.cell ? `${sheet}!${e.cell}: ${e.message}` : `${sheet}: ${e.message}`;
}

export class Problems {
  readonly list: CellError[] = [];
  /** Where each element of the plan came from, by JSON path (`kpis.3`, `kpis.3.name`). */
  readonly origin = new Map<string, CellError>();

  add(ws: ExcelJS.Worksheet, cell: string, message: string): void {
    this.list.push({ sheet: ws.name, cell, message });
  }

  at(path: (string | number)[], ws: ExcelJS.Worksheet, cell: string): void {
    this.origin.set(path.join('.'), { sheet: ws.name, cell, message: '' });
  }

  /** The cell of a path, or of its nearest ancestor that has one. */
  locate(path: (string | number)[]): CellError | null {
    for (let n = path.length; n > 0; n--) {
      const hit = this.origin.get(path.slice(0, n).join('.'));
      if (hit) return hit;
    }
    return null;
  }
}

/** Header texts of a row, compared without spaces so `KPI 代碼` still matches. */
export function headerTexts(row: ExcelJS.Row, count: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= count; c++) out.push((cellText(row.getCell(c)) ?? '').replace(/\s+/g, ''));
  return out;
}

export function sameHeaders(actual: string[], expected: string[]): boolean {
  return expected.every((h, i) => actual[i] === h.replace(/\s+/g, ''));
}
