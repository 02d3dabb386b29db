import { describe, expect, it } from 'vitest';
import { achievementOf, capAchievement, lightOf } from './achievement';
import type { Polarity, TargetValue } from './types';

type Row = [Polarity, number | null, TargetValue | null, number | null, string];

describe('achievementOf', () => {
  const rows: Row[] = [
    ['higher', 90, 100, 0.9, 'actual/target'],
    ['higher', 120, 100, 1.2, 'over target, not capped here'],
    ['higher', 0, 100, 0, 'nothing achieved'],
    ['higher', -10, 100, 0, 'negative actual floors at 0'],
    ['higher', 5, 0, 1, 'target 0 met by any actual ≥ 0'],
    ['higher', 0, 0, 1, 'target 0 met exactly'],
    ['higher', -1, 0, 0, 'target 0 missed by a negative actual'],
    ['higher', -50, -100, 1.5, 'negative target: 1 + (−50 + 100)/100'],
    ['higher', -150, -100, 0.5, 'negative target missed: 1 + (−150 + 100)/100'],
    ['higher', null, 100, null, 'no actual is N/A, not 0'],
    ['higher', 90, null, null, 'no target is N/A'],
    ['lower', 80, 100, 1.2, '2 − 80/100'],
    ['lower', 100, 100, 1, 'on target'],
    ['lower', 120, 100, 0.8, '2 − 120/100, exactly 0.8'],
    ['lower', 250, 100, 0, 'floors at 0'],
    ['lower', 0, 0, 1, 'target 0 met'],
    ['lower', 1, 0, 0, 'target 0 missed by one incident'],
    ['lower', -120, -100, 1.2, 'negative target beaten: 1 − (−120 + 100)/100'],
    ['range', 5, { min: 4, max: 6 }, 1, 'inside the band'],
    ['range', 4, { min: 4, max: 6 }, 1, 'on the lower edge'],
    ['range', 7, { min: 4, max: 6 }, 0.5, 'one unit above, tolerance = width 2'],
    ['range', 3, { min: 4, max: 6 }, 0.5, 'one unit below'],
    ['range', 0, { min: 4, max: 6 }, 0, 'far below floors at 0'],
    ['range', 9, 10, 0.9, 'a one-value band: tolerance = |10|'],
    ['range', 1, { min: 0, max: 0 }, 0, 'band [0, 0]: tolerance 1'],
    ['range', -5, { min: -6, max: -4 }, 1, 'negative band'],
    ['milestone', 75, 100, 0.75, '完工 75 % of 啟用 100 %'],
    ['milestone', 100, 75, 1.3333333333, 'ahead of schedule'],
    ['milestone', 0, 25, 0, 'not started'],
    ['higher', 95, { min: 90, max: 100 }, 95 / 90, 'a band target on a higher KPI uses min'],
    ['lower', 95, { min: 90, max: 100 }, 1.05, 'a band target on a lower KPI uses max'],
  ];
  it.each(rows)('%s actual %s target %j → %s (%s)', (polarity, actual, target, expected) => {
    const a = achievementOf(polarity, actual, target);
    if (expected === null) expect(a).toBeNull();
    else expect(a).toBeCloseTo(expected, 9);
  });

  it('uses a KPI tolerance for range KPIs when one is set', () => {
    expect(achievementOf('range', 7, { min: 4, max: 6 }, 4)).toBe(0.75);
  });
});

describe('lights and cap', () => {
  const t = { green: 1, yellow: 0.8 };
  const rows: [number | null, string][] = [
    [1, 'green'],
    [1.5, 'green'],
    [0.9999999, 'yellow'],
    [0.8, 'yellow'],
    [0.7999, 'red'],
    [0, 'red'],
    [null, 'none'],
  ];
  it.each(rows)('%s → %s', (a, light) => expect(lightOf(a, t)).toBe(light));

  it('gives a lower-is-better result landing exactly on a threshold that light', () => {
    expect(lightOf(achievementOf('lower', 120, 100), t)).toBe('yellow');
    expect(lightOf(achievementOf('higher', 8, 10), t)).toBe('yellow');
  });

  it('caps over-achievement and leaves N/A alone', () => {
    expect(capAchievement(1.5, 1.2)).toBe(1.2);
    expect(capAchievement(0.7, 1.2)).toBe(0.7);
    expect(capAchievement(null, 1.2)).toBeNull();
  });
});
