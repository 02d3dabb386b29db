import {
  type Frequency,
  formatPeriod,
  type Locale,
  periodContains,
  periodFrequency,
  periodMonths,
  periodsOfYear,
  toPeriod,
} from '../../../../src/domain/periods';
import type { Light, TargetValue } from '../../../../src/domain/scoring/types';
import type { HistoryScore, KpiHistory } from './types';

/** One place on the trend chart's time axis. */
export interface TrendPoint {
  period: string;
  year: number;
  /** The organisation has no plan with this KPI that year: a gap in the lines, never a zero. */
  missingYear: boolean;
  planId: number | null;
  target: number | null;
  /** A band target (range KPIs) instead of one value. */
  targetMin: number | null;
  targetMax: number | null;
  actual: number | null;
  achievement: number | null;
  light: Light;
}

export interface Trend {
  points: TrendPoint[];
  /** Index of the first point of every year after the first: where a year boundary is drawn. */
  yearStarts: number[];
  hasRange: boolean;
  hasActual: boolean;
}

const FINEST_FIRST: Frequency[] = ['month', 'quarter', 'half', 'year'];
const FREQUENCY_SET = new Set<string>(FINEST_FIRST);

function finest(periods: string[]): Frequency | null {
  const present = new Set(periods.map(periodFrequency));
  return FINEST_FIRST.find((f) => present.has(f)) ?? null;
}

const monthsLong = (period: string) => {
  const { first, last } = periodMonths(period);
  return last - first;
};

/**
 * The target that applies to a period, as scoring reads it: the period's own, else that of the
 * shortest period containing it that has one. The scores carry it as a number (a milestone's
 * stage already turned into its per cent), so the number is taken from the score of the period
 * the target was set for.
 */
function targetOf(
  period: string,
  scores: Map<string, HistoryScore>,
  targetPeriods: string[],
): TargetValue | null {
  const own = scores.get(period)?.target;
  if (own != null) return own;
  const containing = targetPeriods
    .filter((p) => p !== period && periodContains(p, period))
    .sort((a, b) => monthsLong(a) - monthsLong(b));
  for (const p of containing) {
    const t = scores.get(p)?.target;
    if (t != null) return t;
  }
  return null;
}

/**
 * A KPI's history as the trend chart's points: each year in the finest frequency its actuals
 * were reported in (else the KPI's declared frequency, else what other years used), years with
 * no plan in between as one empty point, so that nothing is joined across a gap.
 */
export function trendOf(history: KpiHistory): Trend {
  const years = [...history.years].sort((a, b) => a.year - b.year);
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return { points: [], yearStarts: [], hasRange: false, hasActual: false };
  const overall =
    finest(years.flatMap((y) => y.actuals.map((a) => a.period))) ??
    finest(years.flatMap((y) => y.targets.map((t) => t.period)));
  const byYear = new Map(years.map((y) => [y.year, y]));
  const points: TrendPoint[] = [];
  const yearStarts: number[] = [];
  for (let year = first.year; year <= last.year; year++) {
    if (year > first.year) yearStarts.push(points.length);
    const entry = byYear.get(year);
    if (!entry) {
      points.push(emptyPoint(String(year), year, true, null));
      continue;
    }
    const declared =
      entry.kpi.frequency && FREQUENCY_SET.has(entry.kpi.frequency) ? entry.kpi.frequency : null;
    const frequency =
      finest(entry.actuals.map((a) => a.period)) ??
      (declared as Frequency | null) ??
      overall ??
      finest(entry.targets.map((t) => t.period)) ??
      'year';
    const scores = new Map(entry.scores.map((s) => [s.period, s]));
    const targetPeriods = entry.targets.map((t) => t.period);
    for (const p of periodsOfYear(year, frequency)) {
      const period = formatPeriod(p);
      const score = scores.get(period);
      const target = targetOf(period, scores, targetPeriods);
      points.push({
        ...emptyPoint(period, year, false, entry.planId),
        target: typeof target === 'number' ? target : null,
        targetMin: target !== null && typeof target === 'object' ? target.min : null,
        targetMax: target !== null && typeof target === 'object' ? target.max : null,
        actual: score?.actual ?? null,
        achievement: score?.actual != null ? score.achievement : null,
        light: score?.actual != null ? score.light : 'none',
      });
    }
  }
  return {
    points,
    yearStarts,
    hasRange: points.some((p) => p.targetMin !== null),
    hasActual: points.some((p) => p.actual !== null),
  };
}

function emptyPoint(period: string, year: number, missingYear: boolean, planId: number | null): TrendPoint {
  return {
    period,
    year,
    missingYear,
    planId,
    target: null,
    targetMin: null,
    targetMax: null,
    actual: null,
    achievement: null,
    light: 'none',
  };
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 110年 / 2021. */
export function yearLabel(year: number, locale: Locale): string {
  return locale === 'en' ? String(year + 1911) : `${year}年`;
}

/** The part of a period inside its year: 第1季 / Q1, 上半年 / H1, 3月 / Mar; a year is its year. */
export function periodInYear(period: string, locale: Locale): string {
  const p = toPeriod(period);
  const en = locale === 'en';
  switch (p.frequency) {
    case 'year':
      return yearLabel(p.year, locale);
    case 'half':
      return en ? `H${p.index}` : p.index === 1 ? '上半年' : '下半年';
    case 'quarter':
      return en ? `Q${p.index}` : `第${p.index}季`;
    case 'month':
      return en ? (EN_MONTHS[p.index - 1] ?? String(p.index)) : `${p.index}月`;
  }
}

/** The time axis' labels: the year under the first period of each year, so boundaries read at a glance. */
export function axisLabels(trend: Trend, locale: Locale): string[] {
  return trend.points.map((point, i) => {
    const inYear = periodInYear(point.period, locale);
    if (periodFrequency(point.period) === 'year') return inYear;
    return i === 0 || trend.yearStarts.includes(i) ? `${inYear}\n${yearLabel(point.year, locale)}` : inYear;
  });
}
