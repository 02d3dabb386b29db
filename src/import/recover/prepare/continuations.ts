import type { Block, SourceCell, SourceRow, TableBlock, TextBlock } from '../../source';
import { fieldLabel, headerRole, isSectionWord, PLAN_WORDS, perspectiveLabel } from '../labels';
import { readContextLine } from '../orgs';
import { parseThemeItem } from '../theme-items';
import { hasCode, joinWrapped } from '../tokens';
import { continuesRow, isLabelRow } from './row-kinds';

/**
 * Table cells whose text went on over a line break, as copies of slides and PDFs print them:
 * - a pipe or tab row without any code after a coded row holds the rest of that row's cells
 *   (`| | | 全市幼兒人數×100% | % |`);
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

function joinCells(into: SourceCell[], from: SourceCell[], offset = 0): void {
  from.forEach((c, i) => {
    if (c.text === '') return;
    const target = into[i + offset];
    if (target) target.text = joinWrapped([target.text, c.text]);
    else into[i + offset] = { ...c };
  });
}

function mergeRows(block: TableBlock): TableBlock {
  const width = Math.max(...block.rows.map((r) => r.cells.length));
  const rows: SourceRow[] = [];
  for (const row of block.rows) {
    const previous = rows[rows.length - 1];
    const cells = texts(row);
    if (previous && coded(previous) && !isLabelRow(cells)) {
      const filledFirst = (cells[0] ?? '') !== '';
      const prevWidth = widthOf(previous);
      const split =
        filledFirst &&
        !hasCode(cells[0] ?? '') &&
        prevWidth < width &&
        prevWidth + widthOf(row) - 1 <= width &&
        prevWidth > 1;
      if (split) {
        // The cut cell is the last one the row above filled; the rest of the row follows it.
        joinCells(previous.cells, row.cells, prevWidth - 1);
        continue;
      }
      if (continuesRow(cells)) {
        joinCells(previous.cells, row.cells);
        continue;
      }
    }
    rows.push({ line: row.line, cells: row.cells.map((c) => ({ ...c })) });
  }
  return { ...block, rows };
}

/** A short line that can only be the rest of a cell: no code, no label, title, heading or theme. */
function isCellRest(block: TextBlock): boolean {
  return (
    block.lines.length <= 2 &&
    block.lines.every(
      (l) =>
        l.heading === 0 &&
        !l.bullet &&
        !hasCode(l.text) &&
        perspectiveLabel(l.text) === null &&
        fieldLabel(l.text) === null &&
        !isSectionWord(l.text) &&
        readContextLine(l.text) === null &&
        !PLAN_WORDS.test(l.text) &&
        !parseThemeItem(l.text)?.letter,
    )
  );
}

const lastLine = (t: TableBlock) => t.rows[t.rows.length - 1]?.line ?? 0;
const isHeaderRow = (r: SourceRow) =>
  !coded(r) && r.cells.filter((c) => headerRole(c.text) !== 'other').length >= 2;
const copyTable = (t: TableBlock): TableBlock => ({
  ...t,
  rows: t.rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => ({ ...c })) })),
});

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
      if (between && cell && isCellRest(block)) {
        cell.text = joinWrapped([cell.text, ...block.lines.map((l) => l.text)]);
        resumes = before;
        continue;
      }
      out.push(block);
      continue;
    }
    // A table that goes on after a wrapped line, or after a page break without its header again.
    const sameTable =
      previous?.kind === 'table' &&
      previous.syntax === block.syntax &&
      !block.rows.some(isHeaderRow) &&
      (resumes || previous.rows.some(isHeaderRow));
    resumes = false;
    if (sameTable) previous.rows.push(...copyTable(block).rows);
    else out.push(copyTable(block));
  }
  return out.map((b) => (b.kind === 'table' ? mergeRows(b) : b));
}
