import ExcelJS from 'exceljs';
import { parseFormula } from '../../domain/formula';
import { formatPeriod, parsePeriod, periodContains } from '../../domain/periods';
import type { PlanDocument, TargetDoc } from '../../domain/plan-document';
import { type CsvCell, safeWorkbook, toCsvText } from '../../export/safe-cell';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import type { ExportedFile } from '../exports/export-plan';
import { getPlanDocument } from '../plans/get-plan';

export const TEMPLATE_FORMATS = ['csv', 'xlsx'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

/** Headings the upload reads back (`import/actuals-sheet.ts`); 指標名稱 and 目標值 are for the reporter only. */
const HEAD = {
  kpi: '指標代碼',
  name: '指標名稱',
  period: '期別',
  target: '目標值',
  value: '實績值',
  stage: '階段',
  note: '備註',
  evidence: '佐證資料',
  explanation: '未達原因',
  correctiveAction: '改善措施',
} as const;

export interface TemplateTable {
  heading: string[];
  /** Texts and numbers: a target of 85 stays a number in both formats. */
  rows: CsvCell[][];
  /** Formula inputs among the headings, with the KPIs whose formula names them. */
  inputs: Map<string, string[]>;
  /** Columns the upload ignores (name, target), shaded in the workbook. */
  reference: number[];
}

const targetCell = (t: TargetDoc | undefined): CsvCell => {
  if (!t) return '';
  if (t.value != null) return t.value;
  if (t.min != null && t.max != null) return `${t.min}–${t.max}`;
  return t.stage ?? '';
};

/**
 * A sheet to fill in for one period: a line per KPI of the plan with its name and target, the
 * value column, a column per formula input (for KPIs whose value is computed), a stage column
 * when a KPI is a milestone, and the note, evidence, explanation and 改善措施 columns. Lines left
 * empty are skipped by the upload.
 */
export function templateTable(doc: PlanDocument, period: string): TemplateTable {
  const inputs = new Map<string, string[]>();
  for (const k of doc.kpis) {
    const parsed = k.formula ? parseFormula(k.formula) : null;
    if (!parsed?.ok || parsed.formula.variables.length < 2) continue;
    for (const v of parsed.formula.variables) inputs.set(v, [...(inputs.get(v) ?? []), k.code]);
  }
  const milestones = doc.kpis.some((k) => (k.stages ?? []).length > 0);
  const heading = [
    HEAD.kpi,
    HEAD.name,
    HEAD.period,
    HEAD.target,
    HEAD.value,
    ...(milestones ? [HEAD.stage] : []),
    ...inputs.keys(),
    HEAD.note,
    HEAD.evidence,
    HEAD.explanation,
    HEAD.correctiveAction,
  ];
  const targets = doc.targets ?? [];
  // The period's own target, else the shortest period containing it (the year's), as scoring does.
  const targetOf = (code: string) =>
    targets
      .filter((t) => t.kpi === code && periodContains(t.period, period))
      .sort((a, b) => (periodContains(a.period, b.period) ? 1 : -1))[0];
  const rows = doc.kpis.map((k) => {
    const row: CsvCell[] = heading.map(() => '');
    row[0] = k.code;
    row[1] = k.name;
    row[2] = period;
    row[3] = targetCell(targetOf(k.code));
    return row;
  });
  return { heading, rows, inputs, reference: [1, 3] };
}

/** RFC 4180 with a BOM and CRLF, which Excel opens as UTF-8 in Taiwan's locale too. */
export function toCsv(table: TemplateTable): string {
  return toCsvText([table.heading, ...table.rows]);
}

async function toXlsx(table: TemplateTable, title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('實績填報', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.addRow(table.heading);
  for (const row of table.rows) sheet.addRow(row);
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.eachCell((cell, col) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
    const kpis = table.inputs.get(String(cell.value));
    if (kpis) cell.note = `公式數據（${kpis.join('、')}）`;
    sheet.getColumn(col).width = col === 2 ? 40 : Math.max(10, String(cell.value).length * 2 + 4);
  });
  for (const col of table.reference) {
    sheet.getColumn(col + 1).eachCell((cell, row) => {
      if (row > 1) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    });
  }
  // Codes and periods stay text: 110 must not become a number formatted by Excel.
  sheet.getColumn(1).numFmt = '@';
  sheet.getColumn(3).numFmt = '@';
  workbook.title = title;
  safeWorkbook(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The template for a period of a plan the caller may read, as CSV or XLSX. */
export async function actualsTemplate(
  ctx: ServiceContext,
  planId: number,
  periodText: string,
  format: TemplateFormat,
): Promise<ExportedFile> {
  const doc = await getPlanDocument(ctx, planId);
  const parsed = parsePeriod(periodText);
  if (!parsed.ok) {
    throw new AppError('validation', parsed.error.en, [{ path: 'period', message: parsed.error.en }]);
  }
  if (parsed.period.year !== doc.year) {
    const message = `period ${periodText} is not in the plan's year ${doc.year}`;
    throw new AppError('validation', message, [{ path: 'period', message }]);
  }
  const period = formatPeriod(parsed.period);
  const table = templateTable(doc, period);
  const base = `${doc.org.name}-${period}-實績填報`;
  if (format === 'csv') {
    return {
      fileName: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      bytes: new TextEncoder().encode(toCsv(table)),
    };
  }
  return {
    fileName: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await toXlsx(table, base),
  };
}
