import type { Page, PagedDocument, PageItem, TableCell, TableFrame } from '../../pages';
import type { ReadBudget } from '../budget';
import { PAGE_TRANSFORM } from '../ooxml/geometry';
import type { OfficePackage } from '../ooxml/package';
import { readShapeTree } from '../ooxml/shapes';
import { attr, child, childrenNamed, numberAttr, prefixedAttr, type XmlElement } from '../ooxml/xml';
import { corruptFile, tooMuchOnPage } from '../refusals';
import { type CellValueContext, cellFormats, cellValue, parseRef, sharedStrings } from './cell-values';

/**
 * A workbook laid out by hand (a scorecard typed into a grid) as pages: each visible sheet one
 * page holding one table of its used range, merged cells as spans, values as displayed, plus
 * the text boxes, connectors and pictures of its drawing. Column widths and row heights give
 * the table's geometry in points, as Excel prints it at 100 %.
 */

interface Grid {
  values: Map<string, string>;
  minRow: number;
  maxRow: number;
  minCol: number;
  maxCol: number;
}

const key = (row: number, col: number) => `${row}:${col}`;

/**
 * Column widths in points: a stored width is in characters of the default font's digit, 7 px
 * for Calibri 11, padding included (64 px, 48 pt, for Excel's default column).
 */
function columnWidths(sheet: XmlElement): (col: number) => number {
  const format = child(sheet, 'sheetFormatPr');
  const defaultWidth = numberAttr(format, 'defaultColWidth');
  const widths = new Map<number, number>();
  for (const c of childrenNamed(child(sheet, 'cols'), 'col')) {
    const min = numberAttr(c, 'min') ?? 0;
    const max = Math.min(numberAttr(c, 'max') ?? min, min + 16384);
    const width = numberAttr(c, 'width');
    if (width !== undefined) for (let i = min; i <= max; i++) widths.set(i, width);
  }
  const points = (chars: number) => Math.round(chars * 7) * 0.75;
  return (col) => {
    const w = widths.get(col) ?? defaultWidth;
    return w === undefined ? 48 : points(w);
  };
}

function readGrid(
  sheet: XmlElement,
  ctx: CellValueContext,
  budget: ReadBudget,
  where: { en: string; zh: string },
): Grid {
  const grid: Grid = { values: new Map(), minRow: Infinity, maxRow: 0, minCol: Infinity, maxCol: 0 };
  const include = (row: number, col: number) => {
    grid.minRow = Math.min(grid.minRow, row);
    grid.maxRow = Math.max(grid.maxRow, row);
    grid.minCol = Math.min(grid.minCol, col);
    grid.maxCol = Math.max(grid.maxCol, col);
  };
  for (const row of childrenNamed(child(sheet, 'sheetData'), 'row')) {
    for (const c of childrenNamed(row, 'c')) {
      const at = parseRef(attr(c, 'r') ?? '');
      const text = at ? cellValue(c, ctx).trim() : '';
      if (!at || text === '') continue;
      if (grid.values.size >= budget.limits.maxSheetCells)
        throw tooMuchOnPage(budget.fileName, where, budget.limits.maxSheetCells);
      budget.addText(text.length);
      grid.values.set(key(at.row, at.col), text);
      include(at.row, at.col);
    }
  }
  return grid;
}

function merges(sheet: XmlElement): { top: number; left: number; bottom: number; right: number }[] {
  return childrenNamed(child(sheet, 'mergeCells'), 'mergeCell').flatMap((m) => {
    const [a, b] = (attr(m, 'ref') ?? '').split(':');
    const from = parseRef(a ?? '');
    const to = parseRef(b ?? a ?? '');
    return from && to ? [{ top: from.row, left: from.col, bottom: to.row, right: to.col }] : [];
  });
}

