import { CROSS_THEME_LETTER, type Perspective, parseCode } from '../../../domain/codes';
import type { Card, PlacedFrame } from './cards';
import { bandAt, findGrid, type Grid, mid, type PerspectiveBand, type ThemeBand, uSpan, vSpan } from './grid';

/**
 * Each card's place on the grid, checked against its code. The code is the truth; a card in
 * another theme's column or another perspective's row is reported. Cards spanning several theme
 * columns (TC1, F1, L1 drawn across the map) are placed by their span and have no column.
 */

export interface Placement {
  card: Card;
  spanning: boolean;
  theme: ThemeBand | null;
  perspective: PerspectiveBand | null;
}

export interface Misplaced {
  card: Card;
  /** The column's letter when it disagrees with the code's, else null. */
  column: string | null;
  /** The row's perspective when it disagrees with the code's, else null. */
  row: Perspective | null;
}

export interface MapReading {
  grid: Grid | null;
  placements: Placement[];
  misplaced: Misplaced[];
}

const themeLetterOf = (code: string): string | null => {
  const letter = parseCode(code)?.themeLetter ?? null;
  return letter === CROSS_THEME_LETTER ? null : letter;
};

/** A header without a letter takes the letter its cards share (more than half of them). */
function letterFromCards(band: ThemeBand, placements: Placement[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const p of placements) {
    if (p.theme !== band || p.spanning) continue;
    const letter = themeLetterOf(p.card.code);
    if (!letter) continue;
    total++;
    counts.set(letter, (counts.get(letter) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > total ? best[0] : null;
}

export function readMap(frames: PlacedFrame[], cards: Card[]): MapReading {
  const grid = findGrid(frames, cards);
  if (!grid) return { grid, placements: [], misplaced: [] };
  const o = grid.orientation;
  const placements: Placement[] = cards.map((card) => {
    const u = uSpan(card.box, o);
    const covered = grid.themes.filter((t) => mid(t) >= u.lo && mid(t) <= u.hi);
    const spanning = covered.length >= 2;
    return {
      card,
      spanning,
      theme: spanning ? null : bandAt(grid.themes, mid(u)),
      perspective: bandAt(grid.perspectives, mid(vSpan(card.box, o))),
    };
  });
  for (const band of grid.themes) if (band.letter === null) band.letter = letterFromCards(band, placements);
  const misplaced: Misplaced[] = [];
  for (const p of placements) {
    const parsed = parseCode(p.card.code);
    if (!parsed) continue;
    const letter = themeLetterOf(p.card.code);
    const column = p.theme?.letter && letter && p.theme.letter !== letter ? p.theme.letter : null;
    const row =
      p.perspective && p.perspective.perspective !== parsed.perspective ? p.perspective.perspective : null;
    if (column || row) misplaced.push({ card: p.card, column, row });
  }
  return { grid, placements, misplaced };
}
