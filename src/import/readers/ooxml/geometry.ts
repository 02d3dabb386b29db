import type { Box, Point } from '../../pages';
import { attr, child, isTrue, numberAttr, type XmlElement } from './xml';

/**
 * DrawingML positions: shapes are placed in EMU (914400 per inch, 12700 per point) by an `xfrm`
 * (offset, extent, rotation, flips); a group maps its children's coordinate space (`chOff`,
 * `chExt`) onto its own box. These turn them into points on the page.
 */

export const EMU_PER_POINT = 12700;

/** Maps a shape's coordinates (EMU in its parent's space) to page points: p·s + t. */
export interface Transform {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}

export const PAGE_TRANSFORM: Transform = { sx: 1 / EMU_PER_POINT, sy: 1 / EMU_PER_POINT, tx: 0, ty: 0 };

export interface Xfrm {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Clockwise degrees. */
  rot: number;
  flipH: boolean;
  flipV: boolean;
  /** A group's child space. */
  chX?: number;
  chY?: number;
  chW?: number;
  chH?: number;
}

export function readXfrm(xfrm: XmlElement | undefined): Xfrm | undefined {
  if (!xfrm) return undefined;
  const off = child(xfrm, 'off');
  const ext = child(xfrm, 'ext');
  if (!off || !ext) return undefined;
  const result: Xfrm = {
    x: numberAttr(off, 'x') ?? 0,
    y: numberAttr(off, 'y') ?? 0,
    w: numberAttr(ext, 'cx') ?? 0,
    h: numberAttr(ext, 'cy') ?? 0,
    rot: (numberAttr(xfrm, 'rot') ?? 0) / 60000,
    flipH: isTrue(attr(xfrm, 'flipH')),
    flipV: isTrue(attr(xfrm, 'flipV')),
  };
  const chOff = child(xfrm, 'chOff');
  const chExt = child(xfrm, 'chExt');
  if (chOff && chExt) {
    result.chX = numberAttr(chOff, 'x') ?? 0;
    result.chY = numberAttr(chOff, 'y') ?? 0;
    result.chW = numberAttr(chExt, 'cx') ?? 0;
    result.chH = numberAttr(chExt, 'cy') ?? 0;
  }
  return result;
}

export function apply(t: Transform, p: Point): Point {
  return { x: p.x * t.sx + t.tx, y: p.y * t.sy + t.ty };
}

/**
 * The transform for a group's children: their space (chOff/chExt) is stretched onto the group's
 * box, then placed by the parent's transform. A group's own rotation and flips are not applied
 * (rare in maps; the children keep their unrotated places).
 */
export function groupTransform(parent: Transform, g: Xfrm): Transform {
  const scaleX = g.chW ? g.w / g.chW : 1;
  const scaleY = g.chH ? g.h / g.chH : 1;
  const offX = g.x - (g.chX ?? 0) * scaleX;
  const offY = g.y - (g.chY ?? 0) * scaleY;
  return {
    sx: parent.sx * scaleX,
    sy: parent.sy * scaleY,
    tx: parent.tx + offX * parent.sx,
    ty: parent.ty + offY * parent.sy,
  };
}

function rounded(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Quarter turns are what matter for text: a shape turned by 90° or 270° reads top to bottom. */
export function isQuarterTurn(rot: number): boolean {
  const r = ((rot % 180) + 180) % 180;
  return Math.abs(r - 90) < 1;
}

/** The shape's box on the page as it is seen: a quarter-turned shape swaps width and height. */
export function boxOf(t: Transform, x: Xfrm): Box {
  const a = apply(t, { x: x.x, y: x.y });
  const b = apply(t, { x: x.x + x.w, y: x.y + x.h });
  let box = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(b.x - a.x), h: Math.abs(b.y - a.y) };
  if (isQuarterTurn(x.rot)) {
    const cx = box.x + box.w / 2;
    const cy = box.y + box.h / 2;
    box = { x: cx - box.h / 2, y: cy - box.w / 2, w: box.h, h: box.w };
  }
  return { x: rounded(box.x), y: rounded(box.y), w: rounded(box.w), h: rounded(box.h) };
}

/**
 * A point given as a fraction of the shape's unrotated box (0,0 top-left, 1,1 bottom-right) on
 * the page, after the shape's flips and rotation: how a line's or arrow's ends are found.
 */
export function pointIn(t: Transform, x: Xfrm, u: number, v: number): Point {
  const fu = x.flipH ? 1 - u : u;
  const fv = x.flipV ? 1 - v : v;
  let px = x.x + fu * x.w;
  let py = x.y + fv * x.h;
  if (x.rot % 360 !== 0) {
    const cx = x.x + x.w / 2;
    const cy = x.y + x.h / 2;
    const r = (x.rot * Math.PI) / 180;
    const dx = px - cx;
    const dy = py - cy;
    px = cx + dx * Math.cos(r) - dy * Math.sin(r);
    py = cy + dx * Math.sin(r) + dy * Math.cos(r);
  }
  const p = apply(t, { x: px, y: py });
  return { x: rounded(p.x), y: rounded(p.y) };
}
