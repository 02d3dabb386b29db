import { describe, expect, it } from 'vitest';
import {
  appliesTo,
  cellIssues,
  cellKey,
  cellKind,
  cellProblems,
  cellText,
  changedTargets,
  storedCells,
  type TargetCell,
  targetPeriods,
} from './target-cells';
import type { TargetRecord, TrackedKpi } from './types';

const kpi = (code: string, frequency: string | null, polarity = 'higher'): TrackedKpi => ({
  id: 1,
  objectiveId: 1,
  code,
  name: code,
  formula: null,
  unit: null,
  polarity,
  frequency,
});
const target = (k: string, period: string, t: Partial<TargetRecord>): TargetRecord => ({
  id: 1,
  kpi: k,
  period,
  value: null,
  min: null,
  max: null,
  stage: null,
  version: 2,
  ...t,
});

describe('target cells', () => {
  it('gives the year and the periods of the frequencies the plan reports at, plus stored ones', () => {
    const kpis = [kpi('AC1.1', 'quarter'), kpi('AC1.2', null)];
    expect(targetPeriods({ year: 110, kpis, targets: [] })).toEqual([
      '110',
      '110Q1',
      '110Q2',
      '110Q3',
      '110Q4',
    ]);
    expect(
      targetPeriods({
        year: 110,
        kpis: [kpi('AC1.2', null)],
        targets: [target('AC1.2', '110H1', { value: 3 })],
      }),
    ).toEqual(['110', '110H1']);
  });

  it('offers a KPI the year and its own frequency only', () => {
    expect(appliesTo(kpi('A', 'quarter'), '110Q2')).toBe(true);
    expect(appliesTo(kpi('A', 'quarter'), '110')).toBe(true);
    expect(appliesTo(kpi('A', 'quarter'), '110H1')).toBe(false);
    expect(appliesTo(kpi('A', null), '110Q1')).toBe(false);
  });

  it('writes bands for range KPIs and stages for milestones', () => {
    expect(cellKind({ polarity: 'range' })).toBe('band');
    expect(cellKind({ polarity: 'milestone', stages: [{ name: '招標', percent: 25 }] })).toBe('stage');
    expect(cellKind({ polarity: 'milestone', stages: [] })).toBe('value');
    expect(cellKind({ polarity: 'lower' })).toBe('value');
  });

  it('sends only changed cells, with the version read; an emptied cell removes its target', () => {
    const stored = storedCells([
      target('AC1.1', '110', { value: 90, version: 3 }),
      target('AP1.1', '110', { min: 4, max: 6, version: 1 }),
    ]);
    const edits = new Map<string, TargetCell>([
      [cellKey('AC1.1', '110'), { value: 90, min: null, max: null, stage: null }],
      [cellKey('AP1.1', '110'), { value: null, min: null, max: null, stage: null }],
      [cellKey('AC1.1', '110Q1'), { value: 20, min: null, max: null, stage: null }],
      [cellKey('AC1.1', '110Q2'), { value: null, min: null, max: null, stage: null }],
    ]);
    const { entries, keys } = changedTargets(edits, stored);
    expect(keys).toEqual(['AP1.1@110', 'AC1.1@110Q1']);
    expect(entries).toEqual([
      { kpi: 'AP1.1', period: '110', value: null, min: null, max: null, stage: null, version: 1 },
      { kpi: 'AC1.1', period: '110Q1', value: 20, min: null, max: null, stage: null },
    ]);
  });

  it('puts the API issues back at their cell and field', () => {
    const issues = cellIssues(
      [
        { path: 'targets.1.max', message: 'a target band needs min ≤ max' },
        { path: 'targets.0.period', message: '110Q1 is locked' },
        { path: 'targets.7.value', message: 'lost' },
      ],
      ['AC1.1@110Q1', 'AP1.1@110'],
    );
    expect(issues.get('AP1.1@110')).toEqual({ max: ['a target band needs min ≤ max'] });
    expect(issues.get('AC1.1@110Q1')).toEqual({ '': ['110Q1 is locked'] });
    expect(issues.size).toBe(2);
  });

  it('finds a band with one end or the wrong way round before it is sent', () => {
    expect(cellProblems({ value: null, min: 4, max: null, stage: null })).toEqual({ max: 'bandIncomplete' });
    expect(cellProblems({ value: null, min: null, max: 4, stage: null })).toEqual({ min: 'bandIncomplete' });
    expect(cellProblems({ value: null, min: 6, max: 4, stage: null })).toEqual({ max: 'bandReversed' });
    expect(cellProblems({ value: null, min: 4, max: 4, stage: null })).toEqual({});
  });

  it('prints a value, a band or a stage', () => {
    expect(cellText({ value: 95, min: null, max: null, stage: null })).toBe('95');
    expect(cellText({ value: null, min: 4, max: 6, stage: null })).toBe('4–6');
    expect(cellText({ value: null, min: null, max: null, stage: '啟用' })).toBe('啟用');
    expect(cellText(undefined)).toBe('');
  });
});
