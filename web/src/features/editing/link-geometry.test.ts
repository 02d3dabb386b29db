import { describe, expect, it } from 'vitest';
import { cardAt, centreOf, edgeScroll, isDrag, refuseLink, toMapPoint } from './link-geometry';

const cards = [
  { code: 'AC1', rect: { x: 100, y: 50, w: 200, h: 60 } },
  { code: 'AP1', rect: { x: 100, y: 200, w: 200, h: 60 } },
  { code: 'BP1', rect: { x: 250, y: 220, w: 200, h: 60 } },
];

describe('dragging links on the map', () => {
  it('maps screen points into map units when the map is scaled to fit', () => {
    // A 2000-unit-wide map shown 1000 px wide, 20 px from the left and 100 px down the page.
    const box = { left: 20, top: 100, width: 1000, height: 600 };
    const view = { width: 2000, height: 1200 };
    expect(toMapPoint({ x: 20, y: 100 }, box, view)).toEqual({ x: 0, y: 0 });
    expect(toMapPoint({ x: 520, y: 400 }, box, view)).toEqual({ x: 1000, y: 600 });
  });

  it('keeps one scale and centres the map when the box has another shape', () => {
    // The box is twice as wide as the map needs: the map sits in its middle at scale 1.
    const box = { left: 0, top: 0, width: 400, height: 100 };
    const point = toMapPoint({ x: 150, y: 50 }, box, { width: 200, height: 100 });
    expect(point).toEqual({ x: 50, y: 50 });
  });

  it('answers the origin for a map not on screen rather than dividing by zero', () => {
    expect(
      toMapPoint({ x: 5, y: 5 }, { left: 0, top: 0, width: 0, height: 0 }, { width: 10, height: 10 }),
    ).toEqual({ x: 0, y: 0 });
  });

  it('finds the card under a point, edges included, the topmost where cards overlap', () => {
    expect(cardAt(cards, { x: 150, y: 80 })).toBe('AC1');
    expect(cardAt(cards, { x: 100, y: 50 })).toBe('AC1');
    expect(cardAt(cards, { x: 300, y: 110 })).toBe('AC1');
    expect(cardAt(cards, { x: 280, y: 230 })).toBe('BP1');
    expect(cardAt(cards, { x: 120, y: 230 })).toBe('AP1');
    expect(cardAt(cards, { x: 50, y: 80 })).toBeNull();
    expect(cardAt(cards, { x: 150, y: 150 })).toBeNull();
    expect(cardAt([], { x: 0, y: 0 })).toBeNull();
  });

  it('starts the line at the centre of the card', () => {
    expect(centreOf(cards, 'AP1')).toEqual({ x: 200, y: 230 });
    expect(centreOf(cards, 'ZZ9')).toBeNull();
  });

  it('tells a shaky click from a drag', () => {
    expect(isDrag({ x: 10, y: 10 }, { x: 13, y: 12 })).toBe(false);
    expect(isDrag({ x: 10, y: 10 }, { x: 16, y: 10 })).toBe(true);
    expect(isDrag({ x: 10, y: 10 }, { x: 10, y: 30 }, 30)).toBe(false);
  });

  it('refuses a link to itself and one that exists; the opposite direction is another link', () => {
    const existing = [{ from: 'AP1', to: 'AC1' }];
    expect(refuseLink('AC1', 'AC1', existing)).toBe('self');
    expect(refuseLink('AP1', 'AC1', existing)).toBe('exists');
    expect(refuseLink('AC1', 'AP1', existing)).toBeNull();
    expect(refuseLink('AL1', 'AP1', [])).toBeNull();
  });

  it('scrolls the window only near its top and bottom edges, faster closer to them', () => {
    expect(edgeScroll(400, 800)).toBe(0);
    expect(edgeScroll(47, 800)).toBeLessThan(0);
    expect(edgeScroll(0, 800)).toBe(-18);
    expect(edgeScroll(-20, 800)).toBe(-18);
    expect(edgeScroll(790, 800)).toBeGreaterThan(edgeScroll(760, 800));
    expect(edgeScroll(800, 800)).toBe(18);
    expect(edgeScroll(752, 800)).toBe(0);
  });
});
