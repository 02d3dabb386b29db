import type { Page, PageItem, TableFrame } from '../../pages';
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
    const anyLine = finder(lines);
    const items = page.items.filter((item) => {
      const text = firstText(item);
      if (text === '') return true;
      const n = anyLine(text);
      return n !== undefined && mine.has(n);
    });
    out.push({ page: { ...page, items }, lines: own, lineOfText });
  }
  return out;
}
