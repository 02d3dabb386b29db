import type { Block, SourceCell, SourceRow, TableBlock, TextBlock } from '../../source';
import {
  type ColumnRole,
  fieldLabel,
  headerRole,
  isSectionWord,
  PLAN_WORDS,
  perspectiveLabel,
} from '../labels';
import { readContextLine } from '../orgs';
import { parseThemeItem } from '../theme-items';
import { hasCode, joinWrapped, splitCodes } from '../tokens';
import { type Columns, codedColumns, continuesAbove, isLabelRow, startsWithCode } from './row-kinds';

/**
 * Table cells whose text went on over a line break, as copies of slides and PDFs print them:
 * - a pipe or tab row that starts with words where codes start cells holds the rest of the row
 *   above (`| | | 全市幼兒人數×100% | % |`, `| | 理多元文化課程 EP3 … |`), also beside a cell's
 *   next item when its first column is empty (`| | AP2 建立優質… | 理多元… |`);
 * - a tab row cut inside a cell goes on in a row that starts with the rest of that cell, the two
 *   together as wide as the table (`AC1 …\tAC1.1 勞動檢查` + `涵蓋率\t計畫`);
 * - a line without tabs between two tab rows is the rest of the last cell of the row above;
 * - a table that goes on after such a break, without a header row of its own, is the same table.
 */

const texts = (row: SourceRow) => row.cells.map((c) => c.text);
const coded = (row: SourceRow) => row.cells.some((c) => hasCode(c.text));

function widthOf(row: SourceRow): number {
  let last = -1;
  row.cells.forEach((c, i) => {
    if (c.text !== '') last = i;
  });
  return last + 1;
}

/**
 * A mission or vision cell wrapped at a phrase boundary keeps the space between its phrases: when
 * the phrase before the break is as long as the one before it (「激發學生潛能 發展教師專業」).
 */
function joinPhrase(head: string, tail: string): string {
  const chunks = head.split(/\s+/);
  const last = chunks[chunks.length - 1] ?? '';
  const before = chunks[chunks.length - 2];
  return before !== undefined && [...last].length === [...before].length && [...last].length >= 2
    ? `${head} ${tail}`
    : joinWrapped([head, tail]);
}

/** A cell's wrapped rest joined back. */
function joinCells(into: SourceCell[], from: SourceCell[], offset = 0): void {
  from.forEach((c, i) => {
    if (c.text === '') return;
    const target = into[i + offset];
    if (!target) into[i + offset] = { ...c };
    else
      target.text = fieldLabel(target.text)
        ? joinPhrase(target.text, c.text)
        : joinWrapped([target.text, c.text]);
  });
}

/** The column roles a header row names (策略目標 | KSF | KPI), or none. */
function rolesOf(row: SourceRow): ColumnRole[] | null {
  if (coded(row)) return null;
  const roles = row.cells.map((c) => headerRole(c.text));
  // 「環保局(主功) …」 names a lead bureau, not a column.
  return roles.filter((r) => r !== 'other' && r !== 'lead').length >= 2 ? roles : null;
}

function mergeRows(block: TableBlock): TableBlock {
  const width = Math.max(...block.rows.map((r) => r.cells.length));
  const rows: SourceRow[] = [];
  const columns: Columns = { roles: [], coded: codedColumns(block.rows.map(texts)) };
  for (const row of block.rows) {
    const previous = rows[rows.length - 1];
    const cells = texts(row);
    const header = rolesOf(row);
    if (header) columns.roles = header;
    if (previous && !header && !isLabelRow(cells)) {
      const prevWidth = widthOf(previous);
      const split =
        (cells[0] ?? '') !== '' &&
        !startsWithCode(cells[0] ?? '') &&
        coded(previous) &&
        prevWidth > 1 &&
        prevWidth < width &&
        prevWidth + widthOf(row) - 1 <= width;
      if (split) {
        // The cut cell is the last one the row above filled; the rest of the row follows it.
        joinCells(previous.cells, row.cells, prevWidth - 1);
        continue;
      }
      if (continuesAbove(cells, columns)) {
        joinCells(previous.cells, row.cells);
        continue;
      }
    }
    rows.push({ line: row.line, cells: row.cells.map((c) => ({ ...c })) });
  }
  return { ...block, rows };
}

/**
 * Short lines that can only be the rest of a cell: no label, title, heading or theme. Codes may
 * follow (the cell's next item); after the last row, not an objective's code, which starts a row.
 */
