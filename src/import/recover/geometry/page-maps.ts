import type { Page, PageItem, TableFrame } from '../../pages';
import { type ArrowReading, readArrows } from './arrows';
import { type Card, findCards, type PlacedFrame, placedFrames } from './cards';
import type { PartPage } from './part-pages';
import { type MapReading, readMap } from './place';
import { isMapTable, tableAsFrames } from './table-map';

/**
 * The maps on a part's page: its cards, their grid and the arrows between them. A page is a map
 * when it holds at least two objective cards; a map drawn as a table counts as its cells, placed
 * among the page's other shapes when the table's grid is known, on a page of its own otherwise.
 */

export interface PageMap {
  page: Page;
  /** The part's lines on the page. */
  lines: Set<number>;
  cards: Card[];
  reading: MapReading;
  arrows: ArrowReading;
  lineOf: (frame: PlacedFrame, lineIndex?: number) => number | undefined;
}

function placed(t: TableFrame): boolean {
  const width = Math.max(0, ...t.rows.map((r) => r.length));
  return t.box !== undefined && t.columns?.length === width && t.rowHeights?.length === t.rows.length;
}

function mapOf(page: Page, pp: PartPage): PageMap | null {
  const cards = findCards(page);
  if (cards.length < 2) return null;
  const frames = placedFrames(page);
  const area = (page.width ?? 0) * (page.height ?? 0);
  const cardFrames = new Set(cards.map((c) => c.frame));
  const others = frames.filter((f) => !cardFrames.has(f) && (area === 0 || f.box.w * f.box.h < 0.5 * area));
  const reading = readMap(frames, cards);
  return {
    page,
    lines: pp.lines,
    cards,
    reading,
    arrows: readArrows(page, cards, others, reading.grid),
    lineOf: (frame, lineIndex = 0) => pp.lineOfText(frame.lines[lineIndex] ?? frame.lines[0] ?? ''),
  };
}

export function readPageMaps(pp: PartPage): PageMap[] {
  const { page } = pp;
  const tables = page.items.filter((i): i is TableFrame => i.kind === 'table' && isMapTable(i));
  const inline = tables.filter(placed);
  const apart = tables.filter((t) => !placed(t));
  const items: PageItem[] = [
    ...page.items.filter((i) => !(i.kind === 'table' && tables.includes(i))),
    ...inline.flatMap((t) => tableAsFrames(t).map((c) => c.frame)),
  ];
  const maps = [mapOf({ ...page, items }, pp)];
  for (const t of apart) {
    const frames = tableAsFrames(t).map((c) => c.frame);
    maps.push(mapOf({ number: page.number, kind: page.kind, items: frames }, pp));
  }
  return maps.filter((m): m is PageMap => m !== null);
}
