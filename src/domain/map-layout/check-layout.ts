import type { PlanDocument } from '../plan-document';
import { SIZE } from './style';
import { measureText } from './text-measure';
import type { CardShape, MapLayout, Point, Rect, TextBlock } from './types';

/**
 * The promises a strategy-map layout keeps, as a list of broken ones (empty when all hold).
 * The tests run it over every sample and generated plans; exporters may run it too before
 * drawing, since a broken promise there means a map a planner would reject.
 */

const EPS = 0.05;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x + EPS < b.x + b.w && b.x + EPS < a.x + a.w && a.y + EPS < b.y + b.h && b.y + EPS < a.y + a.h;
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - EPS &&
    inner.y >= outer.y - EPS &&
    inner.x + inner.w <= outer.x + outer.w + EPS &&
    inner.y + inner.h <= outer.y + outer.h + EPS
  );
}

export function onBoundary(p: Point, r: Rect): boolean {
  const inX = p.x >= r.x - EPS && p.x <= r.x + r.w + EPS;
  const inY = p.y >= r.y - EPS && p.y <= r.y + r.h + EPS;
  const onV = Math.abs(p.x - r.x) < EPS || Math.abs(p.x - r.x - r.w) < EPS;
  const onH = Math.abs(p.y - r.y) < EPS || Math.abs(p.y - r.y - r.h) < EPS;
  return (onV && inY) || (onH && inX);
}

/** Whether an axis-parallel segment passes through the inside of a rectangle. */
export function segmentEntersRect(a: Point, b: Point, r: Rect): boolean {
  if (Math.abs(a.y - b.y) < EPS) {
    return (
      a.y > r.y + EPS &&
      a.y < r.y + r.h - EPS &&
      Math.max(a.x, b.x) > r.x + EPS &&
      Math.min(a.x, b.x) < r.x + r.w - EPS
    );
  }
  return (
    a.x > r.x + EPS &&
    a.x < r.x + r.w - EPS &&
    Math.max(a.y, b.y) > r.y + EPS &&
    Math.min(a.y, b.y) < r.y + r.h - EPS
  );
}

function textFits(t: TextBlock, box: Rect, what: string, problems: string[]): void {
  if (t.fontSize < SIZE.minFont)
    problems.push(`${what}: font ${t.fontSize}px is below the ${SIZE.minFont}px minimum`);
  for (const line of t.lines) {
    const w = measureText(line, t.fontSize);
    if (w > t.box.w + 0.5)
      problems.push(`${what}: line "${line}" (${w.toFixed(1)}px) is wider than its ${t.box.w}px box`);
  }
  if (t.lines.length * t.lineHeight > t.box.h + 0.5)
    problems.push(`${what}: ${t.lines.length} lines overflow the box`);
  if (!inside(t.box, box)) problems.push(`${what}: text box lies outside its shape`);
}

export function layoutProblems(layout: MapLayout, plan: PlanDocument): string[] {
  const problems: string[] = [];
  const cards = layout.shapes.filter((s): s is CardShape => s.kind === 'card');
  const canvas = { x: 0, y: 0, w: layout.width, h: layout.height };

  const expected = new Map<string, number>();
  for (const o of plan.objectives) expected.set(o.code, (expected.get(o.code) ?? 0) + 1);
  const drawn = new Map<string, number>();
  for (const c of cards) drawn.set(c.code, (drawn.get(c.code) ?? 0) + 1);
  for (const [code, n] of expected)
    if (drawn.get(code) !== n) problems.push(`${code}: drawn ${drawn.get(code) ?? 0} times, expected ${n}`);
  for (const code of drawn.keys())
    if (!expected.has(code)) problems.push(`${code}: drawn but not in the plan`);

  for (let i = 0; i < cards.length; i++)
    for (let j = i + 1; j < cards.length; j++) {
      const a = cards[i] as CardShape;
      const b = cards[j] as CardShape;
      if (overlaps(a.rect, b.rect)) problems.push(`cards ${a.code} and ${b.code} overlap`);
    }

  const gridLeft = layout.gridX;
  const gridRight = layout.gridX + layout.gridW;
  const spanning = new Map<string, CardShape[]>();
  for (const c of cards) {
    const row = layout.rows.find((r) => r.perspective === c.perspective);
    if (!row) problems.push(`${c.code}: no row for perspective ${c.perspective}`);
    else if (!inside(c.rect, { x: gridLeft, y: row.y, w: layout.gridW, h: row.h }))
      problems.push(`${c.code}: outside its row ${row.label}`);
    if (c.theme !== null) {
      const col = layout.columns.find((k) => k.letter === c.theme);
      if (!col) problems.push(`${c.code}: no column ${c.theme}`);
      else if (c.rect.x < col.x - EPS || c.rect.x + c.rect.w > col.x + col.w + EPS)
        problems.push(`${c.code}: outside column ${col.letter}`);
    } else {
      const key = `${c.placement}${c.perspective}`;
      spanning.set(key, [...(spanning.get(key) ?? []), c]);
    }
    c.texts.forEach((t, k) => {
      textFits(t, c.rect, `${c.code} text ${k}`, problems);
    });
    if (!inside(c.rect, canvas)) problems.push(`${c.code}: outside the canvas`);
  }
  for (const [key, group] of spanning) {
    const left = Math.min(...group.map((c) => c.rect.x));
    const right = Math.max(...group.map((c) => c.rect.x + c.rect.w));
    if (left > gridLeft + SIZE.cellPadX + 1 || right < gridRight - SIZE.cellPadX - 1)
      problems.push(
        `${key}: objectives spanning all themes cover only ${left}–${right} of ${gridLeft}–${gridRight}`,
      );
  }

  for (const s of layout.shapes) {
    if (s.kind === 'arrow') {
      const from = cards.find((c) => c.code === s.from);
      const to = cards.find((c) => c.code === s.to);
      const first = s.points[0];
      const last = s.points[s.points.length - 1];
      if (!from || !to || !first || !last || s.points.length < 2) {
        problems.push(`${s.id}: arrow without two ends`);
        continue;
      }
      if (!onBoundary(first, from.rect)) problems.push(`${s.id}: does not start on ${s.from}`);
      if (!onBoundary(last, to.rect)) problems.push(`${s.id}: does not end on ${s.to}`);
      for (let i = 1; i < s.points.length; i++) {
        const a = s.points[i - 1] as Point;
        const b = s.points[i] as Point;
        if (Math.abs(a.x - b.x) > EPS && Math.abs(a.y - b.y) > EPS)
          problems.push(`${s.id}: segment ${i} is not orthogonal`);
        for (const c of cards)
          if (segmentEntersRect(a, b, c.rect)) problems.push(`${s.id}: segment ${i} crosses ${c.code}`);
      }
    } else {
      if (!inside(s.rect, canvas)) problems.push(`${s.id}: outside the canvas`);
      if (s.kind !== 'card')
        s.texts.forEach((t, k) => {
          textFits(t, s.rect, `${s.id} text ${k}`, problems);
        });
    }
  }
  return problems;
}