function isCellRest(block: TextBlock, between: boolean): boolean {
  return (
    block.lines.length <= 2 &&
    block.lines.every(
      (l) =>
        l.heading === 0 &&
        !l.bullet &&
        perspectiveLabel(l.text) === null &&
        fieldLabel(l.text) === null &&
        !isSectionWord(l.text) &&
        readContextLine(l.text) === null &&
        !PLAN_WORDS.test(l.text) &&
        !parseThemeItem(l.text)?.letter &&
        (between || !startsObjective(l.text)),
    )
  );
}

function startsObjective(text: string): boolean {
  const first = splitCodes(text).items[0];
  return first !== undefined && first.parsed.kind === 'objective' && startsWithCode(text);
}

const lastLine = (t: TableBlock) => t.rows[t.rows.length - 1]?.line ?? 0;
const isHeaderRow = (r: SourceRow) =>
  !coded(r) && r.cells.filter((c) => headerRole(c.text) !== 'other').length >= 2;
/** Names of columns, not a row of lead bureaus (環保局(主功) …). */
const namesColumns = (r: SourceRow) =>
  !coded(r) && r.cells.filter((c) => !['other', 'lead'].includes(headerRole(c.text))).length >= 2;
const copyTable = (t: TableBlock): TableBlock => ({
  ...t,
  rows: t.rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => ({ ...c })) })),
});

function restOfRow(t: TableBlock, above: TableBlock): boolean {
  const cells = t.rows[0]?.cells.map((c) => c.text) ?? [];
  return (
    cells.length > 1 &&
    cells.length === above.rows[above.rows.length - 1]?.cells.length &&
    cells[0] === '' &&
    !isLabelRow(cells) &&
    cells.some((c) => c !== '' && !startsWithCode(c))
  );
}

/** Joins the lines and tables a cell's line breaks split apart, then each table's continued rows. */
export function joinContinuations(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let resumes = false;
  for (const [i, block] of blocks.entries()) {
    const previous = out[out.length - 1];
    if (block.kind === 'text') {
      resumes = false;
      const next = blocks[i + 1];
      const first = block.lines[0]?.n ?? 0;
      const last = block.lines[block.lines.length - 1]?.n ?? 0;
      const after =
        previous?.kind === 'table' && previous.syntax === 'tab' && first === lastLine(previous) + 1;
      const before =
        next?.kind === 'table' && next.syntax === 'tab' && (next.rows[0]?.line ?? 0) === last + 1;
      // Right under a tab row, without a blank line: between two rows, or alone after the last one.
      const between = after && (before || block.lines.length === 1);
      const row = previous?.kind === 'table' ? previous.rows[previous.rows.length - 1] : undefined;
      const cell = row ? [...row.cells].reverse().find((c) => c.text !== '') : undefined;
      if (between && cell && isCellRest(block, Boolean(after && before))) {
        cell.text = joinWrapped([cell.text, ...block.lines.map((l) => l.text)]);
        resumes = before;
        continue;
      }
      out.push(block);
      continue;
    }
    // A table that goes on after a wrapped line, or after a page break without its header again,
    // or with its first row the rest of a row the page cut (its label cell empty).
    // Only a map's rows (lists of coded items, no header row) are cut like that; a scorecard's
    // next page starts a KPI's row with its merged cells empty, which mergeRows reads by column.
    const cut =
      previous?.kind === 'table' &&
      previous.syntax === block.syntax &&
      !previous.rows.some(namesColumns) &&
      restOfRow(block, previous);
    const sameTable =
      previous?.kind === 'table' &&
      previous.syntax === block.syntax &&
      (cut || (!block.rows.some(isHeaderRow) && (resumes || previous.rows.some(isHeaderRow))));
    resumes = false;
    if (sameTable) {
      const rows = copyTable(block).rows;
      const last = previous.rows[previous.rows.length - 1];
      const rest = cut ? rows.shift() : undefined;
      // Every cell of the cut row goes on in the same cell, whatever it starts with (AC4 …).
      if (rest && last)
        last.cells.forEach((c, i) => {
          c.text = joinWrapped([c.text, rest.cells[i]?.text ?? '']);
        });
      previous.rows.push(...rows);
    } else out.push(copyTable(block));
  }
  return out.map((b) => (b.kind === 'table' ? mergeRows(b) : b));
}
