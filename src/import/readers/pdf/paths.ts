import type { Box, Point } from '../../pages';

/**
 * What a PDF page draws besides text, from its operator list: painted rectangles and the boxes
 * of other closed shapes (cards, cell backgrounds and borders), stroked open paths (lines and connectors, elbows kept), small filled
 * polygons (arrow heads) and pictures, all in points from the page's top-left. The current
 * transformation matrix is followed through save/restore, `cm` and form XObjects.
 */

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function applyMatrix(m: Matrix, x: number, y: number): Point {
  return { x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] };
}

export interface Drawing {
  rects: Box[];
  /** Stroked open paths: two or more points each. */
  paths: Point[][];
  /** Small filled polygons that are not rectangles. */
  heads: Point[][];
  pictures: Box[];
}

/** The operator numbers this reader needs, from pdfjs's `OPS`. */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdfjs's path drawing codes (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

function boundsOf(points: Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Four corners on axis-parallel sides (the closing point may repeat the first). */
function rectangleOf(points: Point[]): Box | undefined {
  const pts = points.length === 5 && near(points[0], points[4]) ? points.slice(0, 4) : points;
  if (pts.length !== 4) return undefined;
  for (let i = 0; i < 4; i++) {
    const a = pts[i] as Point;
    const b = pts[(i + 1) % 4] as Point;
    if (Math.abs(a.x - b.x) > 0.5 && Math.abs(a.y - b.y) > 0.5) return undefined;
  }
  return boundsOf(pts);
}

function near(a: Point | undefined, b: Point | undefined, tolerance = 0.5): boolean {
  return !!a && !!b && Math.abs(a.x - b.x) <= tolerance && Math.abs(a.y - b.y) <= tolerance;
}

interface Subpath {
  points: Point[];
  closed: boolean;
}

function subpathsOf(data: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | null = null;
  const at = (x: number, y: number) => applyMatrix(ctm, x, y);
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE) {
      current = { points: [at(data[i] as number, data[i + 1] as number)], closed: false };
      out.push(current);
      i += 2;
    } else if (op === LINE || op === CURVE || op === QUAD) {
      // A curve's end point is kept, its control points dropped: connectors are read by their ends.
      const n = op === LINE ? 2 : op === CURVE ? 6 : 4;
      const p = at(data[i + n - 2] as number, data[i + n - 1] as number);
      if (!current) {
        current = { points: [p], closed: false };
        out.push(current);
      } else current.points.push(p);
      i += n;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
      current = null;
    } else break;
  }
  return out;
}

/** A thin filled rectangle is how many writers draw a table rule: a line along its long side. */
const RULE_THICKNESS = 2;
/** Arrow heads are a few points across; anything larger is a shape. */
const HEAD_SIZE = 24;

function addPainted(
  drawing: Drawing,
  path: Subpath,
  stroked: boolean,
  filled: boolean,
  pageArea: number,
): void {
  const rect = path.closed || filled ? rectangleOf(path.points) : undefined;
  if (rect) {
    if (rect.w * rect.h > pageArea * 0.8) return;
    if (filled && !stroked && Math.min(rect.w, rect.h) <= RULE_THICKNESS) {
      const upright = rect.w < rect.h;
      const cx = rect.x + rect.w / 2;
      const cy = rect.y + rect.h / 2;
      drawing.paths.push(
        upright
          ? [
              { x: cx, y: rect.y },
              { x: cx, y: rect.y + rect.h },
            ]
          : [
              { x: rect.x, y: cy },
              { x: rect.x + rect.w, y: cy },
            ],
      );
      return;
    }
    drawing.rects.push(rect);
    return;
  }
  const box = boundsOf(path.points);
  if (filled && path.points.length >= 3 && Math.max(box.w, box.h) <= HEAD_SIZE) {
    drawing.heads.push(path.points);
    return;
  }
  // Rounded rectangles, ellipses and other closed shapes are cards too: their box is what counts.
  if ((path.closed || filled) && path.points.length >= 3) {
    if (box.w * box.h <= pageArea * 0.8 && Math.min(box.w, box.h) > RULE_THICKNESS) drawing.rects.push(box);
    return;
  }
  if (stroked && path.points.length >= 2) drawing.paths.push(path.points);
}

export function readDrawing(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: Ops,
  pageTransform: Matrix,
  pageArea: number,
): Drawing {
  const drawing: Drawing = { rects: [], paths: [], heads: [], pictures: [] };
  const stack: Matrix[] = [];
  let ctm = pageTransform;
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const images = new Set([
    ops.paintImageXObject,
    ops.paintInlineImageXObject,
    ops.paintImageMaskXObject,
    ops.paintImageXObjectRepeat,
  ]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as Matrix | null | undefined;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || (!strokes.has(paint) && !fills.has(paint))) continue;
      for (const sub of subpathsOf(data, ctm))
        addPainted(drawing, sub, strokes.has(paint), fills.has(paint), pageArea);
    } else if (fn !== undefined && images.has(fn)) {
      const corners = [
        applyMatrix(ctm, 0, 0),
        applyMatrix(ctm, 1, 0),
        applyMatrix(ctm, 0, 1),
        applyMatrix(ctm, 1, 1),
      ];
      const box = boundsOf(corners);
      if (box.w >= 4 && box.h >= 4) drawing.pictures.push(box);
    }
  }
  return drawing;
}
