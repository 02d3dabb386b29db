import { evaluateFormula } from '../formula/evaluate';
import { parseFormula } from '../formula/parse';
import type { Formula, Message } from '../formula/types';
import { comparePeriods, type Period, periodContains, periodMonths, toPeriod } from '../periods';
import type { Actual, Aggregate, ScoringKpi, Target, TargetValue } from './types';

/** An entry (target or actual) with its period already read. */
export interface Dated<T> {
  period: Period;
  entry: T;
}

export type Resolved<V> = { value: V; from: string[] } | { value: null; problem: Message };

const length = (p: Period) => {
  const m = periodMonths(p);
  return m.last - m.first;
};

/**
 * The entries that stand for a longer period made of shorter ones: the latest one, or for a
 * sum the entries of the coarsest frequency present (H1+H2 rather than H1+H2+Q1…, which would
 * count twice).
 */
function within<T>(entries: Dated<T>[], period: Period, aggregate: Aggregate): Dated<T>[] {
  const inside = entries.filter((e) => periodContains(period, e.period));
  if (inside.length === 0) return [];
  if (aggregate === 'last') {
    return [inside.reduce((a, b) => (comparePeriods(a.period, b.period) >= 0 ? a : b))];
  }
  const coarsest = Math.max(...inside.map((e) => length(e.period)));
  return inside.filter((e) => length(e.period) === coarsest);
}

function targetValue(kpi: ScoringKpi, t: Target): TargetValue | Message {
  if (t.min != null && t.max != null && (kpi.polarity === 'range' || t.value == null)) {
    return { min: t.min, max: t.max };
  }
  if (t.value != null) return t.value;
  if (t.stage != null) return stagePercent(kpi, t.stage);
  return { zh: '目標值沒有數值', en: 'the target has no value' };
}

function stagePercent(kpi: ScoringKpi, stage: string): number | Message {
  const name = stage.normalize('NFC').trim();
  const found = kpi.stages?.find((s) => s.name === name);
  if (found) return found.percent;
  return {
    zh: `里程碑「${name}」不在指標 ${kpi.code} 的階段中`,
    en: `stage "${name}" is not one of the stages of KPI ${kpi.code}`,
  };
}

/**
 * The target of a KPI for a period: its own target, else the target of the shortest period
 * containing it (a year target stands for each quarter), else what the targets of its
 * sub-periods make by the KPI's aggregate (the last one, or their sum).
 */
export function resolveTarget(
  kpi: ScoringKpi,
  targets: Dated<Target>[],
  period: Period,
): Resolved<TargetValue> {
  const enclosing = targets
    .filter((t) => periodContains(t.period, period))
    .sort((a, b) => length(a.period) - length(b.period));
  const picked =
    enclosing.length > 0 ? enclosing.slice(0, 1) : within(targets, period, kpi.aggregate ?? 'last');
  if (picked.length === 0) return { value: null, problem: { zh: '沒有目標值', en: 'no target is set' } };
  const values = picked.map((t) => targetValue(kpi, t.entry));
  const bad = values.find((v): v is Message => typeof v === 'object' && 'en' in v);
  if (bad) return { value: null, problem: bad };
  const from = picked.map((t) => t.entry.period);
  if (values.length === 1) return { value: values[0] as TargetValue, from };
  if (values.some((v) => typeof v !== 'number')) {
    return {
      value: null,
      problem: {
        zh: '區間目標不能加總，請設定本期的目標',
        en: 'range targets cannot be summed; set a target for this period',
      },
    };
  }
  return { value: (values as number[]).reduce((a, b) => a + b, 0), from };
}

/** Parses a KPI's formula once per scoring run, not once per actual. */
export class FormulaCache {
  private readonly parsed = new Map<string, ReturnType<typeof parseFormula>>();
  get(text: string): ReturnType<typeof parseFormula> {
    let r = this.parsed.get(text);
    if (r === undefined) {
      r = parseFormula(text);
      this.parsed.set(text, r);
    }
    return r;
  }
}

/** The value an actual reports: the value itself, the stage reached, or the formula of its inputs. */
export function actualValue(kpi: ScoringKpi, a: Actual, formulas: FormulaCache): number | Message | null {
  if (a.value != null) return a.value;
  if (a.stage != null) return stagePercent(kpi, a.stage);
  if (a.inputs === undefined || Object.keys(a.inputs).length === 0) return null;
  if (!kpi.formula) {
    return {
      zh: '只填了公式數值，但指標沒有公式',
      en: 'formula inputs were given but the KPI has no formula',
    };
  }
  const parsed = formulas.get(kpi.formula);
  if (!parsed.ok)
    return {
      zh: `公式無法解析：${parsed.error.message.zh}`,
      en: `the formula cannot be parsed: ${parsed.error.message.en}`,
    };
  const r = evaluateFormula(parsed.formula as Formula, a.inputs);
  return r.ok ? r.value : r.error.message;
}

/**
 * The actual of a KPI for a period: its own entry, else what the entries of its sub-periods
 * make (the latest, or their sum). A longer period's actual never stands for a shorter one.
 */
export function resolveActual(
  kpi: ScoringKpi,
  actuals: Dated<Actual>[],
  period: Period,
  formulas: FormulaCache,
): Resolved<number> {
  const reported: Dated<{ period: string; value: number | Message }>[] = [];
  for (const a of actuals) {
    if (!periodContains(period, a.period)) continue;
    const value = actualValue(kpi, a.entry, formulas);
    if (value !== null) reported.push({ period: a.period, entry: { period: a.entry.period, value } });
  }
  const own = reported.find(
    (a) => comparePeriods(a.period, period) === 0 && length(a.period) === length(period),
  );
  const picked = own ? [own] : within(reported, period, kpi.aggregate ?? 'last');
  if (picked.length === 0) return { value: null, problem: { zh: '尚無實績值', en: 'no actual is reported' } };
  let sum = 0;
  for (const { entry } of picked) {
    // Only the entries that make this period's value can make it N/A.
    if (typeof entry.value !== 'number') {
      return {
        value: null,
        problem: { zh: `${entry.period}：${entry.value.zh}`, en: `${entry.period}: ${entry.value.en}` },
      };
    }
    sum += entry.value;
  }
  return { value: sum, from: picked.map((a) => a.entry.period) };
}

export function dated<T extends { period: string }>(entries: T[]): Dated<T>[] {
  const out: Dated<T>[] = [];
  for (const entry of entries) {
    try {
      out.push({ period: toPeriod(entry.period), entry });
    } catch {
      // Entries are validated by TargetSchema/ActualSchema before scoring; a stray one is N/A.
    }
  }
  return out;
}
