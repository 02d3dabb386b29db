import type ExcelJS from 'exceljs';
import { isKpiCode, normalizeCode } from '../../domain/codes';
import { normalizePeriod } from '../../domain/periods';
import {
  ACTUAL_PREFIX,
  AGGREGATE_LABELS,
  codeOfLabel,
  FREQUENCY_LABELS,
  KPI_HEADERS,
  NOTE_HEADERS,
  POLARITY_LABELS,
  RANGE_SEPARATOR,
  TARGET_PREFIX,
} from '../../export/xlsx/sheets';
import { cellNumber, cellText, headerTexts, type Problems, sameHeaders } from './cells';
import type { ScorecardData } from './scorecards';

/**
 * Reads KPI指標 (definitions, and targets and actuals per period) and 實績說明 back. The
 * scorecard sheets say which KPIs exist and where they belong; this sheet must agree with them.
 */

export type KpiRecord = Record<string, unknown> & { code: string };

export interface TrackingData {
  targets: Record<string, unknown>[];
  actuals: Record<string, unknown>[];
}

function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function targetOf(cell: ExcelJS.Cell): Record<string, unknown> | null {
  const n = cellNumber(cell);
  if (typeof n === 'number') return { value: n };
  const text = cellText(cell);
  if (text === null) return null;
  const range = text.normalize('NFKC').split(new RegExp(`\\s*(?:${RANGE_SEPARATOR}|~|–|—)\\s*`));
  if (range.length === 2 && range.every((x) => x !== '' && Number.isFinite(Number(x)))) {
    return { min: Number(range[0]), max: Number(range[1]) };
  }
  return { stage: text };
}

export function readKpiSheet(
  ws: ExcelJS.Worksheet,
  cards: ScorecardData,
  problems: Problems,
): { kpis: KpiRecord[]; tracking: TrackingData } {
  const first = headerTexts(ws.getRow(1), ws.columnCount);
  const tracking: TrackingData = { targets: [], actuals: [] };
  if (!sameHeaders(first, KPI_HEADERS.slice(0, 5))) {
    problems.add(ws, 'A1', `the header row must start with ${KPI_HEADERS.slice(0, 5).join(' | ')}`);
    return { kpis: [], tracking };
  }
  const defCol = new Map<string, number>();
  const periodCols: { col: number; kind: 'target' | 'actual'; period: string }[] = [];
  for (let c = 1; c <= first.length; c++) {
    const h = cellText(ws.getRow(1).getCell(c));
    if (!h) continue;
    if (KPI_HEADERS.includes(first[c - 1] ?? '')) {
      defCol.set(first[c - 1] ?? '', c);
      continue;
    }
    const kind = h.startsWith(TARGET_PREFIX.trim())
      ? 'target'
      : h.startsWith(ACTUAL_PREFIX.trim())
        ? 'actual'
        : null;
    const period = kind ? normalizePeriod(h.slice(2).trim()) : null;
    if (!kind || !period) {
      problems.add(ws, `${colName(c)}1`, `"${h}" is not a period column (目標 110, 實績 110Q1, …)`);
      continue;
    }
    periodCols.push({ col: c, kind, period });
  }
  const kpis: KpiRecord[] = [];
  const listed = new Set<string>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const raw = cellText(row.getCell(1));
    if (!raw) {
      if (cellText(row.getCell(3))) problems.add(ws, `A${r}`, 'a KPI code is needed (e.g. AC1.1)');
      continue;
    }
    const code = normalizeCode(raw);
    const card = cards.kpis.get(code);
    if (!isKpiCode(code)) {
      problems.add(ws, `A${r}`, `"${raw}" is not a KPI code (e.g. AC1.1)`);
      continue;
    }
    if (!card) {
      problems.add(
        ws,
        `A${r}`,
        `KPI ${code} is on no scorecard sheet; add it to its theme's scorecard first`,
      );
      continue;
    }
    if (listed.has(code)) {
      problems.add(ws, `A${r}`, `KPI ${code} is listed twice`);
      continue;
    }
    listed.add(code);
    const objective = cellText(row.getCell(2));
    if (objective && normalizeCode(objective) !== card.objective) {
      problems.add(
        ws,
        `B${r}`,
        `KPI ${code} belongs to ${card.objective} on ${card.sheet}!${card.cell}, not ${objective}`,
      );
    }
    const name = cellText(row.getCell(3));
    if (name && name !== card.name) {
      problems.add(ws, `C${r}`, `KPI ${code} is named "${card.name}" on ${card.sheet}!${card.cell}`);
    }
    const record: KpiRecord = {
      code,
      objective: card.objective,
      name: card.name,
      formula: cellText(row.getCell(4)),
      unit: cellText(row.getCell(5)),
      ...scoringFields(ws, row, defCol, problems),
      ...noteField(row, defCol),
    };
    problems.at(['kpis', kpis.length], ws, `A${r}`);
    kpis.push(record);
    for (const pc of periodCols) {
      const cell = row.getCell(pc.col);
      if (pc.kind === 'target') {
        const t = targetOf(cell);
        if (t) {
          problems.at(['targets', tracking.targets.length], ws, cell.address);
          tracking.targets.push({ kpi: code, period: pc.period, ...t });
        }
        continue;
      }
      const n = cellNumber(cell);
      const text = cellText(cell);
      if (n === null) continue;
      problems.at(['actuals', tracking.actuals.length], ws, cell.address);
      tracking.actuals.push({
        kpi: code,
        period: pc.period,
        ...(typeof n === 'number' ? { value: n } : { stage: text }),
      });
    }
  }
  // KPIs on a scorecard but missing here keep their place after the listed ones.
  for (const code of cards.kpiOrder) {
    const card = cards.kpis.get(code);
    if (!listed.has(code) && card)
      kpis.push({ code, objective: card.objective, name: card.name, formula: null, unit: null });
  }
  return { kpis, tracking };
}

