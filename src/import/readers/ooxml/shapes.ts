import type { FrameRole, LineShape, PageItem, Point, TextFrame } from '../../pages';
import {
  boxOf,
  groupTransform,
  isQuarterTurn,
  pointIn,
  readXfrm,
  type Transform,
  type Xfrm,
} from './geometry';
import { readDrawingTable } from './table';
import { arrowsOf, isOutlined, readBodyText } from './text-body';
import { attr, child, path, resolveAlternates, type XmlElement } from './xml';

/**
 * A DrawingML shape tree — a slide's `spTree`, a group, an Excel drawing's anchor — as page
 * items: shapes with text (or a visible outline) become text frames, tables become tables,
 * connectors and line or arrow shapes become lines with their ends and heads, pictures pictures.
 * Groups place their children through their transform; the children share the group's id.
 */

export interface ShapeContext {
  transform: Transform;
  /** The innermost group the shapes belong to. */
  group?: string;
  /** Shapes of a slide layout or master, drawn on every slide that uses it. */
  inherited?: boolean;
  /** Keeps ids of different parts apart (`layout:4`), since each part numbers its own shapes. */
  idPrefix: string;
  /** Where a placeholder without its own position sits (the layout's or master's `xfrm`). */
  placeholderXfrm?: (ph: XmlElement) => XmlElement | undefined;
  emit: (item: PageItem) => void;
}

const PLACEHOLDER_ROLES: Record<string, FrameRole> = {
  title: 'title',
  ctrTitle: 'title',
  subTitle: 'body',
  body: 'body',
  obj: 'body',
  ftr: 'footer',
  hdr: 'header',
  sldNum: 'slide-number',
  dt: 'date',
};

/** A placeholder's type; PresentationML's default is `obj` (a content placeholder). */
export function placeholderType(ph: XmlElement): string {
  return attr(ph, 'type') ?? 'obj';
}

/** Preset lines and connectors: drawn from the box's top-left to its bottom-right, before flips. */
const LINE_PRESETS = /^(line|lineInv|straightConnector1|bentConnector[2-5]|curvedConnector[2-5])$/;

/** Block arrows as lines: the ends as fractions of the box, and which ends carry heads. */
const BLOCK_ARROWS: Record<string, { from: [number, number]; to: [number, number]; start: boolean }> = {
  rightArrow: { from: [0, 0.5], to: [1, 0.5], start: false },
  notchedRightArrow: { from: [0, 0.5], to: [1, 0.5], start: false },
  stripedRightArrow: { from: [0, 0.5], to: [1, 0.5], start: false },
  leftArrow: { from: [1, 0.5], to: [0, 0.5], start: false },
  upArrow: { from: [0.5, 1], to: [0.5, 0], start: false },
  downArrow: { from: [0.5, 0], to: [0.5, 1], start: false },
  leftRightArrow: { from: [0, 0.5], to: [1, 0.5], start: true },
  upDownArrow: { from: [0.5, 0], to: [0.5, 1], start: true },
};

function adjust(spPr: XmlElement | undefined, name: string, fallback: number): number {
  const gd = path(spPr, 'prstGeom', 'avLst')?.children.find((g) => attr(g, 'name') === name);
  const m = /^val\s+(-?\d+)/.exec(attr(gd, 'fmla') ?? '');
  return m?.[1] ? Number(m[1]) / 100000 : fallback;
}

/** The bends of an elbow connector, as fractions of its box. */
function elbows(prst: string, spPr: XmlElement | undefined): [number, number][] {
  if (prst === 'bentConnector2') return [[1, 0]];
  if (prst === 'bentConnector3') {
    const a = adjust(spPr, 'adj1', 0.5);
    return [
      [a, 0],
      [a, 1],
    ];
  }
  return [];
}

function lineOf(
  x: Xfrm,
  prst: string,
  spPr: XmlElement | undefined,
  ctx: ShapeContext,
): Omit<LineShape, 'id'> | undefined {
  const t = ctx.transform;
  const block = BLOCK_ARROWS[prst];
  if (block) {
    return {
      kind: 'line',
      from: pointIn(t, x, ...block.from),
      to: pointIn(t, x, ...block.to),
      arrow: { start: block.start, end: true },
    };
  }
  if (!LINE_PRESETS.test(prst)) return undefined;
  const line: Omit<LineShape, 'id'> = {
    kind: 'line',
    from: pointIn(t, x, 0, 0),
    to: pointIn(t, x, 1, 1),
    arrow: arrowsOf(spPr),
  };
  const via: Point[] = elbows(prst, spPr).map(([u, v]) => pointIn(t, x, u, v));
  if (via.length > 0) line.via = via;
  return line;
}

function common(
  ctx: ShapeContext,
  cNvPr: XmlElement | undefined,
): { id?: string; group?: string; inherited?: boolean } {
  const out: { id?: string; group?: string; inherited?: boolean } = {};
  const id = attr(cNvPr, 'id');
  if (id !== undefined) out.id = `${ctx.idPrefix}${id}`;
  if (ctx.group !== undefined) out.group = ctx.group;
  if (ctx.inherited) out.inherited = true;
  return out;
}

