import { tidy } from './achievement';
import type { Rollup } from './types';

export interface Child {
  achievement: number | null;
  weight?: number | null;
}

/**
 * A parent's achievement from its children: the weighted average, or the worst child.
 * Children without data (N/A) and children weighted 0 do not count at all, so a missing
 * report never drags a score down as a zero would. No counting child → N/A.
 */
export function rollUp(children: Child[], method: Rollup): { achievement: number | null; counted: number } {
  let sum = 0;
  let weights = 0;
  let worst = Number.POSITIVE_INFINITY;
  let best = Number.NEGATIVE_INFINITY;
  let counted = 0;
  for (const c of children) {
    const w = c.weight ?? 1;
    if (c.achievement === null || !(w > 0)) continue;
    counted++;
    sum += w * c.achievement;
    weights += w;
    worst = Math.min(worst, c.achievement);
    best = Math.max(best, c.achievement);
  }
  if (counted === 0) return { achievement: null, counted };
  if (method === 'worst') return { achievement: worst, counted };
  // Tidying must not push an average of untidy children past the lowest or highest of them.
  return { achievement: Math.min(best, Math.max(worst, tidy(sum / weights))), counted };
}
