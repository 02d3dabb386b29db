import { describe, expect, it } from 'vitest';
import {
  aggregateApplies,
  checkFormulaText,
  normaliseStages,
  percentProblem,
  scoringBody,
  scoringFormValues,
  scoringPaths,
  stageNameProblem,
  toleranceProblem,
  weightProblem,
} from './kpi-scoring';

const milestone = {
  polarity: 'milestone' as const,
  frequency: 'quarter' as const,
  baseline: 10,
  weight: 2,
  aggregate: 'last' as const,
  stages: [
    { name: '招標', percent: 25 },
    { name: '啟用', percent: 100 },
  ],
  tolerance: 3,
};

describe('KPI scoring fields: API values ↔ form values', () => {
  it('fills the defaults of docs/SCORING.md for a KPI that has none', () => {
    expect(scoringFormValues(undefined)).toEqual({
      polarity: 'higher',
      frequency: null,
      baseline: null,
      weight: 1,
      aggregate: 'last',
      tolerance: null,
      stages: [],
    });
  });

  it('round-trips a milestone KPI: its stages come back in order, tolerance is left as stored', () => {
    const body = scoringBody(scoringFormValues(milestone));
    expect(body).toEqual({
      polarity: 'milestone',
      frequency: 'quarter',
      baseline: 10,
      weight: 2,
      aggregate: 'last',
      stages: milestone.stages,
    });
    expect('tolerance' in body).toBe(false);
  });

  it('sends the tolerance of a range KPI, null when cleared, and leaves its stages alone', () => {
    const body = scoringBody({ ...scoringFormValues(milestone), polarity: 'range', tolerance: null });
    expect(body.tolerance).toBeNull();
    expect('stages' in body).toBe(false);
  });

  it('clears baseline and frequency with null and falls back to equal weight', () => {
    const body = scoringBody({ polarity: 'lower', frequency: null, baseline: null, weight: null });
    expect(body).toMatchObject({
      polarity: 'lower',
      frequency: null,
      baseline: null,
      weight: 1,
      aggregate: 'last',
    });
  });

  it('keeps a weight of 0 (left out of the roll-up), which is not "empty"', () => {
    expect(scoringBody({ weight: 0 }).weight).toBe(0);
  });

  it('trims stage names and keeps the rows in the order shown', () => {
    expect(
      normaliseStages([
        { name: ' 完工 ', percent: 75 },
        { name: '招標', percent: 25 },
      ]),
    ).toEqual([
      { name: '完工', percent: 75 },
      { name: '招標', percent: 25 },
    ]);
  });
});

describe('checks matching the API schema', () => {
  it('names empty and repeated stage names, surrounding spaces aside', () => {
    const rows = [{ name: '招標' }, { name: ' 招標' }, { name: '  ' }, { name: '啟用' }];
    expect(stageNameProblem(rows, 0)).toBe('duplicate');
    expect(stageNameProblem(rows, 1)).toBe('duplicate');
    expect(stageNameProblem(rows, 2)).toBe('required');
    expect(stageNameProblem(rows, 3)).toBeNull();
  });

  it('wants a stage percent from 0 to 100', () => {
    expect(percentProblem(150)).toBe('range');
    expect(percentProblem(-1)).toBe('range');
    expect(percentProblem(null)).toBe('required');
    expect(percentProblem(0)).toBeNull();
    expect(percentProblem(100)).toBeNull();
  });

  it('wants a tolerance above 0 when given and a weight of at least 0', () => {
    expect(toleranceProblem(0)).toBe('range');
    expect(toleranceProblem(null)).toBeNull();
    expect(toleranceProblem(0.5)).toBeNull();
    expect(weightProblem(-0.5)).toBe('range');
    expect(weightProblem(0)).toBeNull();
  });
});

describe('which fields mean something', () => {
  it('asks for the aggregate only of KPIs reported within the year, milestones aside', () => {
    expect(aggregateApplies('higher', 'quarter')).toBe(true);
    expect(aggregateApplies('higher', 'year')).toBe(false);
    expect(aggregateApplies('lower', null)).toBe(false);
    expect(aggregateApplies('milestone', 'month')).toBe(false);
  });

  it('claims the API paths of the fields shown, stage rows included', () => {
    expect(scoringPaths('milestone', null, 2)).toEqual(
      expect.arrayContaining(['stages', 'stages.1.percent', 'stages.0.name', 'weight']),
    );
    expect(scoringPaths('milestone', null, 2)).not.toContain('stages.2.percent');
    expect(scoringPaths('higher', 'year', 0)).not.toContain('stages');
    expect(scoringPaths('range', 'month', 0)).toEqual(expect.arrayContaining(['tolerance', 'aggregate']));
  });
});

describe('the live formula check', () => {
  it('lists the variables the documents name, in order, and the unit stated after the formula', () => {
    const check = checkFormulaText('（當年度獲獎校數÷當年度申請校數）×100％（單位：%）');
    expect(check).toEqual({
      state: 'ok',
      variables: ['當年度獲獎校數', '當年度申請校數'],
      entersInputs: true,
      percent: true,
      unit: '%',
    });
  });

  it('says a formula of one variable is entered as the value', () => {
    expect(checkFormulaText('借閱人次')).toMatchObject({ state: 'ok', entersInputs: false });
  });

  it('reports where an unreadable formula goes wrong, in both languages', () => {
    const check = checkFormulaText('a=b');
    expect(check.state).toBe('error');
    if (check.state !== 'error') return;
    expect(check.position).toBe(1);
    expect(check.message.zh).toContain('=');
    expect(check.message.en).toContain('=');
  });

  it('treats an empty formula as none (it is optional)', () => {
    expect(checkFormulaText('  ')).toEqual({ state: 'empty' });
    expect(checkFormulaText(null)).toEqual({ state: 'empty' });
  });
});
