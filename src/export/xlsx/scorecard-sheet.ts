import type ExcelJS from 'exceljs';
import { PERSPECTIVE_COLOURS } from '../../domain/map-layout/style';
import {
  groupTitle,
  perspectiveLabel,
  type ScorecardGroup,
  type ScorecardObjective,
} from '../scorecard-model';
import { FONT, pageSetup, rowHeight, SCORECARD_HEADERS, SCORECARD_WIDTHS, styleHeader, thin } from './sheets';

/**
 * One theme's scorecard as a sheet a planner can filter: every row carries its objective's and
 * KPI's codes (so a filter on KPI code keeps whole rows), names appear on an element's first
 * row, and KSFs and action plans take one row each. The reader relies on exactly this.
 */

type Cells = (string | null)[];

function objectiveRows(o: ScorecardObjective): Cells[] {
  const kpiRows: { code: string; name: string | null; action: { code: string; name: string } | null }[] = [];
  for (const { kpi, actions } of o.kpis) {
    if (actions.length === 0) kpiRows.push({ code: kpi.code, name: kpi.name, action: null });
    actions.forEach((a, i) => {
      kpiRows.push({ code: kpi.code, name: i === 0 ? kpi.name : null, action: a });
    });
  }
  const n = Math.max(1, o.ksfs.length, kpiRows.length);
  const rows: Cells[] = [];
  for (let i = 0; i < n; i++) {
    const ksf = o.ksfs[i];
    const k = kpiRows[i];
    rows.push([
      perspectiveLabel(o.objective.perspective),
      o.objective.code,
      i === 0 ? o.objective.name : null,
      ksf ? (ksf.code ?? null) : null,
      ksf ? ksf.name : null,
      k?.code ?? null,
      k?.name ?? null,
      k?.action?.code ?? null,
      k?.action?.name ?? null,
    ]);
  }
  return rows;
}

export function addScorecardSheet(wb: ExcelJS.Workbook, name: string, group: ScorecardGroup): void {
  const ws = wb.addWorksheet(name, { properties: { tabColor: { argb: 'FF243B53' } } });
  ws.columns = SCORECARD_WIDTHS.map((width) => ({ width }));
  const title = ws.addRow([groupTitle(group)]);
  ws.mergeCells(1, 1, 1, SCORECARD_HEADERS.length);
  title.font = { ...FONT, size: 14, bold: true };
  title.height = 24;
  styleHeader(ws.addRow(SCORECARD_HEADERS));
  for (const o of group.objectives) {
    const tint = PERSPECTIVE_COLOURS[o.objective.perspective];
    objectiveRows(o).forEach((cells, i) => {
      const row = ws.addRow(cells);
      row.height = rowHeight(cells, SCORECARD_WIDTHS);
      row.eachCell({ includeEmpty: true }, (c, col) => {
        c.font = { ...FONT, bold: col <= 3, color: { argb: i > 0 && col <= 2 ? 'FF9AA5B1' : 'FF1F2933' } };
        c.alignment = { vertical: 'top', wrapText: true };
        c.border = i === 0 ? { ...thin, top: { style: 'medium', color: { argb: 'FF52606D' } } } : thin;
        if (col <= 3)
          c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${tint.row.slice(1)}` } };
      });
    });
  }
  ws.autoFilter = {
    from: { row: 2, column: 1 },
    to: { row: Math.max(2, ws.rowCount), column: SCORECARD_HEADERS.length },
  };
  pageSetup(ws, 2);
}
