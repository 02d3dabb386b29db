import type ExcelJS from 'exceljs';
import type { PlanDocument } from '../../domain/plan-document';
import type { Actual, Target } from '../../domain/scoring';
import { planTracking, trackedPeriods } from '../tracking';
import {
  ACTUAL_PREFIX,
  AGGREGATE_LABELS,
  FONT,
  FREQUENCY_LABELS,
  KPI_HEADERS,
  KPI_WIDTHS,
  LIST_SEPARATOR,
  NOTE_HEADERS,
  POLARITY_LABELS,
  pageSetup,
  RANGE_SEPARATOR,
  rowHeight,
  SHEETS,
  styleHeader,
  TARGET_PREFIX,
  thin,
} from './sheets';

/**
 * KPI指標: each KPI's definition (formula, unit, polarity and the other scoring fields, the note) and, when the plan is tracked, a
 * target and an actual column per period. Notes, evidence and formula inputs of actuals go to
 * 實績說明, one row per entry, so the grid stays one number per cell.
 */

function targetCell(t: Target | undefined): string | number | null {
  if (!t) return null;
  if (t.min != null && t.max != null) return `${t.min}${RANGE_SEPARATOR}${t.max}`;
  if (t.value != null) return t.value;
  return t.stage ?? null;
}

function actualCell(a: Actual | undefined): string | number | null {
  if (!a) return null;
  return a.value ?? a.stage ?? null;
}

export function addKpiSheet(wb: ExcelJS.Workbook, plan: PlanDocument): void {
  const tracking = planTracking(plan);
  const periods = trackedPeriods(tracking);
  const headers = KPI_HEADERS;
  const columns = [...headers, ...periods.flatMap((p) => [`${TARGET_PREFIX}${p}`, `${ACTUAL_PREFIX}${p}`])];
  const widths = [...KPI_WIDTHS, ...periods.flatMap(() => [11, 11])];
  const ws = wb.addWorksheet(SHEETS.kpis);
  ws.columns = widths.map((width) => ({ width }));
  styleHeader(ws.addRow(columns));
  const key = (kpi: string, period: string) => `${kpi}\u0000${period}`;
  const targets = new Map(tracking.targets.map((t) => [key(t.kpi, t.period), t]));
  const actuals = new Map(tracking.actuals.map((a) => [key(a.kpi, a.period), a]));
  for (const k of plan.kpis) {
    const cells: (string | number | null)[] = [
      k.code,
      k.objective,
      k.name,
      k.formula ?? null,
      k.unit ?? null,
      k.polarity ? POLARITY_LABELS[k.polarity] : null,
      k.frequency ? (FREQUENCY_LABELS[k.frequency] ?? null) : null,
      k.aggregate ? (AGGREGATE_LABELS[k.aggregate] ?? null) : null,
      k.weight ?? null,
      k.baseline ?? null,
      k.tolerance ?? null,
      k.stages?.length ? k.stages.map((st) => `${st.name} ${st.percent}%`).join(LIST_SEPARATOR) : null,
      k.note ?? null,
    ];
    for (const p of periods) {
      cells.push(targetCell(targets.get(key(k.code, p))), actualCell(actuals.get(key(k.code, p))));
    }
    const row = ws.addRow(cells);
    row.height = rowHeight(cells, widths);
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.font = FONT;
      c.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: col > headers.length ? 'right' : undefined,
      };
      c.border = thin;
    });
  }
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, ws.rowCount), column: columns.length },
  };
  pageSetup(ws, 1);
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];

  const noted = (plan.actuals ?? []).filter(
    (a) =>
      a.note ||
      a.evidence ||
      a.explanation ||
      a.correctiveAction ||
      (a.inputs && Object.keys(a.inputs).length),
  );
  if (noted.length === 0) return;
  const notes = wb.addWorksheet(SHEETS.notes);
  const noteWidths = [10, 10, 30, 36, 30, 30, 30];
  notes.columns = noteWidths.map((width) => ({ width }));
  styleHeader(notes.addRow(NOTE_HEADERS));
  for (const a of noted) {
    const inputs = a.inputs
      ? Object.entries(a.inputs)
          .map(([n, v]) => `${n}=${v}`)
          .join('；')
      : null;
    const cells = [
      a.kpi,
      a.period,
      inputs || null,
      a.note ?? null,
      a.evidence ?? null,
      a.explanation ?? null,
      a.correctiveAction ?? null,
    ];
    const row = notes.addRow(cells);
    row.height = rowHeight(cells, noteWidths);
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = FONT;
      c.alignment = { vertical: 'top', wrapText: true };
      c.border = thin;
    });
  }
  pageSetup(notes, 1);
}
