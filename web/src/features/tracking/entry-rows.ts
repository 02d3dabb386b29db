import { parseFormula } from '../../../../src/domain/formula';
import type { ActualRecord, Results, TargetRecord, TrackedKpi } from './types';

/** One line of the entry grid: a KPI and what the reporter typed for the period. */
export interface EntryRow {
  kpi: TrackedKpi;
  /** The formula's variables when the value is computed from inputs; empty otherwise. */
  variables: string[];
  target: TargetRecord | undefined;
  stored: ActualRecord | undefined;
  value: number | null;
  /** The stage reached, for a milestone KPI. */
  stage: string | null;
  inputs: Record<string, number | null>;
  note: string;
  evidence: string;
  explanation: string;
  correctiveAction: string;
}

/** The target a row is scored against, as written: 95, 4–6 or a stage. */
export function targetText(row: Pick<EntryRow, 'target'>): string {
  const t = row.target;
  if (!t) return '—';
  if (t.value != null) return String(t.value);
  if (t.min != null && t.max != null) return `${t.min}–${t.max}`;
  return t.stage ?? '—';
}

const TEXT_FIELDS = ['note', 'evidence', 'explanation', 'correctiveAction'] as const;

/** The grid for a period: every KPI with its target (the period's, else the year's) and stored actual. */
export function entryRows(results: Results, period: string): EntryRow[] {
  const year = period.replace(/[HQM]\d+$/, '');
  return results.kpis.map((kpi) => {
    const parsed = kpi.formula ? parseFormula(kpi.formula) : null;
    const variables = parsed?.ok && parsed.formula.variables.length > 1 ? parsed.formula.variables : [];
    const stored = results.actuals.find((a) => a.kpi === kpi.code && a.period === period);
    const target =
      results.targets.find((t) => t.kpi === kpi.code && t.period === period) ??
      results.targets.find((t) => t.kpi === kpi.code && t.period === year);
    return {
      kpi,
      variables,
      target,
      stored,
      value: stored?.value ?? null,
      stage: stored?.stage ?? null,
      inputs: Object.fromEntries(variables.map((v) => [v, stored?.inputs?.[v] ?? null])),
      note: stored?.note ?? '',
      evidence: stored?.evidence ?? '',
      explanation: stored?.explanation ?? '',
      correctiveAction: stored?.correctiveAction ?? '',
    };
  });
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/** Rows the reporter changed, as `PUT /actuals` entries; `index` maps an entry back to its row. */
export function changedEntries(rows: EntryRow[], original: EntryRow[]) {
  const entries: Record<string, unknown>[] = [];
  const index: number[] = [];
  rows.forEach((row, i) => {
    const before = original[i];
    const inputsComplete = row.variables.length > 0 && row.variables.every((v) => row.inputs[v] != null);
    const changed =
      row.value !== before?.value ||
      row.stage !== before?.stage ||
      JSON.stringify(row.inputs) !== JSON.stringify(before?.inputs) ||
      TEXT_FIELDS.some((f) => row[f] !== before?.[f]);
    if (!changed) return;
    if (row.value === null && row.stage === null && !inputsComplete && !row.stored) return;
    const entry: Record<string, unknown> = { kpi: row.kpi.code };
    if (inputsComplete) entry.inputs = row.inputs;
    else if (row.stage !== null) entry.stage = row.stage;
    else if (row.value !== null) entry.value = row.value;
    for (const f of TEXT_FIELDS) entry[f] = blank(row[f]);
    if (row.stored) entry.version = row.stored.version;
    entries.push(entry);
    index.push(i);
  });
  return { entries, index };
}

/** The API's issues (`actuals.3.correctiveAction`) per grid row and field. */
export function rowIssues(
  issues: { path: string; message: string }[],
  index: number[],
): Map<number, Record<string, string[]>> {
  const out = new Map<number, Record<string, string[]>>();
  for (const issue of issues) {
    const m = /^actuals\.(\d+)(?:\.(\w+))?/.exec(issue.path);
    if (!m) continue;
    const row = index[Number(m[1])];
    if (row === undefined) continue;
    const field = m[2] ?? '';
    const fields = out.get(row) ?? {};
    fields[field] = [...(fields[field] ?? []), issue.message];
    out.set(row, fields);
  }
  return out;
}
