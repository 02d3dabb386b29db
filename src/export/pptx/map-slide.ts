import type PptxGenJS from 'pptxgenjs';
import type { ArrowShape, LayoutOptions, MapLayout, Rect, Shape, TextBlock } from '../../domain/map-layout';
import { layoutStrategyMap } from '../../domain/map-layout';
import type { PlanDocument } from '../../domain/plan-document';
import { addText, FONT_FACE, hex, LANG, PT, type Slide } from './deck';

/**
 * The strategy map as native PowerPoint shapes, placed from the shared map layout: bands and
 * headers as rectangles, objectives as rounded rectangles carrying their own text, arrows as
 * open freeform polylines with an arrowhead. Everything stays editable; nothing is a picture.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Fit {
  layout: MapLayout;
  /** Inches per layout px. */
  scale: number;
  x: number;
  y: number;
}

/**
 * Lays the map out at several canvas widths and keeps the one that fills the slide best:
 * a wider canvas gives flatter cards, a narrower one taller rows, and the largest type wins.
 */
export function fitLayout(plan: PlanDocument, box: Box, options: LayoutOptions = {}): Fit {
  let best: Fit | null = null;
  for (const width of [1200, 1400, 1600, 1800, 2000, 2300, 2600]) {
    const layout = layoutStrategyMap(plan, { ...options, width });
    const scale = Math.min(box.w / layout.width, box.h / layout.height);
    if (!best || scale > best.scale + 1e-6) {
      best = {
        layout,
        scale,
        x: box.x + (box.w - layout.width * scale) / 2,
        y: box.y + (box.h - layout.height * scale) / 2,
      };
    }
  }
  return best as Fit;
}

const r2 = (n: number) => Math.round(n * 10000) / 10000;

function place(fit: Fit, r: Rect): Box {
  return {
    x: r2(fit.x + r.x * fit.scale),
    y: r2(fit.y + r.y * fit.scale),
    w: r2(r.w * fit.scale),
    h: r2(r.h * fit.scale),
  };
}

function pt(fit: Fit, px: number): number {
  return Math.round(px * fit.scale * PT * 10) / 10;
}

function runs(fit: Fit, blocks: TextBlock[]): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = [];
  blocks.forEach((b, bi) => {
    b.lines.forEach((line, li) => {
      const last = bi === blocks.length - 1 && li === b.lines.length - 1;
      out.push({
        text: line,
        options: {
          fontFace: FONT_FACE,
          lang: LANG,
          fontSize: pt(fit, b.fontSize),
          bold: b.weight === 'bold',
          color: hex(b.color),
          lineSpacing: pt(fit, b.lineHeight),
          align: b.align === 'middle' ? 'center' : 'left',
          breakLine: !last,
        },
      });
    });
  });
  return out;
}

/** Insets of a shape's text: from the rect to the union of its text boxes, in points. */
function insets(fit: Fit, rect: Rect, blocks: TextBlock[]): [number, number, number, number] {
  const left = Math.min(...blocks.map((b) => b.box.x));
  const right = Math.max(...blocks.map((b) => b.box.x + b.box.w));
  const top = Math.min(...blocks.map((b) => b.box.y));
  const bottom = Math.max(...blocks.map((b) => b.box.y + b.box.h));
  const clamp = (v: number) => Math.max(0, pt(fit, v));
  // pptxgenjs takes text margins as [left, right, bottom, top].
  return [
    clamp(left - rect.x),
    clamp(rect.x + rect.w - right),
    clamp(rect.y + rect.h - bottom),
    clamp(top - rect.y),
  ];
}

/** Blocks that can live inside their shape as paragraphs: same alignment, stacked top to bottom. */
function stacked(blocks: TextBlock[]): boolean {
  return blocks.every((b, i) => {
    const prev = blocks[i - 1];
    return !prev || (b.align === prev.align && b.box.y >= prev.box.y + prev.box.h - 0.5);
  });
}

function addBox(slide: Slide, fit: Fit, s: Exclude<Shape, ArrowShape>): void {
  const at = place(fit, s.rect);
  const geometry = s.radius > 0 ? 'roundRect' : 'rect';
  const look = {
    shape: geometry as PptxGenJS.ShapeType,
    fill: s.fill ? { color: hex(s.fill) } : { type: 'none' as const },
    line: s.stroke
      ? {
          color: hex(s.stroke),
          width: Math.max(0.5, pt(fit, s.strokeWidth)),
          ...(s.dashed ? { dashType: 'dash' as const } : {}),
        }
      : { type: 'none' as const },
    ...(s.radius > 0 ? { rectRadius: r2(s.radius * fit.scale) } : {}),
    objectName: s.kind === 'card' ? `${s.code} ${s.name}` : s.id,
  };
  const texts = s.texts.filter((t) => t.lines.length > 0);
  if (texts.length > 0 && stacked(texts)) {
    addText(slide, runs(fit, texts), {
      ...at,
      ...look,
      margin: insets(fit, s.rect, texts),
      valign: 'middle',
      wrap: false,
    });
  } else {
    if (s.fill || s.stroke) slide.addShape(look.shape, { ...at, ...look });
    for (const t of texts) {
      addText(slide, runs(fit, [t]), { ...place(fit, t.box), valign: 'middle', wrap: false });
    }
  }
  if (s.kind === 'card' && s.lightDot) {
    const d = s.lightDot;
    slide.addShape('ellipse', {
      ...place(fit, { x: d.cx - d.r, y: d.cy - d.r, w: 2 * d.r, h: 2 * d.r }),
      fill: { color: hex(d.fill) },
      line: { color: 'FFFFFF', width: 0.75 },
      objectName: `${s.code} light`,
    });
  }
}

function addArrow(slide: Slide, fit: Fit, a: ArrowShape): void {
  if (a.points.length < 2) return;
  const xs = a.points.map((p) => p.x);
  const ys = a.points.map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  // A straight vertical or horizontal run has no extent across it; give the frame a sliver.
  const w = Math.max((Math.max(...xs) - minX) * fit.scale, 0.01);
  const h = Math.max((Math.max(...ys) - minY) * fit.scale, 0.01);
  slide.addShape('custGeom' as unknown as PptxGenJS.SHAPE_NAME, {
    x: r2(fit.x + minX * fit.scale),
    y: r2(fit.y + minY * fit.scale),
    w: r2(w),
    h: r2(h),
    points: a.points.map((p, i) => ({
      x: r2((p.x - minX) * fit.scale),
      y: r2((p.y - minY) * fit.scale),
      ...(i === 0 ? { moveTo: true } : {}),
    })),
    line: { color: hex(a.stroke), width: Math.max(0.75, pt(fit, a.strokeWidth)), endArrowType: 'triangle' },
    objectName: `${a.from} → ${a.to}`,
  });
}

/** Draws a fitted layout onto a slide, back to front as the layout orders its shapes. */
export function drawMap(slide: Slide, fit: Fit): void {
  for (const s of fit.layout.shapes) {
    if (s.kind === 'arrow') addArrow(slide, fit, s);
    else addBox(slide, fit, s);
  }
}
