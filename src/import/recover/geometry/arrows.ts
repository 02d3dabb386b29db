import { type Box, boxContains, distanceToBox, type LineShape, type Page, type Point } from '../../pages';
import type { Card, PlacedFrame } from './cards';
import { type Grid, mid, vSpan } from './grid';

/**
 * Cause→effect links drawn as arrows. A connector glued to two shapes links the cards those
 * shapes draw; a loose line links the cards its ends touch (within a tolerance, or inside). The
 * head says the direction. Lines touching no card (separators, borders, decoration) are ignored;
 * only the ends count, never the bends of an elbow connector.
 */

export interface DrawnLink {
  from: Card;
  to: Card;
  /** Which heads the line has: `end` is the usual from→to arrow. */
  heads: 'end' | 'start' | 'both' | 'none';
  /** For a line without heads: the convention (lower card → upper card) gave a direction. */
  byConvention: boolean;
}

export interface StrayArrow {
  card: Card;
  /** The text of what the other end touches (a theme header, a label), '' for a band or shape. */
  target: string;
}

export interface UndirectedLink {
  a: Card;
  b: Card;
  heads: 'both' | 'none';
}

export interface ArrowReading {
  links: DrawnLink[];
  /** Lines between two cards with no direction to read (both heads, or none at the same level). */
  undirected: UndirectedLink[];
  strays: StrayArrow[];
}

type End = { kind: 'card'; card: Card } | { kind: 'frame'; frame: PlacedFrame } | { kind: 'none' };

/** How far an unglued end may stop short of a card: about a sixth of an inch on a wide slide. */
export function endTolerance(page: Page): number {
  return Math.max(6, 0.012 * (page.width ?? 720));
}

function nearestCard(cards: Card[], p: Point, tolerance: number): Card | null {
  let best: { card: Card; d: number; c: number } | null = null;
  for (const card of cards) {
    const d = distanceToBox(card.box, p);
    if (d > tolerance) continue;
    const c = Math.hypot(card.box.x + card.box.w / 2 - p.x, card.box.y + card.box.h / 2 - p.y);
    if (!best || d < best.d || (d === best.d && c < best.c)) best = { card, d, c };
  }
  return best?.card ?? null;
}

function smallest(frames: PlacedFrame[]): PlacedFrame | null {
  const area = (b: Box) => b.w * b.h;
  return [...frames].sort((a, b) => area(a.box) - area(b.box))[0] ?? null;
}

function endOf(
  id: string | undefined,
  p: Point,
  cards: Card[],
  others: PlacedFrame[],
  tolerance: number,
): End {
  if (id !== undefined) {
    const glued = cards.find((c) => c.ids.has(id));
    if (glued) return { kind: 'card', card: glued };
    const frame = others.find((f) => f.id === id || f.group === id);
    if (frame) return { kind: 'frame', frame };
  }
  const card = nearestCard(cards, p, tolerance);
  if (card) return { kind: 'card', card };
  const frame = smallest(others.filter((f) => boxContains(f.box, p, tolerance)));
  return frame ? { kind: 'frame', frame } : { kind: 'none' };
}

function headsOf(line: LineShape): DrawnLink['heads'] {
  if (line.arrow.start && line.arrow.end) return 'both';
  if (line.arrow.end) return 'end';
  return line.arrow.start ? 'start' : 'none';
}

function frameText(f: PlacedFrame): string {
  return f.lines.join(' ').trim();
}

export function readArrows(
  page: Page,
  cards: Card[],
  others: PlacedFrame[],
  grid: Grid | null,
): ArrowReading {
  const tolerance = endTolerance(page);
  const out: ArrowReading = { links: [], undirected: [], strays: [] };
  const orientation = grid?.orientation ?? 'rows';
  for (const line of page.items) {
    if (line.kind !== 'line' || line.inherited) continue;
    const a = endOf(line.startId, line.from, cards, others, tolerance);
    const b = endOf(line.endId, line.to, cards, others, tolerance);
    const heads = headsOf(line);
    if (a.kind === 'card' && b.kind === 'card') {
      if (a.card === b.card || a.card.code === b.card.code) continue;
      if (heads === 'end') out.links.push({ from: a.card, to: b.card, heads, byConvention: false });
      else if (heads === 'start') out.links.push({ from: b.card, to: a.card, heads, byConvention: false });
      else if (heads === 'both') out.undirected.push({ a: a.card, b: b.card, heads });
      else {
        // A map reads upwards (learning → process → customer): the lower card is the cause.
        const va = mid(vSpan(a.card.box, orientation));
        const vb = mid(vSpan(b.card.box, orientation));
        const level = 0.5 * Math.min(a.card.box.h, b.card.box.h, a.card.box.w, b.card.box.w);
        if (orientation === 'columns' || Math.abs(va - vb) < level)
          out.undirected.push({ a: a.card, b: b.card, heads });
        else {
          const [from, to] = va > vb ? [a.card, b.card] : [b.card, a.card];
          out.links.push({ from, to, heads, byConvention: true });
        }
      }
      continue;
    }
    const [card, other] = a.kind === 'card' ? [a, b] : [b, a];
    if (card.kind === 'card' && other.kind === 'frame' && heads !== 'none') {
      const pointsAtFrame = heads === 'both' || (heads === 'end' ? b === other : a === other);
      if (pointsAtFrame) out.strays.push({ card: card.card, target: frameText(other.frame) });
    }
  }
  return out;
}
