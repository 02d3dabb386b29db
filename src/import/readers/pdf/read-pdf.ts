import { ImportError } from '../../errors';
import type { Box, LineShape, Page, PagedDocument, PageItem, Point } from '../../pages';
import type { ReadBudget } from '../budget';
import { tooMuchOnPage } from '../refusals';
import { Deadline, type OpenedPdf, openPdf, pdfjs } from './load';
import { type Drawing, type Matrix, readDrawing } from './paths';
import { findTables, tableRows } from './tables';
import { buildFrames, buildLines, type Line, runsOf } from './text-lines';

/**
 * A PDF as pages of positioned items: text rebuilt into frames, stroked paths as lines (arrow
 * heads found as small filled polygons at an end), pictures with their boxes. Pages are read
 * one at a time within the reader's time budget. A PDF without any text (a scan, or slides
 * exported as pictures) is refused, saying how many pages and pictures it has.
 */

const round = (n: number) => Math.round(n * 100) / 100;
const roundBox = (b: Box): Box => ({ x: round(b.x), y: round(b.y), w: round(b.w), h: round(b.h) });

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function onRectEdge(a: Point, b: Point, rects: Box[]): boolean {
  return rects.some((r) => {
    const xs = [r.x, r.x + r.w];
    const ys = [r.y, r.y + r.h];
    const within = (v: number, lo: number, hi: number) => v >= lo - 1 && v <= hi + 1;
    if (Math.abs(a.x - b.x) <= 0.5)
      return (
        xs.some((x) => Math.abs(a.x - x) <= 1) && within(a.y, r.y, r.y + r.h) && within(b.y, r.y, r.y + r.h)
      );
    if (Math.abs(a.y - b.y) <= 0.5)
      return (
        ys.some((y) => Math.abs(a.y - y) <= 1) && within(a.x, r.x, r.x + r.w) && within(b.x, r.x, r.x + r.w)
      );
    return false;
  });
}

/** Lines and connectors with their heads; borders of drawn rectangles are not lines. */
export function linesOf(drawing: Drawing): LineShape[] {
  const lines: LineShape[] = [];
  for (const path of drawing.paths) {
    const from = path[0] as Point;
    const to = path[path.length - 1] as Point;
    if (distance(from, to) < 3 && path.length === 2) continue;
    if (path.length === 2 && onRectEdge(from, to, drawing.rects)) continue;
    const line: LineShape = { kind: 'line', from, to, arrow: { start: false, end: false } };
    if (path.length > 2) line.via = path.slice(1, -1);
    lines.push(line);
  }
  for (const head of drawing.heads) {
    const c = {
      x: head.reduce((s, p) => s + p.x, 0) / head.length,
      y: head.reduce((s, p) => s + p.y, 0) / head.length,
    };
    const reach = Math.max(8, ...head.map((p) => distance(p, c) * 2));
    let best: { line: LineShape; end: 'from' | 'to'; d: number } | undefined;
    for (const line of lines) {
      for (const end of ['from', 'to'] as const) {
        const d = distance(line[end], c);
        if (d <= reach && (!best || d < best.d)) best = { line, end, d };
      }
    }
    if (!best) continue;
    const { line, end } = best;
    const other = end === 'from' ? line.to : line.from;
    // The head's point is its vertex farthest from the line's other end: where the arrow points.
    line[end] = head.reduce((far, p) => (distance(p, other) > distance(far, other) ? p : far), line[end]);
    if (end === 'from') line.arrow.start = true;
    else line.arrow.end = true;
  }
  const point = (p: Point): Point => ({ x: round(p.x), y: round(p.y) });
  return lines.map((l) => ({
    ...l,
    from: point(l.from),
    to: point(l.to),
    ...(l.via ? { via: l.via.map(point) } : {}),
  }));
}

