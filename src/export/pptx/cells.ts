import type PptxGenJS from 'pptxgenjs';
import { wrapText } from '../../domain/map-layout';
import { FONT_FACE, INK, LANG, PT } from './deck';

/**
 * Table cells measured before they are placed, so that a table is cut into slides at the rows
 * that fit instead of running off the bottom. Measurement uses the map layout's text estimate
 * (which errs wide), and every paragraph gets an exact line pitch, so the measured height is
 * the height PowerPoint and LibreOffice draw.
 */

export interface Para {
  text: string;
  size: number;
  bold?: boolean;
  color?: string;
}

/** Line pitch as a multiple of the font size: room for CJK ascenders without clipping. */
export const LINE = 1.3;
/** Cell insets in inches: top, right, bottom, left. */
export const CELL_MARGIN: [number, number, number, number] = [0.05, 0.07, 0.05, 0.07];

export function paraLines(p: Para, widthIn: number): string[] {
  const inner = (widthIn - CELL_MARGIN[1] - CELL_MARGIN[3]) * PT;
  return wrapText(p.text, inner, p.size);
}

/** Height in inches a cell of this width needs for its paragraphs. */
export function cellHeight(paras: Para[], widthIn: number): number {
  let pts = 0;
  for (const p of paras) pts += Math.max(1, paraLines(p, widthIn).length) * p.size * LINE;
  return pts / PT + CELL_MARGIN[0] + CELL_MARGIN[2];
}

export interface CellStyle {
  fill?: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  rowspan?: number;
  colspan?: number;
}

export function cell(paras: Para[], style: CellStyle = {}): PptxGenJS.TableCell {
  const runs: PptxGenJS.TextProps[] = paras.map((p, i) => ({
    text: p.text,
    options: {
      fontFace: FONT_FACE,
      lang: LANG,
      fontSize: p.size,
      bold: p.bold ?? false,
      color: p.color ?? INK,
      lineSpacing: p.size * LINE,
      breakLine: i < paras.length - 1,
    },
  }));
  return {
    text: runs.length ? runs : [{ text: '', options: { lang: LANG, fontFace: FONT_FACE } }],
    options: {
      fontFace: FONT_FACE,
      lang: LANG,
      margin: CELL_MARGIN,
      valign: style.valign ?? 'top',
      align: style.align ?? 'left',
      ...(style.fill ? { fill: { color: style.fill } } : {}),
      ...(style.rowspan && style.rowspan > 1 ? { rowspan: style.rowspan } : {}),
      ...(style.colspan && style.colspan > 1 ? { colspan: style.colspan } : {}),
    },
  };
}
