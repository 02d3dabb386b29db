import type { Light, Polarity, TargetValue } from './types';

/**
 * Achievement ratios are rounded to 10 decimals so that 2 − 1.2 is exactly 0.8 and a result
 * that lands on a threshold gets that threshold's light. Rounding never reorders values.
 */
export function tidy(x: number): number {
  const r = Math.round(x * 1e10) / 1e10;
  return r === 0 ? 0 : r;
}

/** higher: actual/target for a positive target; 1 + (actual − target)/|target| in general. */
function higher(actual: number, target: number): number {
  if (target > 0) return Math.max(0, actual / target);
  if (target === 0) return actual >= 0 ? 1 : 0;
  return Math.max(0, 1 + (actual - target) / -target);
}

/** lower: the mirror, 2 − actual/target for a positive target; 1 − (actual − target)/|target|. */
function lower(actual: number, target: number): number {
  if (target > 0) return Math.max(0, 2 - actual / target);
  if (target === 0) return actual <= 0 ? 1 : 0;
  return Math.max(0, 1 - (actual - target) / -target);
}

/**
 * range: 1 inside [min, max]; outside, 1 − distance / tolerance, floored at 0. The tolerance
 * is the KPI's own, else the band's width, else (a band of one value) that value's size, else 1.
 */
function range(actual: number, min: number, max: number, tolerance: number | null | undefined): number {
  if (actual >= min && actual <= max) return 1;
  const t = tolerance ?? (max - min > 0 ? max - min : Math.max(Math.abs(min), Math.abs(max)) || 1);
  const distance = actual < min ? min - actual : actual - max;
  return Math.max(0, 1 - distance / t);
}

/**
 * The achievement of one KPI for one period, as a ratio (1 = 100 %), or `null` for N/A when
 * the actual or the target is missing. Never below 0; not capped (the roll-up caps).
 * A milestone KPI scores its reached stage percentage against the target stage percentage.
 */
export function achievementOf(
  polarity: Polarity,
  actual: number | null,
  target: TargetValue | null,
  tolerance?: number | null,
): number | null {
  if (actual === null || target === null || !Number.isFinite(actual)) return null;
  const band = typeof target === 'number' ? { min: target, max: target } : target;
  switch (polarity) {
    case 'range':
      return tidy(range(actual, band.min, band.max, tolerance));
    case 'lower':
      return tidy(lower(actual, band.max));
    default:
      return tidy(higher(actual, band.min));
  }
}

export function capAchievement(achievement: number | null, cap: number): number | null {
  return achievement === null ? null : Math.min(achievement, cap);
}

/** A result exactly on a threshold earns that threshold's light. */
export function lightOf(achievement: number | null, thresholds: { green: number; yellow: number }): Light {
  if (achievement === null) return 'none';
  if (achievement >= thresholds.green) return 'green';
  return achievement >= thresholds.yellow ? 'yellow' : 'red';
}
