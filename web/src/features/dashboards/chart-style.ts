import { LIGHT_COLOURS } from '../../../../src/domain/map-layout/style';
import type { Light } from '../../../../src/domain/scoring/types';

/** The strategy map's light colours, so a bar, a heatmap cell and a map card agree. */
export const LIGHT_FILL: Record<Light, string> = { ...LIGHT_COLOURS, none: '#bfc5cc' };

/** Paler fills for heatmap cells, dark enough to tell apart and light enough to read dark text on. */
export const LIGHT_TINT: Record<Light, string> = {
  green: '#9fd8ab',
  yellow: '#f8dc7a',
  red: '#f1a3a3',
  none: '#eef1f4',
};

export const TEXT_COLOUR = '#1f2933';
export const TARGET_COLOUR = '#1d5fa8';

/** The app's own font stack (CJK first), so chart text looks like the page around it. */
export function chartFont(): string {
  if (typeof document === 'undefined') return 'sans-serif';
  return getComputedStyle(document.body).fontFamily || 'sans-serif';
}
