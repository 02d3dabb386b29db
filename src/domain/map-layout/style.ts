import type { Perspective } from '../codes';
import type { Light, MapLocale } from './types';

/** Sizes in px. Font sizes never go below MIN_FONT: the canvas grows instead. */
export const SIZE = {
  margin: 24,
  minFont: 12,
  titleFont: 22,
  headerFont: 14,
  headerTitleFont: 13,
  themeLetterFont: 18,
  themeNameFont: 15,
  labelFont: 16,
  cardCodeFont: 13,
  cardNameFont: 15,
  footerFont: 12,
  lineGap: 1.35,
  /** Width of the row-label column (構面). */
  labelColumn: 104,
  /** Narrowest theme column before the canvas grows. */
  minColumn: 176,
  /** Widest theme column: a plan with few themes gets a narrower canvas, not stretched cards. */
  maxColumn: 420,
  /** Space between a column's edge and its cards; twice this is the gutter arrows run in. */
  cellPadX: 20,
  cellPadY: 16,
  /** Space between cards stacked in one cell. */
  cardGap: 18,
  cardPadX: 10,
  cardPadY: 8,
  cardRadius: 6,
  defaultWidth: 1600,
  /** Narrowest area the spanning objectives get when a plan has few or no themes. */
  minGrid: 720,
} as const;

export const FONT_FAMILY = ['Noto Sans CJK TC', 'Noto Sans TC', 'Microsoft JhengHei', 'sans-serif'];

export const COLOURS = {
  background: '#ffffff',
  ink: '#1f2933',
  muted: '#52606d',
  title: '#102a43',
  headerFill: '#f0f4f8',
  headerStroke: '#bcccdc',
  headerLabel: '#243b53',
  themeFill: '#243b53',
  themeText: '#ffffff',
  unknownThemeFill: '#9aa5b1',
  cascadeFill: '#d9e2ec',
  cascadeText: '#243b53',
  gridLine: '#ffffff',
  cardFill: '#ffffff',
  highlight: '#d64545',
  arrow: '#334e68',
  footerFill: '#f0f4f8',
} as const;

/** Per perspective: row tint, the stronger label tint, card border and code colour. */
export const PERSPECTIVE_COLOURS: Record<Perspective, { row: string; label: string; accent: string }> = {
  C: { row: '#e6f0fa', label: '#c3daf2', accent: '#1d5fa8' },
  P: { row: '#e7f5ec', label: '#c2e5cf', accent: '#237a4b' },
  L: { row: '#fff4e0', label: '#fde0b0', accent: '#b0650f' },
  F: { row: '#f1ebf8', label: '#dccdf0', accent: '#6a41a0' },
};

export const LIGHT_COLOURS: Record<Exclude<Light, 'none'>, string> = {
  green: '#2f9e44',
  yellow: '#f0b400',
  red: '#d64545',
};

export interface MapLabels {
  perspectives: Record<Perspective, string>;
  themes: string;
  mission: string;
  vision: string;
  values: string;
  cascade: (org: string, letter: string, name: string | null) => string;
  lead: (org: string) => string;
  members: string;
  unknownTheme: string;
  title: (org: string, year: number) => string;
  valueSeparator: string;
}

export const LABELS: Record<MapLocale, MapLabels> = {
  'zh-TW': {
    perspectives: { C: '顧客 C', P: '內部流程 P', L: '學習成長 L', F: '財務 F' },
    themes: '策略主題',
    mission: '【使命】',
    vision: '【願景】',
    values: '【核心價值】',
    cascade: (org, letter, name) => `承接 ${org} ${letter}${name ? ` ${name}` : ''}`,
    lead: (org) => `${org}（主功）`,
    members: '分組成員',
    unknownTheme: '未列於策略主題',
    title: (org, year) => `${year}年${org}策略地圖`,
    valueSeparator: '、',
  },
  en: {
    perspectives: { C: 'Customer C', P: 'Internal process P', L: 'Learning & growth L', F: 'Financial F' },
    themes: 'Strategic themes',
    mission: 'Mission',
    vision: 'Vision',
    values: 'Core values',
    cascade: (org, letter, name) => `Cascades ${org} ${letter}${name ? ` ${name}` : ''}`,
    lead: (org) => `${org} (lead)`,
    members: 'Members',
    unknownTheme: 'Not a listed theme',
    title: (org, year) => `${org} strategy map, ROC year ${year}`,
    valueSeparator: ', ',
  },
};

/** Key of `LayoutOptions.parentThemeNames`. */
export function cascadeKey(org: string, letter: string): string {
  return `${org}\u0000${letter}`;
}
