import type { TableCell, TableFrame } from '../../pages';
import type { Transform } from './geometry';
import { readBodyText } from './text-body';
import { attr, child, childrenNamed, isTrue, numberAttr, type XmlElement } from './xml';

/**
 * A DrawingML table (`a:tbl`, in PowerPoint slides and Excel drawings). PowerPoint writes one
 * `a:tc` per grid column in every row: a merged cell's anchor carries `gridSpan`/`rowSpan`, and
 * the cells it covers are still there, marked `hMerge`/`vMerge`, with no text of their own.
 */

export function readDrawingTable(tbl: XmlElement, t: Transform): Omit<TableFrame, 'box'> {
  const columns = childrenNamed(child(tbl, 'tblGrid'), 'gridCol').map(
    (c) => (numberAttr(c, 'w') ?? 0) * t.sx,
  );
  const rowHeights: number[] = [];
  const rows: TableCell[][] = [];
  for (const tr of childrenNamed(tbl, 'tr')) {
    rowHeights.push((numberAttr(tr, 'h') ?? 0) * t.sy);
    const cells = childrenNamed(tr, 'tc').map((tc): TableCell => {
      const covered = isTrue(attr(tc, 'hMerge')) || isTrue(attr(tc, 'vMerge'));
      return {
        text: covered ? '' : readBodyText(child(tc, 'txBody')).lines.join('\n'),
        rowSpan: covered ? 1 : Math.max(1, numberAttr(tc, 'rowSpan') ?? 1),
        colSpan: covered ? 1 : Math.max(1, numberAttr(tc, 'gridSpan') ?? 1),
        covered,
      };
    });
    rows.push(cells.length < columns.length ? withCoveredCells(cells) : cells);
  }
  const width = Math.max(columns.length, ...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push({ text: '', rowSpan: 1, colSpan: 1, covered: false });
  const round = (n: number) => Math.round(n * 100) / 100;
  return { kind: 'table', rows, columns: columns.map(round), rowHeights: rowHeights.map(round) };
}

/** A writer that leaves out the cells a span covers: put them back, so columns line up. */
function withCoveredCells(cells: TableCell[]): TableCell[] {
  const out: TableCell[] = [];
  for (const c of cells) {
    out.push(c);
    for (let i = 1; i < c.colSpan; i++) out.push({ text: '', rowSpan: 1, colSpan: 1, covered: true });
  }
  return out;
}
