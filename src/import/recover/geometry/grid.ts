import type { Perspective } from '../../../domain/codes';
import type { Box } from '../../pages';
import { joinWrapped } from '../tokens';
import { type Card, isBlank, type PlacedFrame } from './cards';
import { parseHeader, perspectiveOf } from './words';

/**
 * The grid of a drawn map: perspective bands (rows with their labels at the left, or columns
 * with their labels on top) and theme bands (columns under their headers, or rows beside them).
 * Everything is measured along two axes: `u` runs across the themes, `v` along the perspectives,
 * so one procedure reads both orientations.
 */

export type Orientation = 'rows' | 'columns';

export interface Span {
  lo: number;
  hi: number;
}

export interface PerspectiveBand extends Span {
  perspective: Perspective;
  frame: PlacedFrame;
}

export interface ThemeBand extends Span {
  /** The header's letter, or the letter its cards agree on; null when neither says. */
  letter: string | null;
  lettered: boolean;
  name: string;
  frames: PlacedFrame[];
}

export interface Grid {
  orientation: Orientation;
  perspectives: PerspectiveBand[];
  themes: ThemeBand[];
}

export function uSpan(b: Box, o: Orientation): Span {
  return o === 'rows' ? { lo: b.x, hi: b.x + b.w } : { lo: b.y, hi: b.y + b.h };
}

export function vSpan(b: Box, o: Orientation): Span {
  return o === 'rows' ? { lo: b.y, hi: b.y + b.h } : { lo: b.x, hi: b.x + b.w };
}

export const mid = (s: Span): number => (s.lo + s.hi) / 2;
const size = (s: Span): number => s.hi - s.lo;

function overlap(a: Span, b: Span): number {
  return Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Which band of a sorted list holds a position: the bands split the axis at their midpoints. */
export function bandAt<T extends Span>(bands: T[], at: number): T | null {
  if (bands.length === 0) return null;
  for (let i = 0; i < bands.length; i++) {
    const next = bands[i + 1];
    const cur = bands[i] as T;
    if (!next) return cur;
    const cut = cur.hi <= next.lo ? (cur.hi + next.lo) / 2 : (mid(cur) + mid(next)) / 2;
    if (at < cut) return cur;
  }
  return null;
}

function textOf(f: PlacedFrame): string {
  return joinWrapped(f.lines);
}

function perspectiveLabels(frames: PlacedFrame[]): PlacedFrame[] {
  const seen = new Set<Perspective>();
  const out: PlacedFrame[] = [];
  for (const f of [...frames].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)) {
    const p = perspectiveOf(textOf(f));
    if (p && !seen.has(p)) {
      seen.add(p);
      out.push(f);
    }
  }
  return out;
}

/**
 * Labels stacked in one column (their boxes overlap across) mark rows; labels side by side in one
 * row (overlapping down) mark columns. Boxes, not centres: a band holding its own label is wide.
 */
function orientationOf(labels: PlacedFrame[]): Orientation {
  let stacked = 0;
  let sideBySide = 0;
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) {
      if (overlap(uSpan(a.box, 'rows'), uSpan(b.box, 'rows')) > 0) stacked++;
      if (overlap(vSpan(a.box, 'rows'), vSpan(b.box, 'rows')) > 0) sideBySide++;
    }
  });
  if (stacked !== sideBySide) return stacked > sideBySide ? 'rows' : 'columns';
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  return spread(labels.map((l) => l.box.y)) >= spread(labels.map((l) => l.box.x)) ? 'rows' : 'columns';
}

function perspectiveBands(labels: PlacedFrame[], frames: PlacedFrame[], o: Orientation): PerspectiveBand[] {
  return labels
    .map((label) => {
      const lu = uSpan(label.box, o);
      const lv = vSpan(label.box, o);
      // A band drawn across the map behind its label gives the row its full extent.
      const band = frames.find(
        (f) =>
          f !== label &&
          f.outlined &&
          isBlank(f) &&
          size(uSpan(f.box, o)) >= 2 * size(lu) &&
          vSpan(f.box, o).lo <= mid(lv) &&
          vSpan(f.box, o).hi >= mid(lv) &&
          uSpan(f.box, o).lo <= mid(lu) + size(lu),
      );
      const span = band ? vSpan(band.box, o) : lv;
      return { ...span, perspective: perspectiveOf(textOf(label)) as Perspective, frame: label };
    })
    .sort((a, b) => mid(a) - mid(b));
}

/** The height of one line of a frame, along `v`. */
function lineSize(f: PlacedFrame, o: Orientation): number {
  return size(vSpan(f.box, o)) / Math.max(1, f.lines.length);
}

