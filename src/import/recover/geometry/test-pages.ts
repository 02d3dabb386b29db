import type { Finding } from '../../../domain/lint/finding';
import type { PlanDocument } from '../../../domain/plan-document';
import type { Box, LineShape, Page, PageItem, TableCell, TableFrame, TextFrame } from '../../pages';
import { flatten } from '../../readers/flatten';
import { assertStorable } from '../../test-helpers';
import { recoverPlans } from '../recover-plans';

/** Synthetic slides for the geometry tests: frames, lines and tables placed by hand, in points. */

export function text(lines: string | string[], box: Box, extra: Partial<TextFrame> = {}): TextFrame {
  return { kind: 'text', lines: typeof lines === 'string' ? lines.split('\n') : lines, box, ...extra };
}

export function card(lines: string, box: Box, extra: Partial<TextFrame> = {}): TextFrame {
  return text(lines, box, { outlined: true, ...extra });
}

export function arrow(
  from: [number, number],
  to: [number, number],
  heads: 'end' | 'start' | 'both' | 'none' = 'end',
  extra: Partial<LineShape> = {},
): LineShape {
  return {
    kind: 'line',
    from: { x: from[0], y: from[1] },
    to: { x: to[0], y: to[1] },
    arrow: { start: heads === 'start' || heads === 'both', end: heads === 'end' || heads === 'both' },
    ...extra,
  };
}

/** A table from rows of cells: a string is a plain cell, `null` a cell covered by a span. */
export function table(
  rows: (string | null | { text: string; rowSpan?: number; colSpan?: number })[][],
  box?: Box,
): TableFrame {
  const cells = rows.map((r) =>
    r.map((c): TableCell => {
      if (c === null) return { text: '', rowSpan: 1, colSpan: 1, covered: true };
      if (typeof c === 'string') return { text: c, rowSpan: 1, colSpan: 1, covered: false };
      return { text: c.text, rowSpan: c.rowSpan ?? 1, colSpan: c.colSpan ?? 1, covered: false };
    }),
  );
  const t: TableFrame = { kind: 'table', rows: cells };
  if (box) t.box = box;
  return t;
}

export function slide(number: number, items: PageItem[]): Page {
  return { number, kind: 'slide', width: 960, height: 540, items };
}

export function recoverPages(pages: Page[]): { plans: PlanDocument[]; findings: Finding[] } {
  const doc = flatten({ fileName: 'deck.pptx', format: 'pptx', pages });
  const result = recoverPlans(doc, { fallbackCity: '臺北市政府' });
  for (const p of result.plans) assertStorable(p);
  return result;
}

export function planNamed(result: { plans: PlanDocument[] }, org: string): PlanDocument {
  const plan = result.plans.find((p) => p.org.name === org);
  if (!plan) throw new Error(`no plan of ${org}: ${result.plans.map((p) => p.org.name).join(', ')}`);
  return plan;
}

/** Perspective rows of the test maps, top to bottom. */
export const ROWS: MapSpec['rows'] = [
  { label: '顧客', perspective: 'C' },
  { label: '內部流程', perspective: 'P' },
  { label: '學習成長', perspective: 'L' },
  { label: '財務', perspective: 'F' },
];

/**
 * A map slide laid out as agencies draw it: perspective labels at the left, a header per theme
 * across the top, each objective a card in its theme's column and perspective's row. Returns
 * the items and where each card is, so tests can move cards and draw arrows between them.
 */
export interface MapSpec {
  title?: string;
  headers: string[];
  rows: { label: string; perspective: 'C' | 'P' | 'L' | 'F' }[];
  /** Objectives as `code name`, placed in the column of their theme letter and their row. */
  cards: string[];
  /** Objectives drawn across every theme column, in their row. */
  spanning?: string[];
  /** Put a card elsewhere: code → [column index, row index]. */
  moved?: Record<string, [number, number]>;
}

export const GRID = { left: 20, labelW: 90, top: 60, headerH: 40, colW: 160, rowH: 100, cardH: 30 };

export function cellBox(col: number, row: number, slot = 0): Box {
  return {
    x: GRID.left + GRID.labelW + 10 + col * GRID.colW + 5,
    y: GRID.top + GRID.headerH + 10 + row * GRID.rowH + 5 + slot * (GRID.cardH + 5),
    w: GRID.colW - 10,
    h: GRID.cardH,
  };
}

export function mapItems(spec: MapSpec): { items: PageItem[]; boxes: Map<string, Box> } {
  const items: PageItem[] = [];
  const boxes = new Map<string, Box>();
  if (spec.title) items.push(text(spec.title, { x: 20, y: 5, w: 920, h: 40 }, { role: 'title' }));
  spec.headers.forEach((h, i) => {
    const x = GRID.left + GRID.labelW + 10 + i * GRID.colW + 5;
    items.push(card(h, { x, y: GRID.top, w: GRID.colW - 10, h: GRID.headerH }));
  });
  spec.rows.forEach((r, j) => {
    const y = GRID.top + GRID.headerH + 10 + j * GRID.rowH;
    items.push(card(r.label, { x: GRID.left, y, w: GRID.labelW, h: GRID.rowH - 10 }));
  });
  const letters = spec.headers.map((_, i) => String.fromCharCode(65 + i));
  const used = new Map<string, number>();
  for (const c of spec.cards) {
    const code = c.split(/\s/)[0] as string;
    const letter = code[0] as string;
    const perspective = code[1] as string;
    const [col, row] = spec.moved?.[code] ?? [
      letters.indexOf(letter),
      spec.rows.findIndex((r) => r.perspective === perspective),
    ];
    const key = `${col},${row}`;
    const slot = used.get(key) ?? 0;
    used.set(key, slot + 1);
    const box = cellBox(col, row, slot);
    boxes.set(code, box);
    items.push(card(c, box));
  }
  for (const c of spec.spanning ?? []) {
    const code = c.split(/\s/)[0] as string;
    const row = spec.rows.findIndex((r) => r.perspective === code.replace(/^[A-Z]?([CPLF]).*$/, '$1'));
    const first = cellBox(0, row, 0);
    const last = cellBox(spec.headers.length - 1, row, 0);
    const box = {
      x: first.x,
      y: first.y + GRID.rowH - GRID.cardH - 20,
      w: last.x + last.w - first.x,
      h: GRID.cardH,
    };
    boxes.set(code, box);
    items.push(card(c, box));
  }
  return { items, boxes };
}

/** The middle of a box's edge: 'top', 'bottom', 'left' or 'right'. */
export function edge(b: Box, side: 'top' | 'bottom' | 'left' | 'right'): [number, number] {
  if (side === 'top') return [b.x + b.w / 2, b.y];
  if (side === 'bottom') return [b.x + b.w / 2, b.y + b.h];
  return side === 'left' ? [b.x, b.y + b.h / 2] : [b.x + b.w, b.y + b.h / 2];
}
