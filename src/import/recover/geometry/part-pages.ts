import type { Page, PageItem, TableFrame } from '../../pages';
import { readingOrder } from '../../readers/flatten';
import type { SourceDocument, SourceLine } from '../../source';
import type { PlanPart } from '../sections';

/**
 * The pages of one organisation-year part, as the text recovery split the document: a page
 * belongs to the part its lines belong to. A page shared by two parts (an agency's header above
 * the city's map, a Word body holding both maps) keeps for each part only the items whose text
 * is in that part; lines and shapes without text stay, and count only where they touch cards.
 */

export interface PartPage {
  page: Page;
  /** The part's lines on this page. */
  lines: Set<number>;
  /** The document line of a text frame's first line, or of a table's row. */
  lineOfText: (text: string) => number | undefined;
}

function partLines(part: PlanPart): Set<number> {
  const set = new Set<number>();
  for (const b of part.blocks) {
    if (b.kind === 'text') for (const l of b.lines) set.add(l.n);
    else for (const r of b.rows) set.add(r.line);
  }
  return set;
}

function finder(lines: SourceLine[]): (text: string) => number | undefined {
  return (text) => {
    const t = text.trim();
    if (t === '') return undefined;
    return (lines.find((l) => l.raw.trim() === t) ?? lines.find((l) => l.raw.includes(t)))?.n;
  };
}

function firstText(item: PageItem): string {
  if (item.kind === 'text') return item.lines.find((l) => l.trim() !== '') ?? '';
  if (item.kind === 'table') return firstCell(item);
  return '';
}

export function firstCell(table: TableFrame): string {
  for (const row of table.rows)
    for (const c of row) {
      const line = c.covered ? '' : (c.text.split('\n').find((l) => l.trim() !== '') ?? '');
      if (line.trim() !== '') return line;
    }
  return '';
}

export function partPages(doc: SourceDocument, part: PlanPart): PartPage[] {
  if (!doc.pages) return [];
  const mine = partLines(part);
  const byPage = new Map<number, SourceLine[]>();
  for (const l of doc.lines) {
    if (l.page === undefined) continue;
    const list = byPage.get(l.page) ?? [];
    list.push(l);
    byPage.set(l.page, list);
  }
  const out: PartPage[] = [];
  for (const page of doc.pages) {
    const lines = byPage.get(page.number) ?? [];
    const inPart = lines.filter((l) => mine.has(l.n));
    if (inPart.length === 0) continue;
    const lineOfText = finder(inPart);
    const own = new Set(inPart.map((l) => l.n));
    if (inPart.length === lines.length) {
      out.push({ page, lines: own, lineOfText });
      continue;
    }
    // Walk the items in the order their lines were numbered, so a text printed twice on the page
    // (策略主題 over two maps) is matched to its own line, not the first one.
    const owned = new Set<PageItem>();
    let cursor = 0;
    for (const item of readingOrder(page.items)) {
      const text = firstText(item).trim();
      if (text === '') continue;
      const at = lines.findIndex((l, i) => i >= cursor && (l.raw.trim() === text || l.raw.includes(text)));
      if (at < 0) continue;
      cursor = at + 1;
      if (mine.has((lines[at] as SourceLine).n)) owned.add(item);
    }
    const items = page.items.filter((item) => owned.has(item) || firstText(item).trim() === '');
    out.push({ page: { ...page, items }, lines: own, lineOfText });
  }
  return out;
}
