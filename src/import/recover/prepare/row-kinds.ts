import {
  type ColumnRole,
  fieldLabel,
  headerRole,
  isSectionWord,
  isThemeLabel,
  perspectiveLabel,
} from '../labels';
import { ROW_LABEL } from '../leads';
import { splitCodes } from '../tokens';

/**
 * What a table row is, for telling a row that starts something from the wrapped rest of the row
 * above: labels (顧客, 策略主題, 分組成員, 【使命】) start rows; text without a code does not.
 */

/** Row headings such as 策略目標 or 構面 at the start of a map's row (short, unlike a wrapped 計畫). */
const ROW_HEADINGS: ReadonlySet<ColumnRole> = new Set(['theme', 'objective', 'perspective']);

function isRowHeading(text: string): boolean {
  return perspectiveLabel(text) !== null || (text.length <= 8 && ROW_HEADINGS.has(headerRole(text)));
}

/** The row's first filled cell labels it: a perspective, the theme list, a field, a lead row, a header. */
export function isLabelRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  const first = filled[0];
  if (first === undefined) return false;
  return (
    isRowHeading(first) ||
    isThemeLabel(first) ||
    fieldLabel(first) !== null ||
    ROW_LABEL.test(first.replace(/\s/g, '')) ||
    isSectionWord(first) ||
    filled.filter((c) => headerRole(c) !== 'other').length >= 2
  );
}

/**
 * A cell that starts something: a code first, or after a label (顧客 AC1 …). A cell that starts
 * with other words (「畫 AF2.1.2 教育部…」) is the rest of a cell above, whatever codes follow.
 */
export function startsWithCode(cell: string): boolean {
  const s = splitCodes(cell);
  return s.items.length > 0 && (s.prefix === '' || isRowHeading(s.prefix));
}

/** A row in which no cell starts with a code: in a table of coded rows, the continuation of the row above. */
export function continuesRow(cells: string[]): boolean {
  return cells.some((c) => c.trim() !== '') && !cells.some(startsWithCode);
}

/**
 * Columns whose cells are text without codes by nature and may start a row of their own (a
 * second KSF of the objective above): a cell there is no wrapped rest. A formula or unit alone
 * on a row can only be the rest of the row above.
 */
const UNCODED: ReadonlySet<ColumnRole> = new Set(['ksf', 'perspective']);

/** What is known of a table's columns: their header roles, and which of them start cells with codes. */
export interface Columns {
  roles: (ColumnRole | undefined)[];
  coded: ReadonlySet<number>;
}

/**
 * The rest of a cell above: words first, in a column whose cells start with codes (a KSF column
 * printed with codes, 「AC1 落實…」, too), or in a column no header marks as uncoded text.
 */
export function isTail(cell: string, column: number, columns: Columns): boolean {
  if (cell.trim() === '' || startsWithCode(cell)) return false;
  const role = columns.roles[column];
  return columns.coded.has(column) || !(role && UNCODED.has(role));
}

/**
 * A row that goes on with the row above: it starts with the rest of a cell, or, in a map (no
 * header row; its first column empty, as wrapped maps print them), holds such a rest beside a
 * cell's next items. Under a header, a row that starts with a code starts a row.
 */
export function continuesAbove(cells: string[], columns: Columns): boolean {
  if (isLabelRow(cells)) return false;
  const first = cells.findIndex((c) => c.trim() !== '');
  if (first < 0) return false;
  if (isTail(cells[first] ?? '', first, columns)) return true;
  return first > 0 && columns.roles.length === 0 && cells.some((c, i) => isTail(c, i, columns));
}

/**
 * Columns whose cells start with codes: more than one does (a column's wrapped rests, however
 * many, do not make it a text column). Row headings (顧客, 策略目標) are not counted.
 */
export function codedColumns(rows: string[][]): Set<number> {
  const tally = new Map<number, [number, number]>();
  for (const cells of rows) {
    cells.forEach((c, i) => {
      if (c.trim() === '' || isRowHeading(c)) return;
      const t = tally.get(i) ?? [0, 0];
      tally.set(i, [t[0] + (startsWithCode(c) ? 1 : 0), t[1] + 1]);
    });
  }
  return new Set([...tally].filter(([, [coded, all]]) => coded >= 2 || coded === all).map(([i]) => i));
}
