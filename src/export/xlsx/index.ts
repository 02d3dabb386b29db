import ExcelJS from 'exceljs';
import type { Perspective } from '../../domain/codes';
import { formatRocDate } from '../../domain/periods';
import type { PlanDocument } from '../../domain/plan-document';
import { safeWorkbook } from '../safe-cell';
import { perspectiveLabel, scorecardGroups } from '../scorecard-model';
import { addKpiSheet } from './kpi-sheet';
import { addScorecardSheet } from './scorecard-sheet';
import {
  FONT,
  LINK_HEADERS,
  LIST_SEPARATOR,
  OVERVIEW,
  PLAN_FROM_LABELS,
  pageSetup,
  ROLLUP_LABELS,
  rowHeight,
  SHEETS,
  STATUS_LABELS,
  sheetName,
  styleHeader,
  THEME_HEADERS,
  thin,
  WEIGHT_HEADERS,
} from './sheets';

/**
 * The plan as the workbook agencies keep: 總覽, 策略主題, one scorecard sheet per theme, the
 * KPI sheet with formulas, units, targets and actuals, and the cause-effect links. Every
 * sheet prints landscape on A4 and freezes its headers; `readWorkbook` reads it back. Text
 * cells pass `safeWorkbook` last (formula starts quoted, control characters dropped).
 */
export async function writeXlsx(plan: PlanDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Stratmap';
  wb.title = plan.title ?? `${plan.year}年策略地圖及平衡計分卡`;
  // A fixed timestamp keeps the same plan's workbook byte-for-byte stable.
  wb.created = new Date('2000-01-01T00:00:00Z');
  wb.modified = wb.created;
  const taken = new Set<string>(Object.values(SHEETS));

  addOverview(wb, plan);
  addThemes(wb, plan);
  for (const group of scorecardGroups(plan)) {
    const name = group.letter ? `${group.letter} ${group.name}` : group.kind === 'cross' ? '跨主題' : '共同';
    addScorecardSheet(wb, sheetName(name, taken), group);
  }
  addKpiSheet(wb, plan);
  if (plan.links.length > 0) addLinks(wb, plan);
  if (plan.objectives.some((o) => o.weight !== undefined)) addObjectiveWeights(wb, plan);
  safeWorkbook(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addOverview(wb: ExcelJS.Workbook, plan: PlanDocument): void {
  const ws = wb.addWorksheet(SHEETS.overview);
  const widths = [16, 80, 24];
  ws.columns = widths.map((width) => ({ width }));
  const rows: (string | number | null)[][] = [
    [OVERVIEW.org, plan.org.name],
    [OVERVIEW.parent, plan.org.parent ?? null],
    [OVERVIEW.year, plan.year],
    [OVERVIEW.title, plan.title ?? null],
    [OVERVIEW.issued, plan.issued ?? null, plan.issued ? formatRocDate(plan.issued) : null],
    [OVERVIEW.status, plan.status ?? null, plan.status ? (STATUS_LABELS[plan.status] ?? null) : null],
    [OVERVIEW.mission, plan.mission],
    [OVERVIEW.vision, plan.vision],
    ...(plan.coreValues.length ? plan.coreValues : ['']).map((v, i) => [i === 0 ? OVERVIEW.values : null, v]),
    [
      OVERVIEW.order,
      plan.perspectiveOrder ? plan.perspectiveOrder.map(perspectiveLabel).join(LIST_SEPARATOR) : null,
    ],
    ...scoringRows(plan),
  ];
  for (const cells of rows) {
    const row = ws.addRow(cells);
    row.height = rowHeight(
      cells.map((c) => (c === null ? null : String(c))),
      widths,
    );
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.font = { ...FONT, bold: col === 1 };
      c.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
      c.border = thin;
    });
    // Dates and codes stay text, so a spreadsheet does not turn 2021-03-30 into a serial number.
    row.getCell(2).numFmt = typeof cells[1] === 'number' ? '0' : '@';
  }
  ws.addRow([]);
  const counts: [string, number][] = [
    ['策略主題', plan.themes.length],
    ['策略目標', plan.objectives.length],
    ['關鍵成功因素', plan.ksfs.length],
    ['關鍵績效指標', plan.kpis.length],
    ['行動方案', plan.actions.length],
    ['因果關聯', plan.links.length],
  ];
  const head = ws.addRow([OVERVIEW.counts, '項目數']);
  styleHeader(head);
  for (const [label, n] of counts) {
    const row = ws.addRow([label, n]);
    row.eachCell((c) => {
      c.font = FONT;
      c.border = thin;
      c.alignment = { horizontal: 'left' };
    });
  }
  pageSetup(ws, 0);
  ws.views = [];
}

