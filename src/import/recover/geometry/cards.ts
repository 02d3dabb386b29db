import { type Box, boxCenter, boxContains, type Page, type PageItem, type TextFrame } from '../../pages';
import { isLinkText } from '../links';
import { joinWrapped, splitCodes } from '../tokens';

/**
 * Objective cards on a page: text frames whose lines start with an objective code. A card drawn
 * as a rectangle with a text box on it (grouped, or only stacked) is one card, so that a
 * connector glued to the rectangle or the group finds it. A frame that lists several objectives
 * gives each its share of the frame, line by line, so each still has a place on the map.
 */

export interface Card {
  code: string;
  name: string;
  box: Box;
  /** Ids of the shapes that draw this card: the text frame, its rectangle, its group. */
  ids: Set<string>;
  /** The frame the code is printed in, and the frame's line where the code starts. */
  frame: PlacedFrame;
  lineIndex: number;
}

/** Frames that belong to the page's furniture, never to the map. */
export function isFurniture(f: TextFrame): boolean {
  return f.inherited === true || (f.role !== undefined && f.role !== 'body' && f.role !== 'title');
}

export type PlacedFrame = TextFrame & { box: Box };

/** A shape without text: a card's rectangle, a band, a frame. */
export function isBlank(f: TextFrame): boolean {
  return f.lines.every((l) => l.trim() === '');
}

export function placedFrames(page: Page): PlacedFrame[] {
  return page.items.filter(
    (i): i is PlacedFrame => i.kind === 'text' && i.box !== undefined && !isFurniture(i),
  );
}

const BULLET = /^[\s●•○◆◇■□▪▶►★☆※\-–—*·‧]+/;

/** A line as a card prints it, without its bullet. */
function bare(line: string): string {
  return line.replace(BULLET, '').trim();
}

function startsWithObjective(line: string): boolean {
  const s = splitCodes(bare(line));
  return s.prefix === '' && s.items[0]?.parsed.kind === 'objective';
}

function cardsOfFrame(frame: PlacedFrame): Card[] {
  const lines = frame.lines;
  if (lines.some(isLinkText)) return [];
  const starts = lines.flatMap((l, i) => (startsWithObjective(l) ? [i] : []));
  if (starts[0] !== 0) return [];
  const out: Card[] = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const slice = {
      x: frame.box.x,
      y: frame.box.y + (frame.box.h * start) / lines.length,
      w: frame.box.w,
      h: (frame.box.h * (end - start)) / lines.length,
    };
    const items = splitCodes(bare(lines[start] ?? '')).items.filter((i) => i.parsed.kind === 'objective');
    const rest = lines.slice(start + 1, end).map(bare);
    items.forEach((item, j) => {
      const name = j === items.length - 1 ? joinWrapped([item.name, ...rest]) : item.name;
      const ids = new Set<string>(frame.id !== undefined ? [frame.id] : []);
      out.push({
        code: item.code,
        name,
        box: starts.length === 1 ? frame.box : slice,
        ids,
        frame,
        lineIndex: start,
      });
    });
  });
  return out;
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

function hasBox(i: PageItem): i is PageItem & { box: Box } {
  return 'box' in i && i.box !== undefined;
}

export function findCards(page: Page): Card[] {
  const frames = placedFrames(page);
  const cards = frames.flatMap(cardsOfFrame);
  const framesWithCards = new Set<PageItem>(cards.map((c) => c.frame));
  const perGroup = new Map<string, number>();
  for (const c of cards)
    if (c.frame.group) perGroup.set(c.frame.group, (perGroup.get(c.frame.group) ?? 0) + 1);
  for (const card of cards) {
    const group = card.frame.group;
    if (group === undefined || perGroup.get(group) !== 1) continue;
    card.ids.add(group);
    for (const member of page.items) {
      if (member.group !== group || framesWithCards.has(member)) continue;
      if (member.id !== undefined) card.ids.add(member.id);
      if (hasBox(member) && member.kind !== 'table') card.box = union(card.box, member.box);
    }
  }
  // A rectangle drawn under a text box, not grouped with it: an outlined empty shape of about
  // the card's size holding the card's centre and no other card's (a row band is far larger).
  for (const rect of frames) {
    if (!isBlank(rect) || !rect.outlined || rect.group !== undefined) continue;
    const inside = cards.filter((c) => boxContains(rect.box, boxCenter(c.frame.box)));
    const [only] = inside;
    if (inside.length !== 1 || !only) continue;
    if (rect.box.w > 1.5 * only.frame.box.w + 10 || rect.box.h > 3 * only.frame.box.h + 10) continue;
    if (only.frame.group !== undefined && perGroup.get(only.frame.group) === 1) continue;
    if (rect.id !== undefined) only.ids.add(rect.id);
    only.box = union(only.box, rect.box);
  }
  return cards;
}
