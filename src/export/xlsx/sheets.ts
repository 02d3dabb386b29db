import type ExcelJS from 'exceljs';
import { wrapText } from '../../domain/map-layout';
import type { Polarity } from '../../domain/scoring';

/**
 * The workbook's vocabulary, shared by the writer and the reader that imports an edited
 * workbook back: sheet names, header texts and the labels of the overview sheet. Changing a
 * text here changes both sides at once.
 */

export const SHEETS = {
  overview: '總覽',
  themes: '策略主題',
  kpis: 'KPI指標',
  notes: '實績說明',
  links: '因果關聯',
  weights: '策略目標權重',
} as const;

export const OVERVIEW = {
  org: '機關',
  parent: '上級機關',
  year: '年度（民國）',
  title: '標題',
  issued: '發布日期',
  status: '狀態',
  mission: '使命',
  vision: '願景',
  values: '核心價值',
  order: '構面順序',
  green: '綠燈門檻',
  yellow: '黃燈門檻',
  cap: '達成率上限',
  rollup: '彙總方式',
  planFrom: '計分基礎',
  perspectiveWeights: '構面權重',
  counts: '統計',
} as const;

export const THEME_HEADERS = [
  '代碼',
  '策略主題',
  '承接機關',
  '承接主題代碼',
  '承接年度',
  '主功機關',
  '分組成員',
];

export const SCORECARD_HEADERS = [
  '構面',
  '策略目標代碼',
  '策略目標',
  'KSF代碼',
  '關鍵成功因素',
  'KPI代碼',
  '關鍵績效指標',
  '行動方案代碼',
  '行動方案',
];
export const SCORECARD_WIDTHS = [11, 10, 30, 9, 34, 10, 34, 12, 40];

export const KPI_HEADERS = [
  'KPI代碼',
  '策略目標代碼',
  '關鍵績效指標',
  '計算公式',
  '單位',
  '極性',
  '頻率',
  '期間彙總',
  '權重',
  '基準值',
  '容許差',
  '里程碑階段',
  // Last of the definitions: workbooks written before it existed still read (by header name).
  '備註',
];
export const KPI_WIDTHS = [10, 12, 40, 40, 8, 10, 7, 9, 6, 8, 8, 28, 30];
export const NOTE_HEADERS = ['KPI代碼', '期間', '公式輸入', '說明', '佐證', '落後原因', '改善措施'];
export const WEIGHT_HEADERS = ['策略目標代碼', '策略目標', '權重'];
export const LINK_HEADERS = ['原因代碼', '原因策略目標', '結果代碼', '結果策略目標'];

export const TARGET_PREFIX = '目標 ';
export const ACTUAL_PREFIX = '實績 ';

export const POLARITY_LABELS: Record<Polarity, string> = {
  higher: '越高越好',
  lower: '越低越好',
  range: '區間',
  milestone: '里程碑',
};

export const FREQUENCY_LABELS: Record<string, string> = {
  year: '年',
  half: '半年',
  quarter: '季',
  month: '月',
};
export const AGGREGATE_LABELS: Record<string, string> = { last: '取最新', sum: '加總' };
export const ROLLUP_LABELS: Record<string, string> = { weighted: '加權平均', worst: '最差子項' };
export const PLAN_FROM_LABELS: Record<string, string> = { perspectives: '構面', themes: '策略主題' };

/** The code of a label (`季` → quarter), also accepting the code itself. */
export function codeOfLabel(labels: Record<string, string>, text: string): string | null {
  for (const [code, label] of Object.entries(labels)) if (text === label || text === code) return code;
  return null;
}

export const STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  submitted: '已送審',
  approved: '已核定',
  archived: '已封存',
};

/** Separator of lists in one cell (core values are one a row; members share a cell). */
export const LIST_SEPARATOR = '、';
/** `80～90`: a target range in one cell. */
export const RANGE_SEPARATOR = '～';

export const FONT = { name: 'Microsoft JhengHei', size: 11 } as const;
const HEADER_FILL = 'FF243B53';

export function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((c) => {
    c.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    c.border = thin;
  });
  row.height = 22;
}

const edge = { style: 'thin' as const, color: { argb: 'FFBCCCDC' } };
export const thin: Partial<ExcelJS.Borders> = { top: edge, left: edge, bottom: edge, right: edge };

/**
 * Height a row needs for its wrapped cells. Spreadsheets do not grow rows for wrapped text on
 * their own when a file is opened, so the writer measures: a width unit is about 5.3 pt.
 */
export function rowHeight(texts: (string | number | null | undefined)[], widths: number[]): number {
  let lines = 1;
  texts.forEach((t, i) => {
    if (t === null || t === undefined || t === '') return;
    const inner = (widths[i] ?? 10) * 5.3 - 6;
    const n = String(t)
      .split('\n')
      .reduce((s, part) => s + Math.max(1, wrapText(part, inner, FONT.size).length), 0);
    lines = Math.max(lines, n);
  });
  return Math.ceil(lines * 15 + 4);
}

/** Landscape A4, one page wide, the header rows repeated on every printed page. */
export function pageSetup(ws: ExcelJS.Worksheet, headerRows: number): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${headerRows}`,
  };
  ws.views = [{ state: 'frozen', ySplit: headerRows, xSplit: 0 }];
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(text: string, taken: Set<string>): string {
  const base =
    text
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 28)}(${i})`;
  taken.add(name);
  return name;
}
