import {
  formatPeriod,
  type Locale,
  lastCompletedPeriod,
  periodLabel,
  periodsOfYear,
} from '../../../../src/domain/periods';

/** The periods of a plan's year a reporter picks from: the quarters, the halves and the year. */
export function periodOptions(year: number, locale: Locale) {
  const periods = [
    ...periodsOfYear(year, 'quarter'),
    ...periodsOfYear(year, 'half'),
    ...periodsOfYear(year, 'year'),
  ].map(formatPeriod);
  return periods.map((p) => ({ value: p, label: periodLabel(p, locale) }));
}

/** The quarter that has just ended when it belongs to the plan's year, else the year's first. */
export function defaultPeriod(year: number, now = new Date()): string {
  const last = lastCompletedPeriod('quarter', now);
  return last.year === year ? formatPeriod(last) : `${year}Q1`;
}