/** 備註 came after the other definitions; a workbook without the column has no notes. */
function noteField(row: ExcelJS.Row, cols: Map<string, number>): { note?: string } {
  const col = cols.get('備註');
  const text = col ? cellText(row.getCell(col)) : null;
  return text ? { note: text } : {};
}

const LABELLED: [string, string, Record<string, string>][] = [
  ['極性', 'polarity', POLARITY_LABELS],
  ['頻率', 'frequency', FREQUENCY_LABELS],
  ['期間彙總', 'aggregate', AGGREGATE_LABELS],
];
const NUMERIC: [string, string][] = [
  ['權重', 'weight'],
  ['基準值', 'baseline'],
  ['容許差', 'tolerance'],
];

/** The scoring fields of a KPI row; a blank cell leaves the field out, so its default applies. */
function scoringFields(
  ws: ExcelJS.Worksheet,
  row: ExcelJS.Row,
  cols: Map<string, number>,
  problems: Problems,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [header, field, labels] of LABELLED) {
    const col = cols.get(header);
    const text = col ? cellText(row.getCell(col)) : null;
    if (!col || !text) continue;
    const code = codeOfLabel(labels, text);
    if (code) out[field] = code;
    else
      problems.add(
        ws,
        row.getCell(col).address,
        `"${text}" is not a ${header} (${Object.values(labels).join('、')})`,
      );
  }
  for (const [header, field] of NUMERIC) {
    const col = cols.get(header);
    const n = col ? cellNumber(row.getCell(col)) : null;
    if (!col || n === null) continue;
    if (n === 'invalid')
      problems.add(ws, row.getCell(col).address, `"${cellText(row.getCell(col))}" is not a number`);
    else out[field] = n;
  }
  const col = cols.get('里程碑階段');
  const text = col ? cellText(row.getCell(col)) : null;
  if (col && text) {
    const stages = text
      .split(/[、,，\n]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => /^(.+?)\s*([\d.]+)\s*[%％]$/.exec(s.normalize('NFKC')));
    if (stages.some((m) => !m)) {
      problems.add(
        ws,
        row.getCell(col).address,
        `"${text}" must list stages as 名稱 百分比, e.g. 招標 25%、完工 75%、啟用 100%`,
      );
    } else out.stages = stages.map((m) => ({ name: (m?.[1] ?? '').trim(), percent: Number(m?.[2]) }));
  }
  return out;
}

/** 實績說明: formula inputs, notes and evidence, joined to the actual of the same KPI and period. */
export function readNotesSheet(ws: ExcelJS.Worksheet, tracking: TrackingData, problems: Problems): void {
  if (!sameHeaders(headerTexts(ws.getRow(1), NOTE_HEADERS.length), NOTE_HEADERS)) {
    problems.add(ws, 'A1', `the header row must be ${NOTE_HEADERS.join(' | ')}`);
    return;
  }
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const kpiRaw = cellText(row.getCell(1));
    const periodRaw = cellText(row.getCell(2));
    if (!kpiRaw && !periodRaw) continue;
    const kpi = kpiRaw ? normalizeCode(kpiRaw) : '';
    const period = periodRaw ? normalizePeriod(periodRaw) : null;
    if (!isKpiCode(kpi)) {
      problems.add(ws, `A${r}`, `"${kpiRaw ?? ''}" is not a KPI code`);
      continue;
    }
    if (!period) {
      problems.add(ws, `B${r}`, `"${periodRaw ?? ''}" is not a period (110, 110H1, 110Q1, 110M01)`);
      continue;
    }
    let actual = tracking.actuals.find((a) => a.kpi === kpi && a.period === period);
    if (!actual) {
      actual = { kpi, period };
      tracking.actuals.push(actual);
    }
    const inputs = cellText(row.getCell(3));
    if (inputs) {
      const record: Record<string, number> = {};
      for (const part of inputs
        .split(/[；;\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = /^(.+?)\s*[=＝]\s*(.+)$/.exec(part);
        const value = m ? Number((m[2] ?? '').normalize('NFKC').replace(/,/g, '')) : Number.NaN;
        if (!m || !Number.isFinite(value)) {
          problems.add(ws, `C${r}`, `"${part}" is not an input written as 名稱=數值`);
          continue;
        }
        record[(m[1] ?? '').trim()] = value;
      }
      actual.inputs = record;
    }
    const fields = ['note', 'evidence', 'explanation', 'correctiveAction'];
    fields.forEach((field, i) => {
      const text = cellText(row.getCell(4 + i));
      if (text && actual) actual[field] = text;
    });
  }
}
