import type { Perspective } from '../codes';

/**
 * The strategy map as plain geometry: what the SVG writer, the PPTX writer (native shapes) and
 * the web page draw. Every shape carries its own colours and pre-wrapped text so that no
 * consumer needs to measure text or know the plan model again.
 */

export type Light = 'green' | 'yellow' | 'red' | 'none';
export type MapLocale = 'zh-TW' | 'en';

export interface LayoutOptions {
  /** Row order, top to bottom; defaults to the plan's own order, then 顧客 內部流程 學習成長 財務. */
  perspectiveOrder?: Perspective[];
  /** Light per objective code, drawn as a dot on the card. */
  lights?: Record<string, Light>;
  /** Objective codes with lint findings, outlined in red. */
  highlight?: string[];
  /** Preferred canvas width in px; the canvas grows beyond it rather than shrink text. */
  width?: number;
  locale?: MapLocale;
  /**
   * Names of the parent themes the plan cascades from, keyed by `cascadeKey(org, letter)`; the
   * plan document only holds the reference, the caller may know the parent plan.
   */
  parentThemeNames?: Record<string, string>;
}

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Lines already wrapped to fit; centred vertically in `box`, aligned as `align` says. */
export interface TextBlock {
  lines: string[];
  fontSize: number;
  /** Distance between baselines in px. */
  lineHeight: number;
  weight: 'normal' | 'bold';
  color: string;
  align: 'start' | 'middle';
  box: Rect;
}

interface BoxBase {
  id: string;
  rect: Rect;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  dashed: boolean;
  radius: number;
  texts: TextBlock[];
}

export type BandRole =
  | 'title'
  | 'header'
  | 'cascade'
  | 'themes'
  | 'row'
  | 'cell'
  | 'cross'
  | 'shared'
  | 'footer';

/** A background area: a perspective row, a cell, the cross-theme strip. */
export interface BandShape extends BoxBase {
  kind: 'band';
  role: BandRole;
}

/** A heading with text: the title, mission/vision/values boxes, theme headers. */
export interface HeaderShape extends BoxBase {
  kind: 'header';
  role: 'title' | 'mission' | 'vision' | 'values' | 'theme' | 'cascade';
  /** Theme letter for theme headers, null otherwise. */
  code: string | null;
}

/** Row labels (構面), the 策略主題 label, lead/member texts. */
export interface LabelShape extends BoxBase {
  kind: 'label';
  role: 'perspective' | 'themes' | 'footer' | 'lead';
  code: string | null;
}

export type CardPlacement = 'theme' | 'cross' | 'shared' | 'unknown-theme';

export interface CardShape extends BoxBase {
  kind: 'card';
  code: string;
  name: string;
  /** Column letter the card sits in, null when it spans all columns. */
  theme: string | null;
  perspective: Perspective;
  placement: CardPlacement;
  light: Light | null;
  /** Centre and radius of the light dot, present when a light other than 'none' is given. */
  lightDot: { cx: number; cy: number; r: number; fill: string } | null;
  highlighted: boolean;
  /** Accessible title: code and full name. */
  title: string;
}

export interface ArrowShape {
  kind: 'arrow';
  id: string;
  from: string;
  to: string;
  /** Orthogonal polyline; the last point touches the target card, the first the source card. */
  points: Point[];
  stroke: string;
  strokeWidth: number;
  headLength: number;
  headWidth: number;
}

export type Shape = BandShape | HeaderShape | LabelShape | CardShape | ArrowShape;

export interface MapColumn {
  letter: string;
  name: string;
  /** True for a column made up for objectives whose theme letter the plan does not list. */
  unknown: boolean;
  x: number;
  w: number;
}

export interface MapRow {
  perspective: Perspective;
  label: string;
  y: number;
  h: number;
}

export interface MapLayout {
  width: number;
  height: number;
  locale: MapLocale;
  fontFamily: string[];
  background: string;
  title: string;
  /** Shapes in drawing order (back to front). */
  shapes: Shape[];
  columns: MapColumn[];
  rows: MapRow[];
  /** Left and right edge of the theme columns area, which spanning objectives fill. */
  gridX: number;
  gridW: number;
}