/** A list of themes (A…, B…) printed in one frame is a theme list, not one column's header. */
function isThemeList(f: PlacedFrame): boolean {
  return f.lines.filter((l) => parseHeader([l])?.letter).length >= 2;
}

/**
 * Theme headers: frames printed before the cards along `v`, over the cards' extent along `u`,
 * narrower than the map, that read as a theme (with or without its letter). Frames of one
 * header (a letter and a wrapped name taken apart by a PDF) are joined when they overlap along `u`
 * and follow each other within a line's height.
 */
function themeBands(
  frames: PlacedFrame[],
  cards: Card[],
  o: Orientation,
  firstRow: number | null,
): ThemeBand[] {
  if (cards.length === 0) return [];
  const cu = cards.map((c) => uSpan(c.box, o));
  const lo = Math.min(...cu.map((s) => s.lo));
  const hi = Math.max(...cu.map((s) => s.hi));
  const typical = median(cu.map(size));
  const narrow = cards.filter((c) => size(uSpan(c.box, o)) <= 1.5 * typical);
  const firstCard = Math.min(...narrow.map((c) => mid(vSpan(c.box, o))));
  const before = firstRow === null ? firstCard : Math.min(firstCard, firstRow);
  const candidates = frames.filter((f) => {
    const u = uSpan(f.box, o);
    const v = vSpan(f.box, o);
    return (
      mid(u) >= lo &&
      mid(u) <= hi &&
      (size(u) <= 0.6 * (hi - lo) || size(u) <= 1.5 * typical) &&
      mid(v) < before &&
      !isThemeList(f) &&
      parseHeader(f.lines) !== null
    );
  });
  const above = (a: Span, b: Span) => overlap(a, b) >= 0.5 * Math.min(size(a), size(b));
  const clusters: PlacedFrame[][] = [];
  for (const f of [...candidates].sort((a, b) => vSpan(a.box, o).lo - vSpan(b.box, o).lo)) {
    const u = uSpan(f.box, o);
    const v = vSpan(f.box, o);
    const home = clusters.find((c) =>
      c.some((g) => {
        const gv = vSpan(g.box, o);
        return (
          above(u, uSpan(g.box, o)) &&
          v.lo - gv.hi <= Math.max(4, 0.8 * Math.min(lineSize(f, o), lineSize(g, o)))
        );
      }),
    );
    if (home) home.push(f);
    else clusters.push([f]);
  }
  // Of headers stacked over one column (a section title above the map), the one nearest the cards.
  const bottom = (c: PlacedFrame[]) => Math.max(...c.map((f) => vSpan(f.box, o).hi));
  const span = (c: PlacedFrame[]): Span => ({
    lo: Math.min(...c.map((f) => uSpan(f.box, o).lo)),
    hi: Math.max(...c.map((f) => uSpan(f.box, o).hi)),
  });
  const nearest = clusters.filter(
    (c) => !clusters.some((d) => d !== c && above(span(c), span(d)) && bottom(d) > bottom(c)),
  );
  const bands: ThemeBand[] = [];
  for (const cluster of nearest) {
    cluster.sort(
      (a, b) => mid(vSpan(a.box, o)) - mid(vSpan(b.box, o)) || mid(uSpan(a.box, o)) - mid(uSpan(b.box, o)),
    );
    const header = parseHeader(cluster.flatMap((f) => f.lines));
    if (!header || (header.letter === null && header.name === '')) continue;
    const spans = cluster.map((f) => uSpan(f.box, o));
    bands.push({
      lo: Math.min(...spans.map((s) => s.lo)),
      hi: Math.max(...spans.map((s) => s.hi)),
      letter: header.letter,
      lettered: header.letter !== null,
      name: header.name,
      frames: cluster,
    });
  }
  return bands.sort((a, b) => mid(a) - mid(b));
}

/** The grid of a page's map, or null when it shows neither perspective labels nor theme headers. */
export function findGrid(frames: PlacedFrame[], cards: Card[]): Grid | null {
  const cardFrames = new Set(cards.map((c) => c.frame));
  const others = frames.filter((f) => !cardFrames.has(f));
  const labels = perspectiveLabels(others.filter((f) => !isBlank(f)));
  const rest = others.filter((f) => !labels.includes(f));
  const build = (o: Orientation): Grid => {
    const perspectives = labels.length >= 2 ? perspectiveBands(labels, others, o) : [];
    const first = perspectives[0];
    return { orientation: o, perspectives, themes: themeBands(rest, cards, o, first ? first.lo : null) };
  };
  let grid: Grid;
  if (labels.length >= 2) grid = build(orientationOf(labels));
  else {
    const rows = build('rows');
    const columns = build('columns');
    grid = columns.themes.length > rows.themes.length ? columns : rows;
  }
  return grid.perspectives.length === 0 && grid.themes.length === 0 ? null : grid;
}
