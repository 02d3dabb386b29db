import type { Box, TableFrame, TextFrame } from '../../pages';
import { hasCode, splitCodes } from '../tokens';
import type { PlacedFrame } from './cards';
import { columnRole, SCORECARD_ROLES } from './words';

/**
 * A map drawn as one table (themes as columns, perspectives as rows, objectives as paragraphs of
 * a cell; shared objectives in a row merged across the theme columns) read as the frames it
 * would be if drawn with text boxes: one frame per cell, placed by the table's grid, so the same
 * grid reading applies. Scorecard tables (KPI codes, scorecard headings) are not maps.
 */

export function isMapTable(table: TableFrame): boolean {
  let objectives = 0;
  for (const row of table.rows) {
    const heading = row.some(
      (c) =>
        !c.covered &&
        !hasCode(c.text) &&
        columnRole(c.text) !== 'objective' &&
        SCORECARD_ROLES.has(columnRole(c.text)),
    );
    if (heading) return false;
    for (const c of row) {
      for (const line of c.text.split('\n')) {
        for (const item of splitCodes(line).items) {
          if (item.parsed.kind !== 'objective') return false;
          objectives++;
        }
      }
    }
  }
  return objectives >= 2;
}

const UNIT_W = 100;
const UNIT_H = 40;

function edges(sizes: number[] | undefined, count: number, unit: number, origin: number): number[] {
  const usable =
    sizes && sizes.length === count && sizes.every((s) => s > 0) ? sizes : Array<number>(count).fill(unit);
  const out = [origin];
  for (const s of usable) out.push((out[out.length - 1] as number) + s);
  return out;
}

/** Each cell with text as a frame whose box is the cell's place (its spans included). */
export function tableAsFrames(table: TableFrame): { frame: PlacedFrame; row: number }[] {
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const xs = edges(table.columns, width, UNIT_W, table.box?.x ?? 0);
  const ys = edges(table.rowHeights, table.rows.length, UNIT_H, table.box?.y ?? 0);
  const out: { frame: PlacedFrame; row: number }[] = [];
  table.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.covered || cell.text.trim() === '') return;
      const right = Math.min(width, c + cell.colSpan);
      const bottom = Math.min(table.rows.length, r + cell.rowSpan);
      const box: Box = {
        x: xs[c] as number,
        y: ys[r] as number,
        w: (xs[right] as number) - (xs[c] as number),
        h: (ys[bottom] as number) - (ys[r] as number),
      };
      const frame: TextFrame & { box: Box } = {
        kind: 'text',
        box,
        lines: cell.text.split('\n'),
        outlined: true,
      };
      out.push({ frame, row: r });
    });
  });
  return out;
}