function sheetTable(sheet: XmlElement, grid: Grid): TableFrame | undefined {
  if (grid.values.size === 0) return undefined;
  const spans = merges(sheet).filter((m) => grid.values.has(key(m.top, m.left)));
  for (const m of spans) {
    grid.maxRow = Math.max(grid.maxRow, m.bottom);
    grid.maxCol = Math.max(grid.maxCol, m.right);
  }
  const rows: TableCell[][] = [];
  for (let r = grid.minRow; r <= grid.maxRow; r++) {
    const row: TableCell[] = [];
    for (let c = grid.minCol; c <= grid.maxCol; c++)
      row.push({ text: grid.values.get(key(r, c)) ?? '', rowSpan: 1, colSpan: 1, covered: false });
    rows.push(row);
  }
  for (const m of spans) {
    for (let r = Math.max(m.top, grid.minRow); r <= m.bottom; r++) {
      for (let c = Math.max(m.left, grid.minCol); c <= m.right; c++) {
        const cell = rows[r - grid.minRow]?.[c - grid.minCol];
        if (!cell) continue;
        if (r === m.top && c === m.left) {
          cell.rowSpan = m.bottom - m.top + 1;
          cell.colSpan = m.right - m.left + 1;
        } else Object.assign(cell, { text: '', covered: true });
      }
    }
  }
  const width = columnWidths(sheet);
  const format = child(sheet, 'sheetFormatPr');
  const defaultHeight = numberAttr(format, 'defaultRowHeight') ?? 15;
  const heights = new Map(
    childrenNamed(child(sheet, 'sheetData'), 'row').map((r) => [
      numberAttr(r, 'r') ?? 0,
      numberAttr(r, 'ht') ?? defaultHeight,
    ]),
  );
  const columns = Array.from({ length: grid.maxCol - grid.minCol + 1 }, (_, i) => width(grid.minCol + i));
  const rowHeights = Array.from(
    { length: grid.maxRow - grid.minRow + 1 },
    (_, i) => heights.get(grid.minRow + i) ?? defaultHeight,
  );
  let x = 0;
  for (let c = 1; c < grid.minCol; c++) x += width(c);
  let y = 0;
  for (let r = 1; r < grid.minRow; r++) y += heights.get(r) ?? defaultHeight;
  const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
  return { kind: 'table', box: { x, y, w: sum(columns), h: sum(rowHeights) }, rows, columns, rowHeights };
}

function readDrawing(pkg: OfficePackage, sheetPart: string, emit: (item: PageItem) => void): void {
  for (const rel of pkg.relsOfType(sheetPart, 'drawing')) {
    const drawing = rel.target ? pkg.xml(rel.target) : undefined;
    for (const anchor of drawing?.children ?? []) {
      readShapeTree(anchor.children, { transform: PAGE_TRANSFORM, idPrefix: '', emit });
    }
  }
}

export function readXlsx(pkg: OfficePackage, budget: ReadBudget): PagedDocument {
  const main = pkg.relsOfType('', 'officeDocument')[0]?.target ?? 'xl/workbook.xml';
  const workbook = pkg.requiredXml(main, { en: 'the workbook part', zh: '活頁簿主體' });
  const ctx: CellValueContext = { strings: sharedStrings(pkg, main), formats: cellFormats(pkg, main) };
  const sheets = childrenNamed(child(workbook, 'sheets'), 'sheet').filter((s) => {
    const state = attr(s, 'state');
    return state !== 'hidden' && state !== 'veryHidden';
  });
  budget.checkPageCount('sheet', sheets.length);
  const pages: Page[] = [];
  for (const s of sheets) {
    const number = pages.length + 1;
    const name = attr(s, 'name') ?? `Sheet${number}`;
    const part = pkg.relById(main, prefixedAttr(s, 'id'))?.target;
    const sheet = part ? pkg.xml(part) : undefined;
    if (!part || !sheet) {
      throw corruptFile(pkg.fileName, {
        en: `the sheet "${name}" is listed but missing`,
        zh: `列出了工作表「${name}」，但找不到其內容`,
      });
    }
    // Chart sheets and dialog sheets hold no cells.
    if (sheet.name !== 'worksheet') continue;
    const items: PageItem[] = [];
    const emit = budget.collector(items, 'sheet', number);
    const where = { en: `The sheet "${name}"`, zh: `工作表「${name}」` };
    const table = sheetTable(sheet, readGrid(sheet, ctx, budget, where));
    if (table) emit(table);
    readDrawing(pkg, part, emit);
    pages.push({ number, kind: 'sheet', name, items });
  }
  return { fileName: pkg.fileName, format: 'xlsx', pages };
}
