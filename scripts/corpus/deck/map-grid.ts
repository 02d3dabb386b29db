import type { Perspective } from '../../../src/domain/codes';
import type { PlanDocument } from '../../../src/domain/plan-document';
import { lineCount, textHeight } from './text-size';
import { type Locale, perspectiveLabel, rowOrder } from './words';

/**
 * A strategy map placed as agencies draw it by hand: a label column of perspectives, one column
 * per theme with its header on top, the objectives of a theme and perspective stacked as cards
 * in their cell, objectives of no theme (F1, L1, TC1) spanning the whole row. Inches.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface GridText {
  text: string;
  box: Box;
}

export interface GridCard extends GridText {
  code: string;
  spanning: boolean;
}

export interface MapGrid {
  fontPt: number;
  corner: GridText;
  headers: (GridText & { letter: string })[];
  rows: (GridText & { perspective: Perspective })[];
  cards: GridCard[];
  /** 分組成員: the lead and member bureaus under each theme of a city map. */
  leads: GridText[];
  leadsLabel: GridText | null;
}

export interface GridOptions {
  area: Box;
  locale: Locale;
  /** Where the theme letter goes: 「A 名稱」, 「名稱\nA」 or 「名稱(A)」. */
  letter: 'first' | 'last' | 'paren';
  labelForm: 'letter' | 'facet' | 'plain';
  /** Between the code and the name on a card: a space, nothing, or a new line (●AC1 / 名稱). */
  codeSeparator: ' ' | '' | '\n';
  bullet: boolean;
  /** A line under a theme's name saying which parent theme it takes up. */
  cascadeNotes?: Record<string, string>;
  leads: boolean;
}

const GAP = 0.06;
/** Cards stacked in a cell stay apart, so an arrow's end is clearly on one card. */
const STACK = 0.12;

export function headerText(letter: string, name: string, form: GridOptions['letter']): string {
  if (form === 'first') return `${letter} ${name}`;
  return form === 'last' ? `${name}\n${letter}` : `${name}(${letter})`;
}

export function cardText(
  code: string,
  name: string,
  o: Pick<GridOptions, 'codeSeparator' | 'bullet'>,
): string {
  return `${o.bullet ? '●' : ''}${code}${o.codeSeparator}${name}`;
}

