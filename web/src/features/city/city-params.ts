import { formatPeriod, lastCompletedPeriod, parsePeriod, taipeiDate } from '../../../../src/domain/periods';
import type { OrganizationSummary } from '../../../../src/services/organizations/list-organizations.contract';
import { defaultPeriod } from '../tracking/period-options';

/** The years any organisation has a plan for, newest first. */
export function planYears(orgs: OrganizationSummary[]): number[] {
  return [...new Set(orgs.flatMap((o) => o.plans.map((p) => p.year)))].sort((a, b) => b - a);
}

/** The newest year that has begun (next year's plans are drafts without results), else the oldest. */
export function defaultYear(years: number[], now = new Date()): number | null {
  const current = taipeiDate(now).year - 1911;
  return years.find((y) => y <= current) ?? years[years.length - 1] ?? null;
}

/** A finished year is looked at as a whole; the running one at its last completed quarter. */
export function defaultCityPeriod(year: number, now = new Date()): string {
  return lastCompletedPeriod('year', now).year >= year ? String(year) : defaultPeriod(year, now);
}

/** The period asked for in the address (canonical) when it is a period of `year`. */
export function periodOfYear(asked: string | null, year: number): string | null {
  if (!asked) return null;
  const r = parsePeriod(asked);
  return r.ok && r.period.year === year ? formatPeriod(r.period) : null;
}
