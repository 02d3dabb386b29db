import type { Perspective } from '../codes';
import { linesHeight, round, textBlock, wrap } from './blocks';
import type { PlacedObjective } from './classify';
import { COLOURS, LIGHT_COLOURS, type MapLabels, PERSPECTIVE_COLOURS, SIZE } from './style';
import type { BandShape, CardShape, LabelShape, Light, MapColumn, MapRow, Rect } from './types';

export interface GridInput {
  objectives: PlacedObjective[];
  order: Perspective[];
  columns: MapColumn[];
  gridX: number;
  gridW: number;
  labels: MapLabels;
  lights: Record<string, Light>;
  highlight: ReadonlySet<string>;
  top: number;
}

export interface GridResult {
  backdrop: (BandShape | LabelShape)[];
  cards: CardShape[];
  rows: MapRow[];
  bottom: number;
}

interface Sized {
  o: PlacedObjective;
  width: number;
  lines: string[];
}

const codeHeight = linesHeight(1, SIZE.cardCodeFont);

function size(o: PlacedObjective, width: number): Sized {
  return { o, width, lines: wrap(o.name, width - 2 * SIZE.cardPadX, SIZE.cardNameFont) };
}

function cardHeight(s: Sized): number {
  return codeHeight + linesHeight(s.lines.length, SIZE.cardNameFont) + 2 * SIZE.cardPadY;
}

/** How many spanning cards share one line: at most one per column, never narrower than one. */
function perLine(count: number, columns: number, gridW: number): number {
  const fit = Math.max(1, Math.floor((gridW + 2 * SIZE.cellPadX) / (SIZE.minColumn + 2 * SIZE.cellPadX)));
  return Math.max(1, Math.min(count, columns > 0 ? Math.max(columns, 1) : fit, fit));
}

function spanWidth(n: number, gridW: number): number {
  return (gridW - 2 * SIZE.cellPadX - (n - 1) * 2 * SIZE.cellPadX) / n;
}

/**
 * The perspective rows. Each row stacks up to three strips: the city's cross-theme objectives
 * (TC1…), the per-theme cells, and the objectives shared by all themes. Cards in a cell take
 * slots of a grid common to the whole row so that cards of neighbouring columns line up, which
 * keeps arrows between them straight; card heights are equal across the row, as on the slides.
 */
export function layoutGrid(input: GridInput): GridResult {
  const { columns, gridX, gridW } = input;
  const backdrop: (BandShape | LabelShape)[] = [];
  const cards: CardShape[] = [];
  const rows: MapRow[] = [];
  const cardW = (columns[0]?.w ?? 0) - 2 * SIZE.cellPadX;
  let y = input.top;
  for (const p of input.order) {
    const own = input.objectives.filter((o) => o.perspective === p);
    const cross = own.filter((o) => o.placement === 'cross');
    const shared = own.filter((o) => o.placement === 'shared');
    const inCols = columns.map((_, i) => own.filter((o) => o.column === i).map((o) => size(o, cardW)));
    const crossN = perLine(cross.length, columns.length, gridW);
    const sharedN = perLine(shared.length, columns.length, gridW);
    const crossSized = cross.map((o) => size(o, spanWidth(crossN, gridW)));
    const sharedSized = shared.map((o) => size(o, spanWidth(sharedN, gridW)));
    const all = [...inCols.flat(), ...crossSized, ...sharedSized];
    const cardH = Math.max(
      codeHeight + linesHeight(1, SIZE.cardNameFont) + 2 * SIZE.cardPadY,
      ...all.map(cardHeight),
    );
    const slots = Math.max(0, ...inCols.map((c) => c.length));
    const stack = (n: number) => n * cardH + (n - 1) * SIZE.cardGap + 2 * SIZE.cellPadY;
    const crossH = cross.length ? stack(Math.ceil(cross.length / crossN)) : 0;
    const sharedH = shared.length ? stack(Math.ceil(shared.length / sharedN)) : 0;
    const cellsH = slots > 0 || (crossH === 0 && sharedH === 0) ? stack(Math.max(slots, 1)) : 0;
    const rowH = crossH + cellsH + sharedH;
    const colours = PERSPECTIVE_COLOURS[p];
    const label = input.labels.perspectives[p];
    rows.push({ perspective: p, label, y, h: rowH });
    backdrop.push(band(`row-${p}`, 'row', { x: gridX, y, w: gridW, h: rowH }, colours.row, null));
    backdrop.push(rowLabel(p, label, { x: SIZE.margin, y, w: gridX - SIZE.margin - 6, h: rowH }));

    const spanning = (list: Sized[], n: number, top: number, role: 'cross' | 'shared') => {
      if (list.length === 0) return;
      const h = role === 'cross' ? crossH : sharedH;
      backdrop.push(
        band(`${role}-${p}`, role, { x: gridX, y: top, w: gridW, h }, colours.label, COLOURS.gridLine),
      );
      list.forEach((s, i) => {
        const line = Math.floor(i / n);
        const inLine = Math.min(n, list.length - line * n);
        // A short last line is centred rather than left-aligned under the full ones.
        const lead = ((n - inLine) * (s.width + 2 * SIZE.cellPadX)) / 2;
        const x = gridX + SIZE.cellPadX + lead + (i % n) * (s.width + 2 * SIZE.cellPadX);
        const cy = top + SIZE.cellPadY + line * (cardH + SIZE.cardGap);
        cards.push(card(s, { x, y: cy, w: s.width, h: cardH }, null, input));
      });
    };

    spanning(crossSized, crossN, y, 'cross');
    const cellTop = y + crossH;
    if (cellsH > 0) {
      columns.forEach((col, i) => {
        backdrop.push(
          band(
            `cell-${col.letter}${p}`,
            'cell',
            { x: col.x, y: cellTop, w: col.w, h: cellsH },
            colours.row,
            COLOURS.gridLine,
          ),
        );
        const list = inCols[i] ?? [];
        const first = Math.floor((slots - list.length) / 2);
        list.forEach((s, k) => {
          const cy = cellTop + SIZE.cellPadY + (first + k) * (cardH + SIZE.cardGap);
          cards.push(card(s, { x: col.x + SIZE.cellPadX, y: cy, w: cardW, h: cardH }, col.letter, input));
        });
      });
    }
    spanning(sharedSized, sharedN, cellTop + cellsH, 'shared');
    y += rowH;
  }
  return { backdrop, cards, rows, bottom: y };
}