function attempt(plan: PlanDocument, o: GridOptions, fontPt: number): MapGrid {
  const { area } = o;
  const labelW = o.locale === 'en' ? 1.45 : 0.95;
  const n = Math.max(1, plan.themes.length);
  const colW = (area.w - labelW) / n;
  const cardW = colW - 2 * GAP;
  const headerTexts = plan.themes.map((t) => {
    const note = o.cascadeNotes?.[t.letter];
    return headerText(t.letter, t.name, o.letter) + (note ? `\n${note}` : '');
  });
  const headerH = Math.max(
    0.45,
    ...headerTexts.map((t) => textHeight(lineCount(t, cardW - 0.1, fontPt + 1), fontPt + 1, 0.14)),
  );
  const corner: GridText = {
    text: o.locale === 'en' ? 'Strategic Theme' : '策略主題',
    box: { x: area.x, y: area.y, w: labelW - GAP, h: headerH },
  };
  const headers = plan.themes.map((t, i) => ({
    letter: t.letter,
    text: headerTexts[i] as string,
    box: { x: area.x + labelW + i * colW + GAP, y: area.y, w: cardW, h: headerH },
  }));
  const cards: GridCard[] = [];
  const rows: MapGrid['rows'] = [];
  let y = area.y + headerH + GAP * 2;
  const cardH = (text: string, w: number) => textHeight(lineCount(text, w - 0.1, fontPt), fontPt, 0.1);
  for (const p of rowOrder(plan)) {
    const inRow = plan.objectives.filter((obj) => obj.perspective === p);
    const column = (letter: string) => plan.themes.findIndex((t) => t.letter === letter);
    const spanning = inRow.filter((obj) => !obj.theme || column(obj.theme) < 0);
    const rowTop = y;
    let top = y + GAP;
    // Objectives of no theme side by side across the themes (TC1 … TC4 over two themes each).
    if (spanning.length > 0) {
      const w = (area.w - labelW) / spanning.length - 2 * GAP;
      const texts = spanning.map((obj) => cardText(obj.code, obj.name, o));
      const h = Math.max(...texts.map((t) => cardH(t, w)));
      spanning.forEach((obj, i) => {
        const x = area.x + labelW + i * (w + 2 * GAP) + GAP;
        cards.push({ code: obj.code, text: texts[i] as string, spanning: true, box: { x, y: top, w, h } });
      });
      top += h + STACK;
    }
    let bottom = top;
    plan.themes.forEach((t, i) => {
      let cy = top;
      for (const obj of inRow.filter((x) => x.theme === t.letter)) {
        const text = cardText(obj.code, obj.name, o);
        const h = cardH(text, cardW);
        cards.push({
          code: obj.code,
          text,
          spanning: false,
          box: { x: area.x + labelW + i * colW + GAP, y: cy, w: cardW, h },
        });
        cy += h + STACK;
      }
      bottom = Math.max(bottom, cy);
    });
    const label = perspectiveLabel(p, o.locale, o.labelForm);
    const labelH = textHeight(lineCount(label, labelW - 0.15, fontPt + 1), fontPt + 1);
    const h = Math.max(bottom - rowTop, labelH + 0.1, 0.4);
    rows.push({ perspective: p, text: label, box: { x: area.x, y: rowTop, w: labelW - GAP, h } });
    y = rowTop + h + GAP * 2;
  }
  const leads: GridText[] = [];
  let leadsLabel: GridText | null = null;
  if (o.leads && plan.themes.some((t) => t.lead)) {
    const texts = plan.themes.map(leadText);
    const h = Math.max(...texts.map((t) => cardH(t, cardW)), 0.4);
    leadsLabel = { text: '分組成員', box: { x: area.x, y, w: labelW - GAP, h } };
    texts.forEach((text, i) => {
      leads.push({ text, box: { x: area.x + labelW + i * colW + GAP, y, w: cardW, h } });
    });
    y += h + GAP;
  }
  return { fontPt, corner, headers, rows, cards, leads, leadsLabel };
}

/** Bureaus are printed without the city's prefix (環保局, not 臺北市政府環保局). */
function short(org: string): string {
  return org.replace(/^臺北市政府/, '');
}

/** A city theme's 分組成員 cell: 「環保局(主功) 經管局、工務局」. */
export function leadText(t: PlanDocument['themes'][number]): string {
  return t.lead ? `${short(t.lead)}(主功) ${(t.members ?? []).map(short).join('、')}` : '';
}

function bottomOf(g: MapGrid): number {
  const boxes = [...g.rows, ...g.leads, ...(g.leadsLabel ? [g.leadsLabel] : [])].map((x) => x.box);
  return Math.max(...boxes.map((b) => b.y + b.h));
}

/**
 * The largest type (12 pt down to 5 pt) at which the map fits the area. A map that does not fit
 * even so prints each card's code and name on one line, as a planner squeezing a big map does:
 * a deck never draws past the slide's edge, where a PDF of it would cut the cards off.
 */
export function layoutGrid(plan: PlanDocument, o: GridOptions): MapGrid {
  const fits = (g: MapGrid) => bottomOf(g) <= o.area.y + o.area.h;
  const forms = o.codeSeparator === '\n' ? [o, { ...o, codeSeparator: ' ' as const }] : [o];
  for (const form of forms)
    for (const pt of [12, 11, 10, 9, 8, 7, 6, 5]) {
      const g = attempt(plan, form, pt);
      if (fits(g)) return g;
    }
  throw new Error(`the map of ${plan.org.name} ${plan.year} does not fit its slide even at 5 pt`);
}
