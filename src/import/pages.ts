import { type PageKind, pageName } from '../domain/lint/finding';

/**
 * The one intermediate form every reader produces: pages (slides, PDF pages, a Word document's
 * body, a sheet, or a whole text file) of items — text frames, tables with their merges, lines
 * and connectors with their ends, pictures. Readers of laid-out formats give each item its box;
 * text readers give the same items without positions. Recovery reads the text of every page the
 * same way, and uses geometry where it has it (map grids, arrows between cards).
 */

/** Points (1/72 inch) from the page's top-left corner, x to the right and y downwards. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export type FrameRole = 'title' | 'body' | 'header' | 'footer' | 'slide-number' | 'date';

/** What every item may carry besides its own fields. */
export interface ItemBase {
  /** The shape's id on its page, so that connectors naming their ends can find it. */
  id?: string;
  /** Shapes grouped in the source share a group id (a card drawn as a rectangle and a label). */
  group?: string;
  /**
   * Drawn by the slide's layout or master rather than the slide itself, so the same on every
   * slide that uses it (a banner, a logo, an organisation name): a page header by construction.
   */
  inherited?: boolean;
}

/** A text box, shape with text, or paragraph run: its lines as printed, in reading order. */
export interface TextFrame extends ItemBase {
  kind: 'text';
  box?: Box;
  lines: string[];
  /** A placeholder's role, when the format says it (slide titles, footers, slide numbers). */
  role?: FrameRole;
  /** The largest font size of the text in points, when known. */
  fontSize?: number;
  /** The text is drawn in a shape with a fill or outline (a card), not as free text. */
  outlined?: boolean;
  /** A heading's outline level (1 = top), when the format marks headings (Word's Heading N). */
  heading?: number;
  /** The text runs top to bottom (a shape turned by 90° or vertical text); `box` is as seen. */
  vertical?: boolean;
}

export interface TableCell {
  /** The cell's paragraphs joined by line feeds. */
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Covered by the span of a cell above or to the left (the text is in that cell). */
  covered: boolean;
}

export interface TableFrame extends ItemBase {
  kind: 'table';
  box?: Box;
  /** Every row has one cell per grid column; covered cells are kept with empty text. */
  rows: TableCell[][];
  /** Grid column widths and row heights in points, when known, so cells can be placed. */
  columns?: number[];
  rowHeights?: number[];
}

/** A connector or a plain line; arrows say which end has a head. */
export interface LineShape extends ItemBase {
  kind: 'line';
  from: Point;
  to: Point;
  /** Points between the ends for elbow connectors and polylines. */
  via?: Point[];
  arrow: { start: boolean; end: boolean };
  /** Ids of the shapes a connector is glued to, when the format records them. */
  startId?: string;
  endId?: string;
}

export interface PictureFrame extends ItemBase {
  kind: 'picture';
  box?: Box;
  /** Alternative text or the picture's name, for messages. */
  description?: string;
}

export type PageItem = TextFrame | TableFrame | LineShape | PictureFrame;

export type { PageKind };

export interface Page {
  /** 1-based position in the document. */
  number: number;
  kind: PageKind;
  /** Size in points, when the format has one. */
  width?: number;
  height?: number;
  /** A sheet's name; a slide's title when it has a title placeholder. */
  name?: string;
  items: PageItem[];
}

export interface PagedDocument {
  fileName: string;
  /** The reader that produced it: text, pptx, pdf, docx, xlsx. */
  format: string;
  pages: Page[];
}

/** "投影片 3" / "slide 3": where a page is, in both languages (findings say it the same way). */
export function pageLabel(kind: PageKind, number: number): { zh: string; en: string } {
  return pageName({ kind, number });
}

export function boxCenter(b: Box): Point {
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

export function boxContains(b: Box, p: Point, margin = 0): boolean {
  return p.x >= b.x - margin && p.x <= b.x + b.w + margin && p.y >= b.y - margin && p.y <= b.y + b.h + margin;
}

/** Distance from a point to a box's edge (0 inside). */
export function distanceToBox(b: Box, p: Point): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.w));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.h));
  return Math.hypot(dx, dy);
}
