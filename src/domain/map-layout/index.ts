export { lineBaselines, lineX } from './blocks';
export { layoutStrategyMap } from './layout';
export { cascadeKey, FONT_FAMILY } from './style';
export { measureText, wrapText } from './text-measure';
export type * from './types';