function readShape(sp: XmlElement, ctx: ShapeContext): void {
  const nv = child(sp, 'nvSpPr');
  const ph = path(nv, 'nvPr', 'ph');
  const spPr = child(sp, 'spPr');
  const x = readXfrm(child(spPr, 'xfrm') ?? (ph && ctx.placeholderXfrm?.(ph)));
  const base = common(ctx, child(nv, 'cNvPr'));
  const prst = attr(child(spPr, 'prstGeom'), 'prst') ?? '';
  const line = x ? lineOf(x, prst, spPr, ctx) : undefined;
  if (line) ctx.emit({ ...line, ...base });
  const body = readBodyText(child(sp, 'txBody'));
  const outlined = !line && isOutlined(spPr, child(sp, 'style'));
  if (body.lines.length === 0 && !outlined) return;
  const frame: TextFrame = { kind: 'text', ...base, lines: body.lines };
  if (x) frame.box = boxOf(ctx.transform, x);
  const role = ph ? PLACEHOLDER_ROLES[placeholderType(ph)] : undefined;
  if (role) frame.role = role;
  if (body.fontSize !== undefined) frame.fontSize = body.fontSize;
  if (outlined) frame.outlined = true;
  if (body.vertical || (x && isQuarterTurn(x.rot))) frame.vertical = true;
  ctx.emit(frame);
}

function readGroup(grpSp: XmlElement, ctx: ShapeContext): void {
  const base = common(ctx, path(grpSp, 'nvGrpSpPr', 'cNvPr'));
  const x = readXfrm(path(grpSp, 'grpSpPr', 'xfrm'));
  const inner: ShapeContext = { ...ctx, transform: x ? groupTransform(ctx.transform, x) : ctx.transform };
  if (base.id !== undefined) inner.group = base.id;
  readShapeTree(grpSp.children, inner);
}

function readGraphicFrame(frame: XmlElement, ctx: ShapeContext): void {
  const base = common(ctx, path(frame, 'nvGraphicFramePr', 'cNvPr'));
  const x = readXfrm(child(frame, 'xfrm'));
  const data = path(frame, 'graphic', 'graphicData');
  const tbl = child(data, 'tbl');
  if (tbl) {
    const table = { ...readDrawingTable(tbl, ctx.transform), ...base };
    ctx.emit(x ? { ...table, box: boxOf(ctx.transform, x) } : table);
    return;
  }
  // An embedded object (an Excel range pasted into a slide) shows as its preview picture.
  if (data && /oleObj|\/ole$/.test(attr(data, 'uri') ?? '')) {
    const descr = attr(path(frame, 'nvGraphicFramePr', 'cNvPr'), 'name');
    ctx.emit({
      kind: 'picture',
      ...base,
      ...(x ? { box: boxOf(ctx.transform, x) } : {}),
      ...(descr ? { description: descr } : {}),
    });
  }
}

function readConnector(cxn: XmlElement, ctx: ShapeContext): void {
  const nv = child(cxn, 'nvCxnSpPr');
  const spPr = child(cxn, 'spPr');
  const x = readXfrm(child(spPr, 'xfrm'));
  if (!x) return;
  const prst = attr(child(spPr, 'prstGeom'), 'prst') ?? 'straightConnector1';
  const line = lineOf(x, LINE_PRESETS.test(prst) ? prst : 'straightConnector1', spPr, ctx);
  if (!line) return;
  const shape: LineShape = { ...line, ...common(ctx, child(nv, 'cNvPr')) };
  const ends = child(nv, 'cNvCxnSpPr');
  const start = attr(child(ends, 'stCxn'), 'id');
  const end = attr(child(ends, 'endCxn'), 'id');
  if (start !== undefined) shape.startId = `${ctx.idPrefix}${start}`;
  if (end !== undefined) shape.endId = `${ctx.idPrefix}${end}`;
  ctx.emit(shape);
}

function readPicture(pic: XmlElement, ctx: ShapeContext): void {
  const cNvPr = path(pic, 'nvPicPr', 'cNvPr');
  const x = readXfrm(path(pic, 'spPr', 'xfrm'));
  const description = attr(cNvPr, 'descr') || attr(cNvPr, 'name');
  ctx.emit({
    kind: 'picture',
    ...common(ctx, cNvPr),
    ...(x ? { box: boxOf(ctx.transform, x) } : {}),
    ...(description ? { description } : {}),
  });
}

export function readShapeTree(children: XmlElement[], ctx: ShapeContext): void {
  for (const el of resolveAlternates(children)) {
    if (el.name === 'sp') readShape(el, ctx);
    else if (el.name === 'grpSp') readGroup(el, ctx);
    else if (el.name === 'graphicFrame') readGraphicFrame(el, ctx);
    else if (el.name === 'cxnSp') readConnector(el, ctx);
    else if (el.name === 'pic') readPicture(el, ctx);
  }
}
