import { normalizeCode } from '../../domain/codes';
import { evaluateFormula, parseFormula } from '../../domain/formula';
import { formatPeriod, normalizePeriod, parsePeriod } from '../../domain/periods';
import {
  ACTUAL_FIELDS,
  type ActualField,
  type ActualsSheet,
  type Cell,
  numberOfCell,
} from '../../import/actuals-sheet';
import type { ActualEntry } from './store-actuals';

/**
 * Stable names of what can be wrong with a row of an uploaded sheet. The API's `message` is
 * English (CLI, logs); clients say the problem in their own language from `code` and `params`.
 */
export const ROW_ERROR_CODES = [
  'missing_kpi',
  'unknown_kpi',
  'missing_period',
  'invalid_period',
  'period_other_year',
  'period_mismatch',
  'duplicate',
  'not_a_number',
  'unknown_stage',
  'no_formula',
  'formula_error',
  'missing_value',
  'red_needs_explanation',
  'red_needs_corrective_action',
  'invalid',
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

export interface RowError {
  /** Row number as the spreadsheet shows it. */
  row: number;
  /** The column's heading as written in the file (or the field's name when the column is missing). */
  column: string;
  code: RowErrorCode;
  /** What the message names: kpi, period, expected, year, text, stages, detailZh … */
  params: Record<string, string | number>;
  message: string;
}

/** What a row needs to know of a KPI of the plan. */
export interface UploadKpi {
  code: string;
  formula: string | null;
  stages: { name: string }[] | null;
}

export interface CheckedRows {
  entries: ActualEntry[];
  /** The sheet row of each entry. */
  rowOfEntry: number[];
  errors: RowError[];
  /** Rows naming a KPI and nothing else (a template's unfilled lines): nothing to store. */
  skipped: number[];
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? null : String(c).trim() || null);

/** The heading a field has in this file, for messages. */
export function columnOf(sheet: ActualsSheet, field: string): string {
  return (ACTUAL_FIELDS as readonly string[]).includes(field)
    ? (sheet.columns[field as ActualField] ?? field)
    : field;
}

/**
 * Checks every row of a sheet against the plan's KPIs and year, all rows at once, so a file
 * comes back with every problem it has rather than the first. Rows without problems become
 * entries for `storeActuals`, which still judges what needs the stored results (red lights).
 */
export function checkSheetRows(
  sheet: ActualsSheet,
  kpis: UploadKpi[],
  planYear: number,
  uploadPeriod: string | undefined,
): CheckedRows {
  const kpiByCode = new Map(kpis.map((k) => [k.code, k]));
  const out: CheckedRows = { entries: [], rowOfEntry: [], errors: [], skipped: [] };
  const seen = new Map<string, number>();

  for (const r of sheet.rows) {
    const errors: RowError[] = [];
    const add = (field: string, code: RowErrorCode, params: RowError['params'], message: string) =>
      errors.push({ row: r.row, column: columnOf(sheet, field), code, params, message });
    const f = r.fields;
    const given = {
      value: text(f.value),
      stage: text(f.stage),
      note: text(f.note),
      evidence: text(f.evidence),
      explanation: text(f.explanation),
      correctiveAction: text(f.correctiveAction),
    };
    const hasInputs = Object.keys(r.inputs).length > 0;
    const kpiText = text(f.kpi);
    if (!hasInputs && Object.values(given).every((v) => v === null)) {
      if (kpiText !== null) out.skipped.push(r.row);
      continue;
    }

    let kpi: UploadKpi | undefined;
    if (kpiText === null) add('kpi', 'missing_kpi', {}, 'the row has results but no KPI code');
    else {
      kpi = kpiByCode.get(normalizeCode(kpiText));
      if (!kpi) {
        add(
          'kpi',
          'unknown_kpi',
          { kpi: kpiText },
          `unknown KPI code "${kpiText}": the plan has no such KPI`,
        );
      }
    }

    const period = periodOfRow(text(f.period), uploadPeriod, planYear, (code, params, message) =>
      add('period', code, params, message),
    );

    let value: number | null = null;
    if (given.value !== null) {
      value = numberOfCell(f.value ?? null);
      if (value === null)
        add('value', 'not_a_number', { text: given.value }, `"${given.value}" is not a number`);
    }
    const inputs: Record<string, number> = {};
    for (const [name, cell] of Object.entries(r.inputs)) {
      const n = numberOfCell(cell);
      if (n === null)
        add(name, 'not_a_number', { text: String(text(cell)) }, `"${text(cell)}" is not a number`);
      else inputs[name] = n;
    }

    if (kpi && period !== null) {
      const key = `${kpi.code}@${period}`;
      const first = seen.get(key);
      if (first !== undefined) {
        add(
          'kpi',
          'duplicate',
          { kpi: kpi.code, period, first },
          `${kpi.code} ${period} is also in row ${first}`,
        );
      } else seen.set(key, r.row);
    }
    if (kpi && given.stage !== null && value === null) {
      const stage = given.stage.normalize('NFC');
      const names = (kpi.stages ?? []).map((s) => s.name);
      if (!names.includes(stage)) {
        const list = names.join('、');
        add(
          'stage',
          'unknown_stage',
          { kpi: kpi.code, stage, stages: list },
          `stage "${stage}" is not one of the stages of ${kpi.code} (${list || 'none'})`,
        );
      }
    }
    if (kpi && value === null && given.stage === null && hasInputs && errors.length === 0) {
      checkInputs(kpi, inputs, (code, params, message) => add('value', code, params, message));
    }

    if (errors.length > 0) {
      out.errors.push(...errors);
      continue;
    }
    out.rowOfEntry.push(r.row);
    out.entries.push({
      kpi: kpi?.code ?? '',
      period,
      value,
      stage: value === null ? given.stage : null,
      inputs: value === null && hasInputs ? inputs : null,
      note: given.note,
      evidence: given.evidence,
      explanation: given.explanation,
      correctiveAction: given.correctiveAction,
    });
  }
  return out;
}

type Report = (code: RowErrorCode, params: RowError['params'], message: string) => void;

/** The row's period (its own, else the upload's), canonical, in the plan's year; null when wrong. */
function periodOfRow(
  given: string | null,
  uploadPeriod: string | undefined,
  planYear: number,
  report: Report,
): string | null {
  // Compared as periods, so 110q1 in a row matches --period 110Q1.
  if (given !== null && uploadPeriod && normalizePeriod(given) !== normalizePeriod(uploadPeriod)) {
    report(
      'period_mismatch',
      { period: given, expected: uploadPeriod },
      `period ${given} is not the period being uploaded (${uploadPeriod})`,
    );
    return null;
  }
  const raw = given ?? uploadPeriod ?? null;
  if (raw === null) {
    report('missing_period', {}, 'a period is required, e.g. 110Q1 (or choose the period of the upload)');
    return null;
  }
  const r = parsePeriod(raw);
  if (!r.ok) {
    report('invalid_period', { period: raw, detailZh: r.error.zh }, r.error.en);
    return null;
  }
  if (r.period.year !== planYear) {
    report(
      'period_other_year',
      { period: raw, year: planYear },
      `period ${raw} is not in the plan's year ${planYear}`,
    );
    return null;
  }
  return formatPeriod(r.period);
}

/** The formula computes from these inputs, or the row says why it cannot. */
function checkInputs(kpi: UploadKpi, inputs: Record<string, number>, report: Report): void {
  if (!kpi.formula) {
    report('no_formula', { kpi: kpi.code }, `${kpi.code} has no formula; enter its value instead`);
    return;
  }
  const parsed = parseFormula(kpi.formula);
  const result = parsed.ok ? evaluateFormula(parsed.formula, inputs) : parsed;
  if (!result.ok) {
    report(
      'formula_error',
      { kpi: kpi.code, detailZh: result.error.message.zh },
      `${kpi.code}: ${result.error.message.en}`,
    );
  }
}

/** The code of a problem `storeActuals` found at an entry's field. */
export function codeOfStoreIssue(field: string): RowErrorCode {
  const byField: Record<string, RowErrorCode> = {
    kpi: 'unknown_kpi',
    period: 'invalid_period',
    value: 'missing_value',
    stage: 'unknown_stage',
    inputs: 'formula_error',
    explanation: 'red_needs_explanation',
    correctiveAction: 'red_needs_corrective_action',
  };
  return byField[field] ?? 'invalid';
}
