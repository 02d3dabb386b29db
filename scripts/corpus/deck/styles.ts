import type { GridOptions } from './map-grid';

/**
 * The deck styles of the corpus: each is how some agency draws its deck. They differ in what
 * matters to an importer — how the map is built (text boxes, grouped shapes, one table), how
 * arrows are drawn (glued connectors, loose lines, none), how theme headers and cards print
 * their codes, where the cascade and the counts are stated, how scorecards are cut into slides.
 */

export interface DeckStyle {
  id: string;
  description: string;
  /** Repeated at the top of every slide: the mission/vision line or the organisation's title. */
  header: 'mvv' | 'org';
  toc: boolean;
  orgChart: boolean;
  map: 'boxes' | 'groups' | 'table';
  arrows: 'none' | 'connector' | 'line';
  grid: Pick<GridOptions, 'letter' | 'labelForm' | 'codeSeparator' | 'bullet'>;
  /** The parent's map on the first slides, when the corpus has the parent's plan. */
  parentMap: boolean;
  /** One sentence for all themes when they take up one parent theme, else a note per theme. */
  cascade: 'theme' | 'prose';
  counts: 'none' | 'plan' | 'all';
  scorecards: 'theme' | 'perspective';
  maxRows: number;
}

export const DECK_STYLES: DeckStyle[] = [
  {
    id: 'boxes',
    description:
      'map as a grid of outlined text boxes, table of contents, no arrows, a scorecard table per theme',
    header: 'mvv',
    toc: true,
    orgChart: true,
    map: 'boxes',
    arrows: 'none',
    grid: { letter: 'first', labelForm: 'letter', codeSeparator: '', bullet: false },
    parentMap: false,
    cascade: 'theme',
    counts: 'none',
    scorecards: 'theme',
    maxRows: 12,
  },
  {
    id: 'groups',
    description:
      'cards as grouped shapes (rectangle + text box in a scaled group), glued connectors, scorecards split over slides',
    header: 'org',
    toc: true,
    orgChart: false,
    map: 'groups',
    arrows: 'connector',
    grid: { letter: 'last', labelForm: 'plain', codeSeparator: '\n', bullet: true },
    parentMap: false,
    cascade: 'theme',
    counts: 'plan',
    scorecards: 'theme',
    maxRows: 4,
  },
  {
    id: 'table',
    description:
      'map as one table, cascade stated in prose, scorecards per perspective with counts under each heading',
    header: 'mvv',
    toc: true,
    orgChart: true,
    map: 'table',
    arrows: 'none',
    grid: { letter: 'paren', labelForm: 'facet', codeSeparator: ' ', bullet: false },
    parentMap: false,
    cascade: 'prose',
    counts: 'all',
    scorecards: 'perspective',
    maxRows: 10,
  },
  {
    id: 'lines',
    description:
      "the parent's map first, text boxes with loose arrow lines, scorecards per theme over several slides",
    header: 'org',
    toc: false,
    orgChart: false,
    map: 'boxes',
    arrows: 'line',
    grid: { letter: 'first', labelForm: 'letter', codeSeparator: ' ', bullet: false },
    parentMap: true,
    cascade: 'theme',
    counts: 'none',
    scorecards: 'theme',
    maxRows: 6,
  },
];
