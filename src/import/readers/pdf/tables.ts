import type { Box, Point, TableCell } from '../../pages';
import type { Drawing } from './paths';

/**
 * Tables drawn in a PDF: the rules and cell borders of a table (as PowerPoint, Word, LibreOffice
 * and browsers print them) form a grid of horizontal and vertical segments. Segments that cross
 * are one table; the distinct positions of its rules are its grid lines; a missing rule between
 * two grid cells means a merged cell. Text is then placed in the cell around it, so the table
 * reads with its merges as it does from the PowerPoint or Word file.
 */

interface Segment {
  /** The fixed coordinate: y of a horizontal rule, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface GridTable {
  box: Box;
  xs: number[];
  ys: number[];
  /** Merged cells in grid units: [row, col, rowSpan, colSpan]. */
  cells: { row: number; col: number; rowSpan: number; colSpan: number; box: Box }[];
  /** The paths the table's rules came from, so they are not also read as lines. */
  rules: Set<Point[]>;
}

const TOLERANCE = 1.5;

function segmentsOf(drawing: Drawing): {
  h: (Segment & { path?: Point[] })[];
  v: (Segment & { path?: Point[] })[];
} {
  const h: (Segment & { path?: Point[] })[] = [];
  const v: (Segment & { path?: Point[] })[] = [];
  for (const path of drawing.paths) {
    const [a, b] = path;
    if (path.length !== 2 || !a || !b) continue;
    if (Math.abs(a.y - b.y) <= 0.5)
      h.push({ at: (a.y + b.y) / 2, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x), path });
    else if (Math.abs(a.x - b.x) <= 0.5)
      v.push({ at: (a.x + b.x) / 2, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y), path });
  }
  for (const r of drawing.rects) {
    h.push({ at: r.y, from: r.x, to: r.x + r.w }, { at: r.y + r.h, from: r.x, to: r.x + r.w });
    v.push({ at: r.x, from: r.y, to: r.y + r.h }, { at: r.x + r.w, from: r.y, to: r.y + r.h });
  }
  return { h, v };
}

function crosses(h: Segment, v: Segment): boolean {
  return (
    v.at >= h.from - TOLERANCE &&
    v.at <= h.to + TOLERANCE &&
    h.at >= v.from - TOLERANCE &&
    h.at <= v.to + TOLERANCE
  );
}

/** Positions within the tolerance of each other are one grid line. */
function gridLines(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > TOLERANCE * 2) out.push(v);
  }
  return out;
}

/**
 * Whether rules at `at` cover the span [from, to] (all but a little: rules may stop short at
 * joints). Overlapping rules (a cell's border drawn by both neighbours) count once.
 */