async function readPage(
  pdf: OpenedPdf,
  number: number,
  deadline: Deadline,
  budget: ReadBudget,
): Promise<Page> {
  const page = await deadline.within(pdf.doc.getPage(number));
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  const area = viewport.width * viewport.height;
  const text = await deadline.within(page.getTextContent());
  const operators = await deadline.within(page.getOperatorList());
  const drawing = readDrawing(operators.fnArray, operators.argsArray, pdf.lib.OPS, transform, area);
  page.cleanup();
  const drawn =
    text.items.length +
    drawing.paths.length +
    drawing.rects.length +
    drawing.heads.length +
    drawing.pictures.length;
  if (drawn > budget.limits.maxDrawnPerPage) {
    throw tooMuchOnPage(
      budget.fileName,
      { en: `Page ${number}`, zh: `第 ${number} 頁` },
      budget.limits.maxDrawnPerPage,
    );
  }
  const tables = findTables(drawing);
  const cells = new Map(tables.flatMap((t) => t.cells.map((c) => [c.box, { table: t, cell: c }] as const)));
  // Cells come first, so a fill drawn exactly over a cell leaves the text in the cell.
  const lines = buildLines(runsOf(text.items, transform), {
    ...drawing,
    rects: [...cells.keys(), ...drawing.rects],
  });
  const inCells = new Map<Box, Line[]>();
  const loose: Line[] = [];
  for (const line of lines) {
    const cell = line.container && cells.has(line.container) ? line.container : undefined;
    if (cell) inCells.set(cell, [...(inCells.get(cell) ?? []), line]);
    else loose.push(line);
  }
  const items: PageItem[] = [];
  const emit = budget.collector(items, 'page', number);
  // A grid with no text in it is a drawing's background (theme columns, perspective bands).
  for (const table of tables.filter((t) => t.cells.some((c) => inCells.has(c.box)))) {
    const rows = tableRows(table, (cell) => (inCells.get(cell.box) ?? []).map((l) => l.text).join('\n'));
    const steps = (v: number[]) => v.slice(1).map((x, i) => round(x - (v[i] as number)));
    emit({
      kind: 'table',
      box: roundBox(table.box),
      rows,
      columns: steps(table.xs),
      rowHeights: steps(table.ys),
    });
  }
  for (const frame of buildFrames(loose, drawing, area)) emit(frame);
  const rules = new Set(tables.flatMap((t) => [...t.rules]));
  for (const line of linesOf({ ...drawing, paths: drawing.paths.filter((p) => !rules.has(p)) })) emit(line);
  for (const box of drawing.pictures) emit({ kind: 'picture', box });
  return { number, kind: 'page', width: viewport.width, height: viewport.height, items };
}

function refuseTextless(pages: Page[], fileName: string): void {
  if (pages.some((p) => p.items.some((i) => i.kind === 'text' && i.lines.length > 0))) return;
  const pictures = pages.reduce((n, p) => n + p.items.filter((i) => i.kind === 'picture').length, 0);
  const withPictures = pages.filter((p) => p.items.some((i) => i.kind === 'picture')).length;
  const seen =
    pictures > 0
      ? {
          en: `${pages.length} page(s) and ${pictures} picture(s) (on ${withPictures} page(s)) but no text at all: it is a scan, or slides exported as pictures`,
          zh: `共 ${pages.length} 頁、${pictures} 張圖片（在 ${withPictures} 頁上），但沒有任何文字：這是掃描檔，或以圖片方式匯出的投影片`,
        }
      : {
          en: `${pages.length} page(s) and no text at all`,
          zh: `共 ${pages.length} 頁，但沒有任何文字`,
        };
  throw new ImportError('pdf-no-text', fileName, {
    en: `this PDF has ${seen.en}; Stratmap reads the text of a document, not pictures of it — import the PowerPoint or Word file it was made from, or a PDF saved from it (not scanned or printed to image)`,
    zh: `這份 PDF ${seen.zh}；系統讀取的是文件中的文字，無法辨識圖片 — 請改匯入原始的 PowerPoint 或 Word 檔，或由其直接另存的 PDF（而非掃描或列印成圖片）`,
  });
}

export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  budget: ReadBudget,
): Promise<PagedDocument> {
  const lib = await pdfjs();
  const deadline = new Deadline(budget.limits.pdfBudgetMs, fileName);
  const pdf = await deadline.within(openPdf(lib, bytes, fileName));
  try {
    budget.checkPageCount('page', pdf.doc.numPages);
    const pages: Page[] = [];
    for (let n = 1; n <= pdf.doc.numPages; n++) pages.push(await readPage(pdf, n, deadline, budget));
    refuseTextless(pages, fileName);
    return { fileName, format: 'pdf', pages };
  } finally {
    await pdf.close();
  }
}
