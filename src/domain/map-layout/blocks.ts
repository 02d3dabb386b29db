import { SIZE } from './style';
import { wrapText } from './text-measure';
import type { Rect, TextBlock } from './types';

export interface TextStyle {
  fontSize: number;
  weight?: 'normal' | 'bold';
  color: string;
  align?: 'start' | 'middle';
}

export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * SIZE.lineGap * 10) / 10;
}

/** Height the given number of lines needs. */
export function linesHeight(lines: number, fontSize: number): number {
  return lines * lineHeight(fontSize);
}

export function wrap(text: string, width: number, fontSize: number): string[] {
  return wrapText(text, Math.max(width, fontSize), fontSize);
}

export function textBlock(lines: string[], style: TextStyle, box: Rect): TextBlock {
  return {
    lines,
    fontSize: style.fontSize,
    lineHeight: lineHeight(style.fontSize),
    weight: style.weight ?? 'normal',
    color: style.color,
    align: style.align ?? 'middle',
    box,
  };
}

/**
 * Baselines of a block's lines, centred in its box. Shared by the writers so that SVG, PNG and
 * the web page put text at the same place; 0.35em below the line middle is where a CJK font's
 * baseline sits.
 */
export function lineBaselines(block: TextBlock): number[] {
  const top = block.box.y + (block.box.h - block.lines.length * block.lineHeight) / 2;
  return block.lines.map((_, i) => top + (i + 0.5) * block.lineHeight + block.fontSize * 0.35);
}

/** Anchor x of a block's lines. */
export function lineX(block: TextBlock): number {
  return block.align === 'middle' ? block.box.x + block.box.w / 2 : block.box.x;
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
