import type PptxGenJS from 'pptxgenjs';
import type { PlanDocument } from '../../../src/domain/plan-document';
import type { Box, MapGrid } from './map-grid';

/**
 * Draws a map grid on a slide the way agencies do: filled theme headers, perspective labels,
 * objective cards as outlined rectangles (one shape with text, or a rectangle and a text box
 * to be grouped), and cause→effect arrows as lines with a head. Shape names carry the code
 * (`card:AC1`, `link:AL1>AP1`) so the post-processing can group shapes and glue connectors.
 */

export type Slide = PptxGenJS.Slide;
export const FONT = 'Microsoft JhengHei';

export interface DrawOptions {
  cards: 'box' | 'group';
  arrows: 'none' | 'line';
  palette: { header: string; headerText: string; label: string; card: string; line: string };
}

export function addBox(slide: Slide, text: string, box: Box, props: PptxGenJS.TextPropsOptions): void {
  slide.addText(text, {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    fontFace: FONT,
    lang: 'zh-TW',
    color: '1F2933',
    margin: 3,
    valign: 'middle',
    align: 'center',
    fit: 'none',
    ...props,
  });
}

function arrowEnds(from: Box, to: Box): [number, number, number, number] {
  const cx = (b: Box) => b.x + b.w / 2;
  if (to.y + to.h <= from.y) return [cx(from), from.y, cx(to), to.y + to.h];
  if (to.y >= from.y + from.h) return [cx(from), from.y + from.h, cx(to), to.y];
  const cy = (b: Box) => b.y + b.h / 2;
  return to.x > from.x ? [from.x + from.w, cy(from), to.x, cy(to)] : [from.x, cy(from), to.x + to.w, cy(to)];
}

export function addArrow(
  slide: Slide,
  name: string,
  ends: [number, number, number, number],
  colour: string,
): void {
  const [x1, y1, x2, y2] = ends;
  slide.addShape('line', {
    objectName: name,
    x: Math.min(x1, x2),
    y: Math.min(y1, y2),
    w: Math.max(Math.abs(x2 - x1), 0.001),
    h: Math.max(Math.abs(y2 - y1), 0.001),
    flipH: x2 < x1,
    flipV: y2 < y1,
    line: { color: colour, width: 1.25, endArrowType: 'triangle' },
  });
}

export function drawGrid(slide: Slide, plan: PlanDocument, grid: MapGrid, o: DrawOptions): void {
  const pt = grid.fontPt;
  const { palette } = o;
  addBox(slide, grid.corner.text, grid.corner.box, {
    fontSize: pt + 1,
    bold: true,
    fill: { color: palette.label },
    color: 'FFFFFF',
  });
  for (const h of grid.headers)
    addBox(slide, h.text, h.box, {
      objectName: `theme:${h.letter}`,
      fontSize: pt + 1,
      bold: true,
      fill: { color: palette.header },
      color: palette.headerText,
    });
  for (const r of grid.rows)
    addBox(slide, r.text, r.box, {
      fontSize: pt + 1,
      bold: true,
      fill: { color: palette.label },
      color: 'FFFFFF',
    });
  if (grid.leadsLabel)
    addBox(slide, grid.leadsLabel.text, grid.leadsLabel.box, {
      fontSize: pt,
      bold: true,
      fill: { color: palette.label },
      color: 'FFFFFF',
    });
  for (const l of grid.leads)
    addBox(slide, l.text, l.box, {
      fontSize: pt - 1,
      align: 'left',
      line: { color: palette.line, width: 0.5 },
    });
  for (const c of grid.cards) {
    const look = { fontSize: pt, align: c.spanning ? 'center' : 'left' } as const;
    if (o.cards === 'box') {
      addBox(slide, c.text, c.box, {
        ...look,
        objectName: `card:${c.code}`,
        shape: 'rect',
        fill: { color: palette.card },
        line: { color: palette.line, width: 1 },
      });
      continue;
    }
    slide.addShape('roundRect', {
      objectName: `rect:${c.code}`,
      ...c.box,
      rectRadius: 0.06,
      fill: { color: palette.card },
      line: { color: palette.line, width: 1 },
    });
    addBox(
      slide,
      c.text,
      { x: c.box.x + 0.03, y: c.box.y + 0.02, w: c.box.w - 0.06, h: c.box.h - 0.04 },
      {
        ...look,
        objectName: `label:${c.code}`,
      },
    );
  }
  if (o.arrows === 'none') return;
  const at = new Map(grid.cards.map((c) => [c.code, c.box]));
  for (const l of plan.links) {
    const from = at.get(l.from);
    const to = at.get(l.to);
    if (from && to) addArrow(slide, `link:${l.from}>${l.to}`, arrowEnds(from, to), '52606D');
  }
}
