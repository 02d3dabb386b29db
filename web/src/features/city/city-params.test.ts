import { describe, expect, it } from 'vitest';
import { defaultCityPeriod, defaultYear, periodOfYear, planYears } from './city-params';

// 10 May 2021 in Taipei: ROC year 110, its first quarter over.
const may2021 = new Date('2021-05-10T04:00:00Z');

describe('city overview year and period', () => {
  it('lists the plan years newest first, once each', () => {
    const org = (years: number[]) => ({
      id: 1,
      name: 'x',
      parentId: null,
      version: 1,
      plans: years.map((year, i) => ({ id: i, year, status: 'draft' as const })),
    });
    expect(planYears([org([108, 110]), org([110, 111])])).toEqual([111, 110, 108]);
  });

  it('opens on the newest year that has begun', () => {
    expect(defaultYear([111, 110, 108], may2021)).toBe(110);
    expect(defaultYear([113, 112], may2021)).toBe(112);
    expect(defaultYear([], may2021)).toBeNull();
  });

  it('shows a finished year whole and the running year at its last completed quarter', () => {
    expect(defaultCityPeriod(109, may2021)).toBe('109');
    expect(defaultCityPeriod(110, may2021)).toBe('110Q1');
    expect(defaultCityPeriod(111, may2021)).toBe('111Q1');
  });

  it('keeps an asked period only when it belongs to the year', () => {
    expect(periodOfYear('110h1', 110)).toBe('110H1');
    expect(periodOfYear('11Q1', 110)).toBeNull();
    expect(periodOfYear('110Q9', 110)).toBeNull();
    expect(periodOfYear(null, 110)).toBeNull();
  });
});
