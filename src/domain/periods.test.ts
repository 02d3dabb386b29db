import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  currentPeriod,
  formatPeriod,
  formatRocDate,
  lastCompletedPeriod,
  nextPeriod,
  normalizePeriod,
  type Period,
  parsePeriod,
  periodContaining,
  periodContains,
  periodDates,
  periodFrequency,
  periodLabel,
  periodsOfYear,
  previousPeriod,
} from './periods';

describe('parsePeriod / formatPeriod', () => {
  const good: [string, Period, string][] = [
    ['110', { year: 110, frequency: 'year', index: 1 }, '110'],
    ['110H2', { year: 110, frequency: 'half', index: 2 }, '110H2'],
    ['110q1', { year: 110, frequency: 'quarter', index: 1 }, '110Q1'],
    ['１１０Ｑ４', { year: 110, frequency: 'quarter', index: 4 }, '110Q4'],
    ['110M3', { year: 110, frequency: 'month', index: 3 }, '110M03'],
    [' 99M12 ', { year: 99, frequency: 'month', index: 12 }, '99M12'],
  ];
  it.each(good)('%s', (text, period, canonical) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period });
    expect(formatPeriod(period)).toBe(canonical);
    expect(normalizePeriod(text)).toBe(canonical);
  });

  const bad: [string, RegExp][] = [
    ['', /not a period/],
    ['2021', /not a period/],
    ['110Q5', /numbered 1 to 4/],
    ['110H0', /numbered 1 to 2/],
    ['110M13', /numbered 1 to 12/],
    ['0', /above 0/],
    ['110Q', /not a period/],
    ['110W1', /not a period/],
  ];
  it.each(bad)('refuses %j', (text, why) => {
    const r = parsePeriod(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.en).toMatch(why);
      expect(r.error.zh).toContain('110Q1');
    }
  });
});

describe('period arithmetic', () => {
  it('knows frequencies, the periods of a year and their calendar days', () => {
    expect(periodFrequency('110M07')).toBe('month');
    expect(periodsOfYear(110, 'quarter').map(formatPeriod)).toEqual(['110Q1', '110Q2', '110Q3', '110Q4']);
    expect(periodsOfYear(110, 'month')).toHaveLength(12);
    expect(periodDates('110')).toEqual({ first: '2021-01-01', last: '2021-12-31' });
    expect(periodDates('109Q1')).toEqual({ first: '2020-01-01', last: '2020-03-31' });
    expect(periodDates('109M02')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(periodDates('110H2')).toEqual({ first: '2021-07-01', last: '2021-12-31' });
  });

  it('orders periods by when they end, longer ones after', () => {
    const sorted = ['110', '110Q4', '110H1', '109', '110Q1', '110M03', '110H2', '110M01'].sort(
      comparePeriods,
    );
    expect(sorted).toEqual(['109', '110M01', '110M03', '110Q1', '110H1', '110Q4', '110H2', '110']);
  });

  it('knows which periods contain which', () => {
    expect(periodContains('110', '110Q3')).toBe(true);
    expect(periodContains('110H1', '110Q2')).toBe(true);
    expect(periodContains('110H1', '110Q3')).toBe(false);
    expect(periodContains('110Q1', '110M03')).toBe(true);
    expect(periodContains('110Q1', '110')).toBe(false);
    expect(periodContains('110', '111Q1')).toBe(false);
  });

  it('steps across year ends', () => {
    expect(formatPeriod(nextPeriod('110Q4'))).toBe('111Q1');
    expect(formatPeriod(previousPeriod('110M01'))).toBe('109M12');
    expect(formatPeriod(nextPeriod('110'))).toBe('111');
  });

  it('round-trips every canonical period', () => {
    const period = fc.constantFrom('year', 'half', 'quarter', 'month' as const).chain((f) =>
      fc.record({
        year: fc.integer({ min: 1, max: 999 }),
        frequency: fc.constant(f),
        index: fc.integer({ min: 1, max: { year: 1, half: 2, quarter: 4, month: 12 }[f] }),
      }),
    );
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(formatPeriod(p))).toEqual({ ok: true, period: p });
        expect(comparePeriods(p, nextPeriod(p))).toBeLessThan(0);
      }),
      { seed: 20240601, numRuns: 500 },
    );
  });
});

describe('periods in Taipei time', () => {
  it('puts an instant in the period of its Taipei calendar day', () => {
    // 2021-03-31T16:30Z is already 1 April in Taipei.
    const at = new Date('2021-03-31T16:30:00Z');
    expect(formatPeriod(periodContaining(at, 'quarter'))).toBe('110Q2');
    expect(formatPeriod(periodContaining(at, 'month'))).toBe('110M04');
    expect(formatPeriod(periodContaining(new Date('2021-03-31T15:59:59Z'), 'quarter'))).toBe('110Q1');
    expect(formatPeriod(currentPeriod('half', at))).toBe('110H1');
    expect(formatPeriod(currentPeriod('year', at))).toBe('110');
  });

  it('names the period due for reporting: the last one that ended', () => {
    expect(formatPeriod(lastCompletedPeriod('quarter', new Date('2021-04-10T02:00:00Z')))).toBe('110Q1');
    expect(formatPeriod(lastCompletedPeriod('year', new Date('2022-01-05T02:00:00Z')))).toBe('110');
  });
});

describe('labels', () => {
  const cases: [string, string, string][] = [
    ['110', '民國110年', '2021'],
    ['110H1', '民國110年上半年', '2021 H1'],
    ['110H2', '民國110年下半年', '2021 H2'],
    ['110Q1', '民國110年第1季', '2021 Q1'],
    ['110M03', '民國110年3月', 'Mar 2021'],
  ];
  it.each(cases)('%s', (p, zh, en) => {
    expect(periodLabel(p, 'zh-TW')).toBe(zh);
    expect(periodLabel(p, 'en')).toBe(en);
  });

  it('writes ROC dates in Chinese and Gregorian dates in English', () => {
    expect(formatRocDate('2021-03-30', 'zh-TW')).toBe('民國110年3月30日');
    expect(formatRocDate('2021-03-30', 'en')).toBe('March 30, 2021');
    expect(formatRocDate(new Date('2021-03-29T16:00:00Z'))).toBe('民國110年3月30日');
  });
});