/** The plan's own scoring settings; unstated ones are left out, so the defaults still apply. */
function scoringRows(plan: PlanDocument): (string | number | null)[][] {
  const s = plan.scoring;
  if (!s) return [];
  const rows: (string | number | null)[][] = [];
  if (s.thresholds?.green !== undefined) rows.push([OVERVIEW.green, s.thresholds.green]);
  if (s.thresholds?.yellow !== undefined) rows.push([OVERVIEW.yellow, s.thresholds.yellow]);
  if (s.cap !== undefined) rows.push([OVERVIEW.cap, s.cap]);
  if (s.rollup) rows.push([OVERVIEW.rollup, ROLLUP_LABELS[s.rollup] ?? s.rollup]);
  if (s.planFrom) rows.push([OVERVIEW.planFrom, PLAN_FROM_LABELS[s.planFrom] ?? s.planFrom]);
  const weights = Object.entries(s.perspectiveWeights ?? {});
  if (weights.length) {
    const text = weights.map(([p, w]) => `${perspectiveLabel(p as Perspective)}=${w}`).join(LIST_SEPARATOR);
    rows.push([OVERVIEW.perspectiveWeights, text]);
  }
  return rows;
}

function addObjectiveWeights(wb: ExcelJS.Workbook, plan: PlanDocument): void {
  const ws = wb.addWorksheet(SHEETS.weights);
  const widths = [12, 50, 8];
  ws.columns = widths.map((width) => ({ width }));
  styleHeader(ws.addRow(WEIGHT_HEADERS));
  for (const o of plan.objectives) {
    if (o.weight === undefined) continue;
    const row = ws.addRow([o.code, o.name, o.weight]);
    row.height = rowHeight([o.code, o.name], widths);
    row.eachCell((c) => {
      c.font = FONT;
      c.alignment = { vertical: 'top', wrapText: true };
      c.border = thin;
    });
  }
  pageSetup(ws, 1);
}

function addThemes(wb: ExcelJS.Workbook, plan: PlanDocument): void {
  const ws = wb.addWorksheet(SHEETS.themes);
  const widths = [8, 36, 22, 14, 10, 18, 50, 8];
  ws.columns = widths.map((width) => ({ width }));
  styleHeader(ws.addRow(THEME_HEADERS));
  for (const t of plan.themes) {
    const cells = [
      t.letter,
      t.name,
      t.cascadesFrom?.org ?? null,
      t.cascadesFrom?.letter ?? null,
      t.cascadesFrom?.year ?? null,
      t.lead ?? null,
      t.members?.length ? t.members.join(LIST_SEPARATOR) : null,
      t.weight ?? null,
    ];
    const row = ws.addRow(cells);
    row.height = rowHeight(cells, widths);
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = FONT;
      c.alignment = { vertical: 'top', wrapText: true };
      c.border = thin;
    });
  }
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, ws.rowCount), column: THEME_HEADERS.length },
  };
  pageSetup(ws, 1);
}

function addLinks(wb: ExcelJS.Workbook, plan: PlanDocument): void {
  const ws = wb.addWorksheet(SHEETS.links);
  const widths = [10, 40, 10, 40];
  ws.columns = widths.map((width) => ({ width }));
  styleHeader(ws.addRow(LINK_HEADERS));
  const names = new Map(plan.objectives.map((o) => [o.code, o.name]));
  for (const l of plan.links) {
    const cells = [l.from, names.get(l.from) ?? null, l.to, names.get(l.to) ?? null];
    const row = ws.addRow(cells);
    row.height = rowHeight(cells, widths);
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = FONT;
      c.alignment = { vertical: 'top', wrapText: true };
      c.border = thin;
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: ws.rowCount, column: LINK_HEADERS.length } };
  pageSetup(ws, 1);
}
