import {
  comparePeriods,
  type Frequency,
  formatPeriod,
  periodFrequency,
  periodsOfYear,
} from '../../../../src/domain/periods';
import type { Results, TargetRecord, TrackedKpi } from './types';

/** What a target cell holds: a value, a band (range KPIs) or a stage (milestones). */
export interface TargetCell {
  value: number | null;
  min: number | null;
  max: number | null;
  stage: string | null;
}

export type CellKind = 'value' | 'band' | 'stage';

export const EMPTY_CELL: TargetCell = { value: null, min: null, max: null, stage: null };

export const cellKey = (code: string, period: string) => `${code}@${period}`;

/** How a KPI's target is written: range KPIs take a band, milestones a stage, the rest a number. */
export function cellKind(kpi: Pick<TrackedKpi, 'polarity' | 'stages'>): CellKind {
  if (kpi.polarity === 'range') return 'band';
  if (kpi.polarity === 'milestone' && (kpi.stages ?? []).length > 0) return 'stage';
  return 'value';
}

const frequencyOf = (kpi: Pick<TrackedKpi, 'frequency'>): Frequency =>
  (['half', 'quarter', 'month'] as const).find((f) => f === kpi.frequency) ?? 'year';

/** A KPI takes a target for the year and for each period of its frequency (once a year when it has none). */
export function appliesTo(kpi: Pick<TrackedKpi, 'frequency'>, period: string): boolean {
  const f = periodFrequency(period);
  return f === 'year' || f === frequencyOf(kpi);
}

/**
 * The grid's columns: the year first (the target most KPIs have), then the periods of every
 * frequency the plan's KPIs report at and any other period a stored target was set for (so
 * nothing stored is hidden), in the order results come in.
 */
export function targetPeriods(results: Pick<Results, 'year' | 'kpis' | 'targets'>): string[] {
  const year = String(results.year);
  const periods = new Set<string>();
  for (const f of new Set(results.kpis.map(frequencyOf))) {
    for (const p of periodsOfYear(results.year, f)) periods.add(formatPeriod(p));
  }
  for (const t of results.targets) periods.add(t.period);
  periods.delete(year);
  return [year, ...[...periods].sort(comparePeriods)];
}

export type CellProblem = 'bandIncomplete' | 'bandReversed';

/** What is wrong with a band before it is sent, by field; the server says the same in English. */
export function cellProblems(cell: TargetCell): Record<string, CellProblem> {
  if ((cell.min == null) !== (cell.max == null))
    return { [cell.min == null ? 'min' : 'max']: 'bandIncomplete' };
  if (cell.min != null && cell.max != null && cell.min > cell.max) return { max: 'bandReversed' };
  return {};
}

/** Every stored target of the plan as cells, keyed by KPI code and period. */
export function storedCells(targets: TargetRecord[]): Map<string, TargetCell & { version: number }> {
  return new Map(
    targets.map((t) => [
      cellKey(t.kpi, t.period),
      { value: t.value, min: t.min, max: t.max, stage: t.stage, version: t.version },
    ]),
  );
}

const same = (a: TargetCell, b: TargetCell) =>
  a.value === b.value && a.min === b.min && a.max === b.max && (a.stage ?? null) === (b.stage ?? null);

const isEmpty = (c: TargetCell) => same(c, EMPTY_CELL);

/**
 * The cells the user changed, as `PUT /targets` entries (an emptied stored cell is sent empty,
 * which removes it); `keys[i]` is the cell of entry i, to put the API's issues back at it.
 */
export function changedTargets(
  edits: Map<string, TargetCell>,
  stored: Map<string, TargetCell & { version: number }>,
): { entries: Record<string, unknown>[]; keys: string[] } {
  const entries: Record<string, unknown>[] = [];
  const keys: string[] = [];
  for (const [key, cell] of edits) {
    const before = stored.get(key);
    if (before ? same(cell, before) : isEmpty(cell)) continue;
    const at = key.lastIndexOf('@');
    const entry: Record<string, unknown> = {
      kpi: key.slice(0, at),
      period: key.slice(at + 1),
      value: cell.value,
      min: cell.min,
      max: cell.max,
      stage: cell.stage,
    };
    if (before) entry.version = before.version;
    entries.push(entry);
    keys.push(key);
  }
  return { entries, keys };
}

/** The API's issues (`targets.3.max`) per cell and field ('' for the cell as a whole). */
export function cellIssues(
  issues: { path: string; message: string }[],
  keys: string[],
): Map<string, Record<string, string[]>> {
  const out = new Map<string, Record<string, string[]>>();
  for (const issue of issues) {
    const m = /^targets\.(\d+)(?:\.(\w+))?/.exec(issue.path);
    const key = m ? keys[Number(m[1])] : undefined;
    if (!key) continue;
    const field = m?.[2] === 'kpi' || m?.[2] === 'period' ? '' : (m?.[2] ?? '');
    const fields = out.get(key) ?? {};
    fields[field] = [...(fields[field] ?? []), issue.message];
    out.set(key, fields);
  }
  return out;
}

/** A target as the grid prints it when it cannot be edited: 95, 4–6, 啟用. */
export function cellText(cell: TargetCell | undefined): string {
  if (!cell) return '';
  if (cell.value != null) return String(cell.value);
  if (cell.min != null && cell.max != null) return `${cell.min}–${cell.max}`;
  return cell.stage ?? '';
}
