import { eq } from 'drizzle-orm';
import { kpis } from '../../db/schema';
import { normalizePeriod } from '../../domain/periods';
import type { ActualsSheet } from '../../import/actuals-sheet';
import { SheetError } from '../../import/sheet-error';
import { offThread } from '../../import/workers/parse-off-thread';
import { PoolLimitError } from '../../import/workers/worker-pool';
import type { ServiceContext } from '../context';
import { AppError, type FieldIssue } from '../errors';
import { appErrorOfBusyParser } from '../imports/read-document';
import { inTransaction } from '../shared/transaction';
import { type StoredActual, storeActuals } from './store-actuals';
import { requirePlanForActuals } from './tracking-access';
import { checkSheetRows, codeOfStoreIssue, columnOf, type RowError } from './upload-rows';

export type { RowError, RowErrorCode } from './upload-rows';

export interface UploadOutcome {
  file: string;
  stored: StoredActual[];
  /** Rows that name a KPI and give nothing to store (a template's unfilled lines). */
  skipped: number[];
}

/**
 * Stores the actuals of an uploaded CSV or XLSX sheet, all or nothing: when any row is wrong
 * (unknown code, wrong period, not a number, red without explanation and corrective action …)
 * nothing is stored and every problem is listed by row and column, each with a stable `code`
 * (`details.rowErrors`) for clients to say it in their language. A file replaces what was
 * stored for its KPIs and periods (the audit trail keeps what it replaced). A file that cannot be
 * read as a sheet at all is refused with `details.fileError` ({ code, params }) instead. The sheet
 * is parsed in a worker thread within a time and memory limit (src/import/workers).
 */
export async function uploadActuals(
  ctx: ServiceContext,
  planId: number,
  bytes: Uint8Array,
  fileName: string,
  options: { period?: string } = {},
): Promise<UploadOutcome> {
  if (options.period !== undefined && normalizePeriod(options.period) === null) {
    throw new AppError(
      'validation',
      `period "${options.period}" is not a period; write 110Q1, 110H1, 110M01 or 110`,
      [{ path: 'period', message: 'write 110Q1, 110H1, 110M01 or 110' }],
      { code: 'invalid_period' },
    );
  }
  let sheet: ActualsSheet;
  try {
    sheet = await offThread().readActualsSheet(bytes, fileName);
  } catch (error) {
    if (error instanceof SheetError) {
      // A file too large or too complex to read is a size problem (413), not a malformed one.
      throw new AppError(error.tooLarge ? 'too_large' : 'validation', error.message, [], {
        code: 'unreadable',
        fileError: { code: error.code, params: error.params },
      });
    }
    if (error instanceof PoolLimitError && error.reason === 'busy') throw appErrorOfBusyParser(error);
    throw error;
  }

  const outcome = await inTransaction(ctx, async (tx) => {
    const plan = await requirePlanForActuals(tx, ctx, planId);
    const planKpis = await tx
      .select({ code: kpis.code, formula: kpis.formula, stages: kpis.stages })
      .from(kpis)
      .where(eq(kpis.planId, plan.id));
    const checked = checkSheetRows(sheet, planKpis, plan.year, options.period);
    const { entries, rowOfEntry, errors, skipped } = checked;
    if (entries.length === 0 && errors.length === 0) {
      throw new AppError(
        'validation',
        `${fileName}: the sheet has no rows of actuals to store${skipped.length ? ` (${skipped.length} row(s) name a KPI but give no value)` : ''}`,
        [],
        { code: 'no_rows', skipped, fileError: { code: 'no_rows', params: { skipped: skipped.length } } },
      );
    }
    const where = new Map<string, { entry: number; field: string }>();
    let stored: StoredActual[] = [];
    try {
      stored = await storeActuals(tx, ctx, plan, entries, {
        requireVersion: false,
        pathOf: (i, field) => {
          const path = `row ${rowOfEntry[i]}, ${columnOf(sheet, field === 'inputs' ? 'value' : field)}`;
          where.set(path, { entry: i, field });
          return path;
        },
        action: 'actuals.upload',
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.kind !== 'validation') throw error;
      for (const issue of error.issues) errors.push(rowErrorOfIssue(issue, where, entries, rowOfEntry));
    }
    // Throwing inside the transaction rolls back whatever the valid rows wrote.
    if (errors.length > 0) throw rowRefusal(fileName, errors);
    return { stored, skipped };
  });
  return { file: fileName, ...outcome };
}

/** A problem `storeActuals` reported at `row 5, 改善措施`, as a row error with its code. */
function rowErrorOfIssue(
  issue: FieldIssue,
  where: Map<string, { entry: number; field: string }>,
  entries: { kpi: string; period?: string | null }[],
  rowOfEntry: number[],
): RowError {
  const at = where.get(issue.path);
  if (!at) return { row: 0, column: issue.path, code: 'invalid', params: {}, message: issue.message };
  const entry = entries[at.entry];
  const column = issue.path.slice(issue.path.indexOf(', ') + 2);
  return {
    row: rowOfEntry[at.entry] ?? 0,
    column,
    code: codeOfStoreIssue(at.field),
    params: { kpi: entry?.kpi ?? '', period: entry?.period ?? '' },
    message: issue.message,
  };
}

function rowRefusal(fileName: string, errors: RowError[]): AppError {
  errors.sort((a, b) => a.row - b.row);
  const issues: FieldIssue[] = errors.map((e) => ({ path: `row ${e.row}, ${e.column}`, message: e.message }));
  const rows = new Set(errors.map((e) => e.row)).size;
  return new AppError(
    'validation',
    `${fileName}: ${errors.length} problem(s) in ${rows} row(s); nothing was stored`,
    issues,
    { code: 'row_errors', rowErrors: errors },
  );
}
