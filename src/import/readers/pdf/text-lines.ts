import type { Box, Point, TextFrame } from '../../pages';
import type { Drawing, Matrix } from './paths';
import { multiply } from './paths';
import { ideographs } from './unicode';

/**
 * PDF text comes as runs of glyphs placed anywhere; this rebuilds what was written: runs on one
 * baseline with small gaps form a line, lines close together with similar size and alignment
 * form a frame. What is drawn decides as much as distance: runs in different rectangles (cards,
 * table cells) or on either side of a rule never join, so neighbouring cells do not merge as
 * they do in `pdftotext -layout`; a card-sized rectangle becomes its frame's box and outline.
 */

export interface Run {
  text: string;
  x: number;
  baseline: number;
  width: number;
  size: number;
  vertical: boolean;
}

export interface Line {
  text: string;
  box: Box;
  size: number;
  vertical: boolean;
  container?: Box;
}

/** pdfjs text items (transform in text space) as runs in page points from the top-left. */
export function runsOf(items: readonly unknown[], pageTransform: Matrix): Run[] {
  const runs: Run[] = [];
  for (const raw of items) {
    const item = raw as { str?: string; transform?: number[]; width?: number };
    if (!item.str || item.str.trim() === '' || !item.transform || item.transform.length !== 6) continue;
    const m = multiply(pageTransform, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]);
    if (!(size > 0)) continue;
    const along = Math.hypot(m[0], m[1]) || 1;
    runs.push({
      text: ideographs(item.str),
      x: m[4],
      baseline: m[5],
      width: (item.width ?? 0) * (Math.abs(m[0]) / along || 1),
      size,
      vertical: Math.abs(m[1]) > Math.abs(m[0]),
    });
  }
  return runs;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * How wide a gap between two runs (in font sizes) reads as a space. A Latin space is a quarter
 * of an em; where Chinese meets Latin, writers leave a third of an em when switching fonts (「人次
 * (含」), so only a wider gap is a space; Chinese text has no spaces, only justified gaps.
 */
function spaceWidth(before: string, after: string): number {
  const a = CJK.test(before);
  const b = CJK.test(after);
  if (a && b) return 0.9;
  return a || b ? 0.45 : 0.25;
}

function contains(b: Box, p: Point, margin = 1): boolean {
  return p.x >= b.x - margin && p.x <= b.x + b.w + margin && p.y >= b.y - margin && p.y <= b.y + b.h + margin;
}

/** The smallest drawn rectangle around a point: the card or cell the text is in (the first of equals). */
function containerOf(p: Point, rects: Box[]): Box | undefined {
  let best: Box | undefined;
  for (const r of rects) if (contains(r, p) && (!best || r.w * r.h < best.w * best.h * 0.8)) best = r;
  return best;
}

function runBox(r: Run): Box {
  if (r.vertical) return { x: r.x - r.size / 2, y: r.baseline, w: r.size, h: r.width };
  return { x: r.x, y: r.baseline - r.size * 0.8, w: r.width, h: r.size };
}

/** A vertical rule between two x positions at a height: table borders drawn as lines. */
function ruleBetween(drawing: Drawing, left: number, right: number, y: number): boolean {
  return drawing.paths.some((p) => {
    const [a, b] = p;
    if (p.length !== 2 || !a || !b || Math.abs(a.x - b.x) > 0.5) return false;
    return a.x >= left - 1 && a.x <= right + 1 && y >= Math.min(a.y, b.y) - 1 && y <= Math.max(a.y, b.y) + 1;
  });
}

/** A horizontal rule between two heights over an x range: a row border between two lines. */
function ruleBelow(drawing: Drawing, top: number, bottom: number, x0: number, x1: number): boolean {
  return drawing.paths.some((p) => {
    const [a, b] = p;
    if (p.length !== 2 || !a || !b || Math.abs(a.y - b.y) > 0.5) return false;
    return a.y >= top - 1 && a.y <= bottom + 1 && Math.min(a.x, b.x) <= x1 && Math.max(a.x, b.x) >= x0;
  });
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

export function buildLines(runs: Run[], drawing: Drawing): Line[] {
  const lines: Line[] = [];
  const center = (r: Run): Point => {
    const b = runBox(r);
    return { x: b.x + Math.min(b.w, r.size) / 2, y: b.y + b.h / 2 };
  };
  for (const r of runs.filter((x) => x.vertical)) {
    lines.push({
      text: r.text.trim(),
      box: runBox(r),
      size: r.size,
      vertical: true,
      container: containerOf(center(r), drawing.rects),
    });
  }
  const flat = runs.filter((x) => !x.vertical).sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  let row: Run[] = [];
  const flush = () => {
    row.sort((a, b) => a.x - b.x);
    let line: (Line & { right: number }) | null = null;
    for (const r of row) {
      const container = containerOf(center(r), drawing.rects);
      const gap = line ? r.x - line.right : 0;
      const joins =
        line !== null &&
        line.container === container &&
        gap <= 1.5 * Math.max(r.size, line.size) &&
        !ruleBetween(drawing, line.right, r.x, r.baseline - r.size / 3);
      if (!line || !joins) {
        line = {
          text: r.text,
          box: runBox(r),
          size: r.size,
          vertical: false,
          container,
          right: r.x + r.width,
        };
        lines.push(line);
        continue;
      }
      const last = line.text.slice(-1);
      const first = r.text.charAt(0);
      if (!/\s/.test(last) && !/\s/.test(first) && gap > spaceWidth(last, first) * r.size) line.text += ' ';
      line.text += r.text;
      line.box = union(line.box, runBox(r));
      line.size = Math.max(line.size, r.size);
      line.right = Math.max(line.right, r.x + r.width);
    }
    row = [];
  };
  for (const r of flat) {
    const first = row[0];
    if (first && Math.abs(r.baseline - first.baseline) > 0.35 * Math.min(r.size, first.size)) flush();
    row.push(r);
  }
  flush();
  return lines.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text !== '');
}

function continues(frame: { last: Line }, line: Line, drawing: Drawing): number | undefined {
  const last = frame.last;
  if (last.vertical || line.vertical || last.container !== line.container) return undefined;
  const gap = line.box.y - (last.box.y + last.box.h);
  const size = Math.max(line.size, last.size);
  if (gap < -0.3 * size || gap > 0.7 * size) return undefined;
  if (Math.max(line.size, last.size) / Math.min(line.size, last.size) > 1.35) return undefined;
  const overlap =
    Math.min(last.box.x + last.box.w, line.box.x + line.box.w) - Math.max(last.box.x, line.box.x);
  const aligned =
    overlap >= 0.3 * Math.min(last.box.w, line.box.w) ||
    Math.abs(last.box.x - line.box.x) <= size ||
    Math.abs(last.box.x + last.box.w / 2 - (line.box.x + line.box.w / 2)) <= size;
  if (!aligned) return undefined;
  const x0 = Math.max(last.box.x, line.box.x);
  const x1 = Math.min(last.box.x + last.box.w, line.box.x + line.box.w);
  if (ruleBelow(drawing, last.box.y + last.box.h, line.box.y, x0, x1)) return undefined;
  return gap;
}

/** Lines into frames; a card-sized rectangle holds one frame, boxed and outlined by it. */
export function buildFrames(lines: Line[], drawing: Drawing, pageArea: number): TextFrame[] {
  const frames: { lines: Line[]; last: Line; box: Box; size: number; container?: Box }[] = [];
  for (const line of [...lines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)) {
    let best: (typeof frames)[number] | undefined;
    let bestGap = Infinity;
    for (const f of frames) {
      const gap = continues(f, line, drawing);
      if (gap !== undefined && gap < bestGap) {
        best = f;
        bestGap = gap;
      }
    }
    if (best) {
      best.lines.push(line);
      best.last = line;
      best.box = union(best.box, line.box);
      best.size = Math.max(best.size, line.size);
    } else
      frames.push({ lines: [line], last: line, box: line.box, size: line.size, container: line.container });
  }
  const cards = new Map<Box, typeof frames>();
  const loose: typeof frames = [];
  for (const f of frames) {
    const c = f.container;
    if (c && c.w * c.h <= pageArea * 0.25) cards.set(c, [...(cards.get(c) ?? []), f]);
    else loose.push(f);
  }
  const round = (b: Box): Box => ({ x: r2(b.x), y: r2(b.y), w: r2(b.w), h: r2(b.h) });
  const out: TextFrame[] = loose.map((f) => ({
    kind: 'text',
    lines: f.lines.map((l) => l.text),
    box: round(f.box),
    fontSize: r2(f.size),
    ...(f.lines.every((l) => l.vertical) ? { vertical: true } : {}),
  }));
  for (const [rect, inside] of cards) {
    const ordered = inside.flatMap((f) => f.lines).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
    out.push({
      kind: 'text',
      lines: ordered.map((l) => l.text),
      box: round(rect),
      fontSize: r2(Math.max(...inside.map((f) => f.size))),
      outlined: true,
      ...(ordered.every((l) => l.vertical) ? { vertical: true } : {}),
    });
  }
  return out;
}

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}
