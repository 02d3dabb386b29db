import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievementOf } from './achievement';
import { rollUp } from './rollup';

const SEED = 20240601;
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const target = fc.oneof(value, fc.constant(0));

describe('scoring properties', () => {
  it('never lowers the achievement of a higher-is-better KPI as its actual rises', () => {
    fc.assert(
      fc.property(
        target,
        value,
        value,
        fc.constantFrom('higher', 'milestone' as const),
        (t, a, b, polarity) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(achievementOf(polarity, hi, t)).toBeGreaterThanOrEqual(
            achievementOf(polarity, lo, t) as number,
          );
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('never raises the achievement of a lower-is-better KPI as its actual rises', () => {
    fc.assert(
      fc.property(target, value, value, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(achievementOf('lower', hi, t)).toBeLessThanOrEqual(achievementOf('lower', lo, t) as number);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('gives a range KPI 1 inside its band and at most 1 anywhere, never below 0', () => {
    fc.assert(
      fc.property(value, value, value, (x, y, a) => {
        const band = { min: Math.min(x, y), max: Math.max(x, y) };
        const r = achievementOf('range', a, band) as number;
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        if (a >= band.min && a <= band.max) expect(r).toBe(1);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  const child = fc.record({
    achievement: fc.option(fc.double({ min: 0, max: 1.2, noNaN: true }), { nil: null }),
    weight: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  });

  it('keeps a roll-up within its counted children and skips N/A', () => {
    fc.assert(
      fc.property(
        fc.array(child, { maxLength: 12 }),
        fc.constantFrom('weighted', 'worst' as const),
        (kids, method) => {
          const counted = kids.filter((k) => k.achievement !== null && (k.weight ?? 1) > 0);
          const r = rollUp(kids, method);
          expect(r.counted).toBe(counted.length);
          if (counted.length === 0) {
            expect(r.achievement).toBeNull();
            return;
          }
          const values = counted.map((k) => k.achievement as number);
          expect(r.achievement).toBeGreaterThanOrEqual(Math.min(...values));
          expect(r.achievement).toBeLessThanOrEqual(Math.max(...values));
          // Adding an N/A child changes nothing.
          expect(rollUp([...kids, { achievement: null, weight: 5 }], method)).toEqual(r);
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('rollUp', () => {
  it('weights children, counts weight 0 as left out, and can take the worst child', () => {
    expect(rollUp([{ achievement: 1 }, { achievement: 0.5 }], 'weighted').achievement).toBe(0.75);
    expect(
      rollUp(
        [
          { achievement: 1, weight: 3 },
          { achievement: 0.6, weight: 1 },
        ],
        'weighted',
      ).achievement,
    ).toBe(0.9);
    expect(
      rollUp(
        [
          { achievement: 1, weight: 0 },
          { achievement: 0.6, weight: 1 },
        ],
        'weighted',
      ),
    ).toEqual({ achievement: 0.6, counted: 1 });
    expect(rollUp([{ achievement: 1 }, { achievement: 0.6 }, { achievement: null }], 'worst')).toEqual({
      achievement: 0.6,
      counted: 2,
    });
    expect(rollUp([{ achievement: null }], 'weighted')).toEqual({ achievement: null, counted: 0 });
  });
});
