import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { LayoutOptions } from '../domain/map-layout';
import type { PlanDocument } from '../domain/plan-document';
import { ExportUnavailableError } from './errors';
import { strategyMapSvg } from './svg';

/**
 * The strategy map as a PNG, rasterised by resvg from the same SVG the web page shows. resvg
 * draws no text without a font that has the glyphs, so a machine without a CJK font gets a
 * clear refusal instead of a map of empty boxes.
 */

/** Where Debian (fonts-noto-cjk) and other common systems keep a Traditional Chinese face. */
export const CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msjh.ttc',
];

export const NO_CJK_FONT =
  'no CJK font is installed, so the map would have no text; install one with apt-get install fonts-noto-cjk';

export function cjkFontFiles(candidates: string[] = CJK_FONT_FILES): string[] {
  return candidates.filter((f) => existsSync(f));
}

export interface PngOptions extends LayoutOptions {
  /** Pixels per layout unit; 2 gives a sharp image on slides and in print. */
  scale?: number;
  /** Font files to use instead of the system's (tests). */
  fontFiles?: string[];
}

export function writePng(plan: PlanDocument, options: PngOptions = {}): Uint8Array {
  const fonts = options.fontFiles ?? cjkFontFiles();
  if (fonts.length === 0) throw new ExportUnavailableError(NO_CJK_FONT);
  const svg = strategyMapSvg(plan, options);
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    font: {
      fontFiles: fonts,
      // The CJK face covers Latin too; scanning every system font costs seconds per image.
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans CJK TC',
      sansSerifFamily: 'Noto Sans CJK TC',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
