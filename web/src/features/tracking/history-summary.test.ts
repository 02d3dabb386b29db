import { describe, expect, it } from 'vitest';
import { historyByCode, historyYears, yearSummary } from './history-summary';
import type { KpiYear } from './types';

const year = (y: number, over: Partial<KpiYear> = {}): KpiYear => ({
  year: y,
  planId: y,
  kpi: {
    id: 1,
    objectiveId: 1,
    code: 'AC1.1',
    name: '',
    formula: null,
    unit: null,
    polarity: 'higher',
    frequency: null,
  },
  targets: [],
  actuals: [],
  scores: [],
  ...over,
});
const score = (
  period: string,
  actual: number | null,
  light: 'green' | 'red' | 'yellow' | 'none',
  target = 100,
) => ({
  period,
  target,
  actual,
  achievement: actual === null ? null : actual / target,
  light,
});

describe('earlier years in the targets grid', () => {
  it("takes the year's own score, else the latest period with an actual", () => {
    const withYear = year(109, {
      targets: [
        { id: 1, kpi: 'AC1.1', period: '109', value: 88, min: null, max: null, stage: null, version: 1 },
      ],
      scores: [score('109Q4', 86, 'yellow', 88), score('109', 87, 'yellow', 88)],
    });
    expect(yearSummary(withYear)).toMatchObject({
      target: '88',
      actual: '87',
      light: 'yellow',
      period: '109',
    });
    const quarters = year(108, {
      scores: [score('108Q1', 50, 'red'), score('108Q2', 95, 'yellow'), score('108Q3', null, 'none')],
    });
    expect(yearSummary(quarters)).toMatchObject({
      target: '100',
      actual: '95',
      light: 'yellow',
      period: '108Q2',
    });
    const milestone = year(106, {
      actuals: [
        {
          id: 1,
          kpi: 'AC1.1',
          period: '106',
          value: null,
          stage: '招標',
          inputs: null,
          note: null,
          evidence: null,
          explanation: null,
          correctiveAction: null,
          version: 1,
        },
      ],
      scores: [score('106', 25, 'red')],
    });
    expect(yearSummary(milestone).actual).toBe('招標');
    expect(yearSummary(year(107))).toMatchObject({ target: '', actual: null, light: 'none', period: null });
  });

  it('shows the latest earlier years any KPI existed in, and indexes them by code', () => {
    const history = {
      kpis: [
        { code: 'AC1.1', years: [year(105), year(106), year(107), year(108)] },
        { code: 'AC1.2', years: [year(109), year(110)] },
      ],
    };
    expect(historyYears(history, 110)).toEqual([107, 108, 109]);
    expect(historyYears(history, 110, 5)).toEqual([105, 106, 107, 108, 109]);
    expect(historyYears(undefined, 110)).toEqual([]);
    expect(historyByCode(history).get('AC1.1')?.get(108)?.year).toBe(108);
  });
});