function band(
  id: string,
  role: BandShape['role'],
  rect: Rect,
  fill: string,
  stroke: string | null,
): BandShape {
  return {
    kind: 'band',
    id,
    role,
    rect: roundRect(rect),
    fill,
    stroke,
    strokeWidth: stroke ? 2 : 0,
    dashed: false,
    radius: 0,
    texts: [],
  };
}

function rowLabel(p: Perspective, text: string, rect: Rect): LabelShape {
  const lines = wrap(text, rect.w - 16, SIZE.labelFont);
  const style = { fontSize: SIZE.labelFont, weight: 'bold' as const, color: PERSPECTIVE_COLOURS[p].accent };
  return {
    kind: 'label',
    id: `label-${p}`,
    role: 'perspective',
    code: p,
    rect: roundRect(rect),
    fill: PERSPECTIVE_COLOURS[p].label,
    stroke: null,
    strokeWidth: 0,
    dashed: false,
    radius: 4,
    texts: [textBlock(lines, style, roundRect(rect))],
  };
}

function card(s: Sized, r: Rect, theme: string | null, input: GridInput): CardShape {
  const rect = roundRect(r);
  const { o } = s;
  const accent = PERSPECTIVE_COLOURS[o.perspective].accent;
  const highlighted = input.highlight.has(o.code);
  const light = input.lights[o.code] ?? null;
  const nameH = linesHeight(s.lines.length, SIZE.cardNameFont);
  const top = rect.y + (rect.h - codeHeight - nameH) / 2;
  const inner = { x: rect.x + SIZE.cardPadX, w: rect.w - 2 * SIZE.cardPadX };
  const codeBox = roundRect({ ...inner, y: top, h: codeHeight });
  const nameBox = roundRect({ ...inner, y: top + codeHeight, h: nameH });
  const dotR = 5;
  return {
    kind: 'card',
    id: `card-${o.code}`,
    code: o.code,
    name: o.name,
    theme,
    perspective: o.perspective,
    placement: o.placement,
    rect,
    fill: COLOURS.cardFill,
    stroke: highlighted ? COLOURS.highlight : accent,
    strokeWidth: highlighted ? 3 : 1.5,
    dashed: o.placement === 'unknown-theme',
    radius: SIZE.cardRadius,
    texts: [
      textBlock([o.code], { fontSize: SIZE.cardCodeFont, weight: 'bold', color: accent }, codeBox),
      textBlock(s.lines, { fontSize: SIZE.cardNameFont, color: COLOURS.ink }, nameBox),
    ],
    light,
    lightDot:
      light && light !== 'none'
        ? {
            cx: round(rect.x + rect.w - dotR - 5),
            cy: round(rect.y + dotR + 5),
            r: dotR,
            fill: LIGHT_COLOURS[light],
          }
        : null,
    highlighted,
    title: `${o.code} ${o.name}`,
  };
}

export function roundRect(r: Rect): Rect {
  return { x: round(r.x), y: round(r.y), w: round(r.w), h: round(r.h) };
}
