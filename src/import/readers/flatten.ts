import type { Box, Page, PagedDocument, PageItem, TableFrame, TextFrame } from '../pages';
import { joinWrapped } from '../recover/tokens';
import type { Block, SourceDocument, SourceLine, SourceRow } from '../source';
import { cleanCell, cleanLine } from './clean';

/**
 * A paged document as the lines and blocks text recovery reads, in reading order: on a page
 * with positions, items are grouped into rows by vertical overlap and read left to right; a
 * text frame becomes a text block of its lines, a table table blocks of its rows (covered cells
 * empty, as merged cells come out of a text extraction; a cell's lines joined as wrapped text). Lines are numbered through the whole
 * document and also within their page, so findings can say "slide 3, line 2". Slide numbers are
 * left out: they are never content.
 */

type Placed = (TextFrame | TableFrame) & { box: Box };

function hasBox(item: PageItem): item is Placed {
  return (item.kind === 'text' || item.kind === 'table') && item.box !== undefined;
}

/** How far two vertical spans overlap, in points (negative when apart). */
function overlap(a: { top: number; bottom: number }, b: { top: number; bottom: number }): number {
  return Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
}

/**
 * Rows of items that share a horizontal band, top to bottom, each left to right. A band is
 * measured against its shortest item, so a tall label spanning several rows of cards joins the
 * first row without merging the rows below it into one.
 */
export function readingOrder(items: PageItem[]): PageItem[] {
  const content = items.filter((i) => i.kind === 'text' || i.kind === 'table');
  if (!content.every(hasBox)) return content;
  const sorted = [...content].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const bands: { ref: { top: number; bottom: number }; items: Placed[] }[] = [];
  for (const item of sorted) {
    const span = { top: item.box.y, bottom: item.box.y + Math.max(item.box.h, 1) };
    const band = bands[bands.length - 1];
    const refHeight = band ? band.ref.bottom - band.ref.top : 0;
    const height = span.bottom - span.top;
    if (band && overlap(span, band.ref) >= 0.5 * Math.min(height, refHeight)) {
      band.items.push(item);
      if (height < refHeight) band.ref = span;
    } else bands.push({ ref: span, items: [item] });
  }
  return bands.flatMap((b) => [...b.items].sort((p, q) => p.box.x - q.box.x || p.box.y - q.box.y));
}

class Lines {
  readonly all: SourceLine[] = [];
  private n = 0;
  private inPage = 0;
  private page = 0;

  startPage(page: Page): void {
    this.page = page.number;
    this.inPage = 0;
  }

  add(raw: string, heading?: number): SourceLine {
    this.n++;
    this.inPage++;
    const clean = cleanLine(raw);
    const line: SourceLine = {
      n: this.n,
      raw,
      text: clean.text,
      heading: heading ?? clean.heading,
      bullet: clean.bullet,
      page: this.page,
      pageLine: this.inPage,
    };
    this.all.push(line);
    return line;
  }
}

function headingOf(frame: TextFrame): number | undefined {
  if (frame.heading !== undefined) return frame.heading;
  return frame.role === 'title' ? 1 : undefined;
}

/**
 * A table as table blocks. As in a text extraction, an empty row is a blank line that ends a
 * block, and a row with a single filled cell before any real row (a title merged across the
 * table, a sheet's heading) is a line of text, not a row.
 */
function tableBlocks(table: TableFrame, lines: Lines): Block[] {
  const blocks: Block[] = [];
  let rows: SourceRow[] = [];
  const end = () => {
    if (rows.length > 0) blocks.push({ kind: 'table', syntax: 'grid', rows });
    rows = [];
  };
  for (const row of table.rows) {
    const texts = row.map((c) => (c.covered ? '' : joinWrapped(c.text.split('\n'))));
    const filled = texts.filter((t) => t.trim() !== '');
    if (filled.length === 0) {
      end();
      continue;
    }
    if (filled.length === 1 && rows.length === 0) {
      blocks.push({ kind: 'text', lines: [lines.add(filled[0] as string)] });
      continue;
    }
    const line = lines.add(texts.join('\t'));
    rows.push({ line: line.n, cells: texts.map((t) => ({ text: cleanCell(t), line: line.n })) });
  }
  end();
  return blocks;
}

export function flatten(doc: PagedDocument): SourceDocument {
  const lines = new Lines();
  const blocks: Block[] = [];
  for (const page of doc.pages) {
    lines.startPage(page);
    for (const item of readingOrder(page.items)) {
      if (item.kind === 'table') blocks.push(...tableBlocks(item, lines));
      else if (item.kind === 'text' && item.role !== 'slide-number' && item.lines.length > 0) {
        const heading = headingOf(item);
        blocks.push({ kind: 'text', lines: item.lines.map((l) => lines.add(l, heading)) });
      }
    }
  }
  return { fileName: doc.fileName, format: doc.format, lines: lines.all, blocks, pages: doc.pages };
}
