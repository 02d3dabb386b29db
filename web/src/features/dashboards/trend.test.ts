import { describe, expect, it } from 'vitest';
import { axisLabels, periodInYear, trendOf } from './trend';
import type { HistoryScore, KpiHistory } from './types';

type Year = KpiHistory['years'][number];

const kpi = (frequency: string | null = 'quarter') => ({
  id: 1,
  code: 'AC1.1',
  name: '借閱人次',
  unit: '人次',
  polarity: 'higher',
  frequency,
  stages: [],
});
const target = (period: string, value: number | null, extra: { min?: number; max?: number } = {}) => ({
  id: 1,
  kpi: 'AC1.1',
  period,
  value,
  min: extra.min ?? null,
  max: extra.max ?? null,
  stage: null,
  version: 1,
});
const actual = (period: string, value: number) => ({
  id: 1,
  kpi: 'AC1.1',
  period,
  value,
  stage: null,
  inputs: null,
  note: null,
  evidence: null,
  explanation: null,
  correctiveAction: null,
  version: 1,
});
const score = (
  period: string,
  t: HistoryScore['target'],
  a: number | null,
  achievement: number | null = null,
): HistoryScore => ({
  period,
  target: t,
  actual: a,
  achievement,
  light: achievement === null ? 'none' : achievement >= 1 ? 'green' : 'red',
});
const year = (y: number, parts: Partial<Year>): Year => ({
  year: y,
  planId: y,
  kpi: kpi(),
  targets: [],
  actuals: [],
  scores: [],
  ...parts,
});

describe('trend of a KPI', () => {
  it('shows each quarter with the year target, and unreported quarters as gaps', () => {
    const trend = trendOf({
      years: [
        year(110, {
          targets: [target('110', 100)],
          actuals: [actual('110Q1', 90), actual('110Q3', 120)],
          scores: [score('110Q1', 100, 90, 0.9), score('110Q3', 100, 120, 1.2), score('110', 100, 120, 1.2)],
        }),
      ],
    });
    expect(trend.points.map((p) => p.period)).toEqual(['110Q1', '110Q2', '110Q3', '110Q4']);
    expect(trend.points.map((p) => p.actual)).toEqual([90, null, 120, null]);
    // The year's target stands for every quarter, reported or not.
    expect(trend.points.map((p) => p.target)).toEqual([100, 100, 100, 100]);
    expect(trend.points.map((p) => p.light)).toEqual(['red', 'none', 'green', 'none']);
    expect(trend.yearStarts).toEqual([]);
  });

  it('runs across years, marks where each year starts and keeps a missing year as one empty point', () => {
    const trend = trendOf({
      years: [
        year(110, {
          targets: [target('110Q1', 5), target('110', 20)],
          actuals: [actual('110Q1', 6)],
          scores: [score('110Q1', 5, 6, 1.2), score('110', 20, 6, 0.3)],
        }),
        year(108, {
          kpi: kpi(null),
          targets: [target('108', 10)],
          actuals: [actual('108H1', 4), actual('108H2', 11)],
          scores: [score('108H1', 10, 4, 0.4), score('108H2', 10, 11, 1.1), score('108', 10, 11, 1.1)],
        }),
      ],
    });
    expect(trend.points.map((p) => p.period)).toEqual([
      '108H1',
      '108H2',
      '109',
      '110Q1',
      '110Q2',
      '110Q3',
      '110Q4',
    ]);
    expect(trend.yearStarts).toEqual([2, 3]);
    const missing = trend.points[2];
    expect(missing).toMatchObject({ missingYear: true, actual: null, target: null, planId: null });
    // A quarter's own target wins over the year's.
    expect(trend.points.slice(3).map((p) => p.target)).toEqual([5, 20, 20, 20]);
    expect(trend.points.map((p) => p.actual)).toEqual([4, 11, null, 6, null, null, null]);
  });

  it("uses the KPI's frequency for a year without actuals, and reads band targets", () => {
    const trend = trendOf({
      years: [
        year(111, {
          kpi: kpi('half'),
          targets: [target('111', null, { min: 4, max: 6 })],
          scores: [score('111', { min: 4, max: 6 }, null)],
        }),
      ],
    });
    expect(trend.points.map((p) => p.period)).toEqual(['111H1', '111H2']);
    expect(trend.points[0]).toMatchObject({ target: null, targetMin: 4, targetMax: 6 });
    expect(trend.hasRange).toBe(true);
    expect(trend.hasActual).toBe(false);
  });

  it('is empty without years', () => {
    expect(trendOf({ years: [] }).points).toEqual([]);
  });
});

describe('trend labels', () => {
  it('puts the year under the first period of each year, in ROC years for zh-TW', () => {
    const trend = trendOf({
      years: [
        year(109, { actuals: [actual('109Q4', 1)], scores: [score('109Q4', null, 1)] }),
        year(110, { actuals: [actual('110Q1', 1)], scores: [score('110Q1', null, 1)] }),
      ],
    });
    const zh = axisLabels(trend, 'zh-TW');
    expect(zh[0]).toBe('第1季\n109年');
    expect(zh[3]).toBe('第4季');
    expect(zh[4]).toBe('第1季\n110年');
    expect(axisLabels(trend, 'en')[4]).toBe('Q1\n2021');
  });

  it('names halves, months and years', () => {
    expect(periodInYear('110H2', 'zh-TW')).toBe('下半年');
    expect(periodInYear('110M03', 'en')).toBe('Mar');
    expect(periodInYear('110', 'zh-TW')).toBe('110年');
  });
});
