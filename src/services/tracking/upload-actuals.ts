import { normalizePeriod } from '../../domain/periods';
import {
  ACTUAL_FIELDS,
  type ActualField,
  type ActualsSheet,
  type Cell,
  numberOfCell,
  readActualsSheet,
  SheetError,
} from '../../import/actuals-sheet';
import type { ServiceContext } from '../context';
import { AppError, type FieldIssue } from '../errors';
import { inTransaction } from '../shared/transaction';
import { type ActualEntry, type StoredActual, storeActuals } from './store-actuals';
import { requirePlanForActuals } from './tracking-access';

export interface RowError {
  /** Row number as the spreadsheet shows it. */
  row: number;
  /** The column's heading as written in the file (or the field's name when the column is missing). */
  column: string;
  message: string;
}

export interface UploadOutcome {
  file: string;
  stored: StoredActual[];
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? null : String(c).trim() || null);

/**
 * Stores the actuals of an uploaded CSV or XLSX sheet, all or nothing: when any row is wrong
 * (unknown code, wrong period, not a number, red without explanation and corrective action …)
 * nothing is stored and every problem is listed by row and column. A file replaces what was
 * stored for its KPIs and periods (the audit trail keeps what it replaced).
 */
export async function uploadActuals(
  ctx: ServiceContext,
  planId: number,
  bytes: Uint8Array,
  fileName: string,
  options: { period?: string } = {},
): Promise<UploadOutcome> {
  let sheet: ActualsSheet;
  try {
    sheet = await readActualsSheet(bytes, fileName);
  } catch (error) {
    if (error instanceof SheetError) throw new AppError('validation', error.message);
    throw error;
  }
  const columnOf = (field: string) =>
    (ACTUAL_FIELDS as readonly string[]).includes(field)
      ? (sheet.columns[field as ActualField] ?? field)
      : `${field}`;
  const errors: RowError[] = [];
  const entries: ActualEntry[] = [];
  const rowOfEntry: number[] = [];

  for (const r of sheet.rows) {
    const add = (column: string, message: string) => errors.push({ row: r.row, column, message });
    const given = text(r.fields.period);
    const period = given ?? options.period ?? null;
    // Compared as periods, so 110q1 in a row matches --period 110Q1.
    if (options.period && given && normalizePeriod(given) !== normalizePeriod(options.period)) {
      add(columnOf('period'), `period ${given} is not the period being uploaded (${options.period})`);
      continue;
    }
    let value: number | null = null;
    if (text(r.fields.value) !== null) {
      value = numberOfCell(r.fields.value ?? null);
      if (value === null) add(columnOf('value'), `"${text(r.fields.value)}" is not a number`);
    }
    const inputs: Record<string, number> = {};
    for (const [name, cell] of Object.entries(r.inputs)) {
      const n = numberOfCell(cell);
      if (n === null) add(name, `"${text(cell)}" is not a number`);
      else inputs[name] = n;
    }
    if (errors.some((e) => e.row === r.row)) continue;
    rowOfEntry.push(r.row);
    entries.push({
      kpi: text(r.fields.kpi) ?? '',
      period,
      value,
      stage: text(r.fields.stage),
      inputs: value === null ? inputs : null,
      note: text(r.fields.note),
      evidence: text(r.fields.evidence),
      explanation: text(r.fields.explanation),
      correctiveAction: text(r.fields.correctiveAction),
    });
  }
  if (entries.length === 0 && errors.length === 0) {
    throw new AppError('validation', `${fileName}: the sheet has a heading but no rows of actuals`);
  }

  const where = new Map<string, { row: number; column: string }>();
  const stored = await inTransaction(ctx, async (tx) => {
    const plan = await requirePlanForActuals(tx, ctx, planId);
    let result: StoredActual[] = [];
    try {
      result = await storeActuals(tx, ctx, plan, entries, {
        requireVersion: false,
        pathOf: (i, field) => {
          const row = rowOfEntry[i] as number;
          const column = columnOf(field === 'inputs' ? 'value' : field);
          const path = `row ${row}, ${column}`;
          where.set(path, { row, column });
          return path;
        },
        action: 'actuals.upload',
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.kind !== 'validation') throw error;
      for (const issue of error.issues) {
        const at = where.get(issue.path);
        errors.push({ row: at?.row ?? 0, column: at?.column ?? issue.path, message: issue.message });
      }
    }
    // Throwing inside the transaction rolls back whatever the valid rows wrote.
    if (errors.length > 0) throw rowRefusal(fileName, errors);
    return result;
  });
  return { file: fileName, stored };
}

function rowRefusal(fileName: string, errors: RowError[]): AppError {
  errors.sort((a, b) => a.row - b.row);
  const issues: FieldIssue[] = errors.map((e) => ({ path: `row ${e.row}, ${e.column}`, message: e.message }));
  const rows = new Set(errors.map((e) => e.row)).size;
  return new AppError(
    'validation',
    `${fileName}: ${errors.length} problem(s) in ${rows} row(s); nothing was stored`,
    issues,
    { rowErrors: errors },
  );
}
