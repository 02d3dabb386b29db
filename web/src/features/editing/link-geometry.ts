/**
 * Geometry of dragging a link on the strategy map: from the pointer on screen to the map's own
 * units, which card is under it, and whether a dragged pair may become a link. Pure, so the
 * rules are tested without a browser.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CardArea {
  code: string;
  rect: { x: number; y: number; w: number; h: number };
}

/**
 * A point on screen in the map's units. The SVG keeps its aspect ratio (`xMidYMid meet`), so one
 * scale applies to both axes and any spare room is split evenly on both sides.
 */
export function toMapPoint(client: Point, box: Box, view: { width: number; height: number }): Point {
  if (box.width <= 0 || box.height <= 0 || view.width <= 0 || view.height <= 0) return { x: 0, y: 0 };
  const scale = Math.min(box.width / view.width, box.height / view.height);
  const offsetX = (box.width - view.width * scale) / 2;
  const offsetY = (box.height - view.height * scale) / 2;
  return {
    x: (client.x - box.left - offsetX) / scale,
    y: (client.y - box.top - offsetY) / scale,
  };
}

/** The card under a point; the one drawn last wins where cards overlap, as on screen. */
export function cardAt(cards: readonly CardArea[], p: Point): string | null {
  for (let i = cards.length - 1; i >= 0; i--) {
    const card = cards[i];
    if (!card) continue;
    const { x, y, w, h } = card.rect;
    if (p.x >= x && p.x <= x + w && p.y >= y && p.y <= y + h) return card.code;
  }
  return null;
}

/** Centre of a card, where the dragged line starts. */
export function centreOf(cards: readonly CardArea[], code: string): Point | null {
  const card = cards.find((c) => c.code === code);
  return card ? { x: card.rect.x + card.rect.w / 2, y: card.rect.y + card.rect.h / 2 } : null;
}

/**
 * Whether the pointer moved far enough (in screen px) for a press to be a drag; below it the
 * press stays a click that opens the card, so a slightly shaky click still opens it.
 */
export function isDrag(start: Point, now: Point, threshold = 6): boolean {
  return Math.hypot(now.x - start.x, now.y - start.y) >= threshold;
}

export type LinkRefusal = 'self' | 'exists';

/** Why a cause → effect pair cannot be added, or null when it can. */
export function refuseLink(
  from: string,
  to: string,
  existing: readonly { from: string; to: string }[],
): LinkRefusal | null {
  if (from === to) return 'self';
  if (existing.some((l) => l.from === from && l.to === to)) return 'exists';
  return null;
}

/**
 * How far to scroll the window this frame while a drag is held near its top or bottom edge, so
 * that a card below the fold can be reached: faster the closer to the edge, 0 elsewhere.
 */
export function edgeScroll(clientY: number, viewportHeight: number, zone = 48, maxStep = 18): number {
  if (clientY < zone) return -Math.ceil(((zone - Math.max(clientY, 0)) / zone) * maxStep);
  const fromBottom = viewportHeight - clientY;
  if (fromBottom < zone) return Math.ceil(((zone - Math.max(fromBottom, 0)) / zone) * maxStep);
  return 0;
}