function covered(segments: Segment[], at: number, from: number, to: number): boolean {
  const spans = segments
    .filter((s) => Math.abs(s.at - at) <= TOLERANCE * 2)
    .map((s) => [Math.max(s.from, from), Math.min(s.to, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let length = 0;
  let reached = from;
  for (const [a, b] of spans) {
    if (b <= reached) continue;
    length += b - Math.max(a, reached);
    reached = b;
  }
  return length >= (to - from) * 0.9;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    this.parent[i] = r;
    return r;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

function tableOf(
  h: (Segment & { path?: Point[] })[],
  v: (Segment & { path?: Point[] })[],
): GridTable | undefined {
  const xs = gridLines(v.map((s) => s.at));
  const ys = gridLines(h.map((s) => s.at));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 2 || cols < 2) return undefined;
  const [left, right, top, bottom] = [
    xs[0] as number,
    xs[cols] as number,
    ys[0] as number,
    ys[rows] as number,
  ];
  // A table is ruled all round; cards joined by a connector are not.
  if (!covered(h, top, left, right) || !covered(h, bottom, left, right)) return undefined;
  if (!covered(v, left, top, bottom) || !covered(v, right, top, bottom)) return undefined;
  const at = (r: number, c: number) => r * cols + c;
  const groups = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [x0, x1, y0, y1] = [xs[c] as number, xs[c + 1] as number, ys[r] as number, ys[r + 1] as number];
      if (c + 1 < cols && !covered(v, x1, y0, y1)) groups.union(at(r, c), at(r, c + 1));
      if (r + 1 < rows && !covered(h, y1, x0, x1)) groups.union(at(r, c), at(r + 1, c));
    }
  }
  const extent = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const g = groups.find(at(r, c));
      const e = extent.get(g);
      if (!e) extent.set(g, { r0: r, c0: c, r1: r, c1: c });
      else
        Object.assign(e, {
          r0: Math.min(e.r0, r),
          c0: Math.min(e.c0, c),
          r1: Math.max(e.r1, r),
          c1: Math.max(e.c1, c),
        });
    }
  }
  // One group covering everything is a frame around a drawing, not a table; a group that is
  // not a rectangle is no merged cell.
  if (extent.size < 2) return undefined;
  const sizes = new Map<number, number>();
  for (let i = 0; i < rows * cols; i++) sizes.set(groups.find(i), (sizes.get(groups.find(i)) ?? 0) + 1);
  for (const [g, e] of extent) if ((e.r1 - e.r0 + 1) * (e.c1 - e.c0 + 1) !== sizes.get(g)) return undefined;
  const cells = [...extent.values()].map((e) => {
    const x = xs[e.c0] as number;
    const y = ys[e.r0] as number;
    return {
      row: e.r0,
      col: e.c0,
      rowSpan: e.r1 - e.r0 + 1,
      colSpan: e.c1 - e.c0 + 1,
      box: { x, y, w: (xs[e.c1 + 1] as number) - x, h: (ys[e.r1 + 1] as number) - y },
    };
  });
  const x0 = xs[0] as number;
  const y0 = ys[0] as number;
  const rules = new Set([...h, ...v].flatMap((s) => (s.path ? [s.path] : [])));
  return {
    box: { x: x0, y: y0, w: (xs[cols] as number) - x0, h: (ys[rows] as number) - y0 },
    xs,
    ys,
    cells,
    rules,
  };
}

/** The tables a page draws: groups of crossing horizontal and vertical rules with a grid of two by two or more. */
export function findTables(drawing: Drawing): GridTable[] {
  const { h, v } = segmentsOf(drawing);
  const all = [...h.map((s) => ({ s, horizontal: true })), ...v.map((s) => ({ s, horizontal: false }))];
  const groups = new UnionFind(all.length);
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++)
      if (crosses(h[i] as Segment, v[j] as Segment)) groups.union(i, h.length + j);
  }
  const components = new Map<number, typeof all>();
  all.forEach((item, i) => {
    const g = groups.find(i);
    components.set(g, [...(components.get(g) ?? []), item]);
  });
  const tables: GridTable[] = [];
  for (const members of components.values()) {
    const table = tableOf(
      members.filter((m) => m.horizontal).map((m) => m.s),
      members.filter((m) => !m.horizontal).map((m) => m.s),
    );
    if (table) tables.push(table);
  }
  return tables;
}

/** The table's rows on its grid, each cell holding the text placed in it. */
export function tableRows(
  table: GridTable,
  textOf: (cell: GridTable['cells'][number]) => string,
): TableCell[][] {
  const rows: TableCell[][] = Array.from({ length: table.ys.length - 1 }, () =>
    Array.from({ length: table.xs.length - 1 }, () => ({ text: '', rowSpan: 1, colSpan: 1, covered: true })),
  );
  for (const cell of table.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) {
        const slot = rows[r]?.[c];
        if (!slot) continue;
        if (r === cell.row && c === cell.col)
          Object.assign(slot, {
            text: textOf(cell),
            rowSpan: cell.rowSpan,
            colSpan: cell.colSpan,
            covered: false,
          });
      }
    }
  }
  return rows;
}
