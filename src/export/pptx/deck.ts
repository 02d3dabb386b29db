import type PptxGenJS from 'pptxgenjs';

/**
 * The deck's page geometry and type: 16:9 (13.333 × 7.5 in), one CJK face, every text run
 * tagged zh-TW so PowerPoint picks Traditional Chinese glyphs and line breaking.
 */

export type Slide = PptxGenJS.Slide;
export type TextProps = PptxGenJS.TextPropsOptions;

export const SLIDE = { w: 13.333, h: 7.5, margin: 0.4 } as const;
/** Top of the content area under a slide heading, and its bottom edge above the footer. */
export const CONTENT = { top: 1.05, bottom: SLIDE.h - 0.45 } as const;

/** 微軟正黑體 is on every Windows desktop in the city government; LibreOffice falls back to Noto CJK. */
export const FONT_FACE = 'Microsoft JhengHei';
export const LANG = 'zh-TW';
/** Points per inch: text is measured in points, geometry in inches. */
export const PT = 72;

export const INK = '1F2933';
export const MUTED = '52606D';
export const NAVY = '243B53';
export const PALE = 'F0F4F8';
export const RULE = 'BCCCDC';

export function hex(colour: string | null | undefined, fallback = INK): string {
  return (colour ?? fallback).replace('#', '').toUpperCase();
}

/** Adds a text box with the deck's face and language; never auto-fits, lines are measured. */
export function addText(slide: Slide, text: string | PptxGenJS.TextProps[], props: TextProps): void {
  slide.addText(text, {
    fontFace: FONT_FACE,
    lang: LANG,
    color: INK,
    margin: 0,
    fit: 'none',
    ...props,
  });
}

/** The heading every content slide carries, and the organisation and page in the footer. */
export function frame(slide: Slide, heading: string, footer: string): void {
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: SLIDE.w,
    h: 0.85,
    fill: { color: NAVY },
    line: { color: NAVY, width: 0 },
  });
  addText(slide, heading, {
    x: SLIDE.margin,
    y: 0.12,
    w: SLIDE.w - 2 * SLIDE.margin,
    h: 0.6,
    fontSize: 22,
    bold: true,
    color: 'FFFFFF',
    valign: 'middle',
  });
  addText(slide, footer, {
    x: SLIDE.margin,
    y: SLIDE.h - 0.38,
    w: SLIDE.w - 2 * SLIDE.margin,
    h: 0.28,
    fontSize: 10,
    color: MUTED,
    align: 'right',
    valign: 'middle',
  });
}
