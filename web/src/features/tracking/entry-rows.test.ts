import { describe, expect, it } from 'vitest';
import { changedEntries, entryRows, rowIssues } from './entry-rows';
import type { Results } from './types';

const kpi = (id: number, code: string, formula: string | null = null) => ({
  id,
  objectiveId: 1,
  code,
  name: code,
  formula,
  unit: null,
  polarity: 'higher',
  frequency: 'quarter',
});

const results: Results = {
  planId: 1,
  year: 110,
  kpis: [kpi(1, 'AC1.1'), kpi(2, 'AF1.1', '(資本門實支數+資本門應付未付數)/資本門預算數×100%')],
  targets: [{ id: 1, kpi: 'AC1.1', period: '110', value: 95, min: null, max: null, stage: null, version: 1 }],
  actuals: [
    {
      id: 7,
      kpi: 'AC1.1',
      period: '110Q1',
      value: 90,
      stage: null,
      inputs: null,
      note: '備註',
      evidence: null,
      explanation: null,
      correctiveAction: null,
      version: 3,
    },
  ],
  locks: [],
};

describe('entry rows', () => {
  it('takes the year target when the period has none, and the formula variables', () => {
    const rows = entryRows(results, '110Q1');
    expect(rows[0]?.target?.value).toBe(95);
    expect(rows[0]?.value).toBe(90);
    expect(rows[1]?.variables).toEqual(['資本門實支數', '資本門應付未付數', '資本門預算數']);
  });

  it('sends only changed rows, with the version read, and inputs when all are given', () => {
    const original = entryRows(results, '110Q1');
    const rows = entryRows(results, '110Q1');
    expect(changedEntries(rows, original).entries).toEqual([]);
    rows[0] = { ...(rows[0] as (typeof rows)[0]), value: 50, correctiveAction: ' 加強宣導 ' };
    const r1 = rows[1] as (typeof rows)[0];
    rows[1] = { ...r1, inputs: { 資本門實支數: 80, 資本門應付未付數: 5, 資本門預算數: 100 } };
    const { entries, index } = changedEntries(rows, original);
    expect(index).toEqual([0, 1]);
    expect(entries[0]).toMatchObject({
      kpi: 'AC1.1',
      value: 50,
      version: 3,
      correctiveAction: '加強宣導',
      note: '備註',
    });
    expect(entries[1]).toMatchObject({ kpi: 'AF1.1', inputs: { 資本門預算數: 100 } });
    expect(entries[1]).not.toHaveProperty('value');
  });

  it('sends the stage a milestone KPI reached, and nothing for a stage left empty', () => {
    const milestone = {
      ...kpi(3, 'AP1.1'),
      polarity: 'milestone',
      stages: [
        { name: '招標', percent: 25 },
        { name: '完工', percent: 100 },
      ],
    };
    const plan = { ...results, kpis: [milestone], actuals: [] };
    const original = entryRows(plan, '110Q1');
    expect(original[0]?.stage).toBeNull();
    expect(changedEntries(original, original).entries).toEqual([]);
    const rows = original.map((r) => ({ ...r, stage: '招標' }));
    expect(changedEntries(rows, original).entries).toEqual([
      { kpi: 'AP1.1', stage: '招標', note: null, evidence: null, explanation: null, correctiveAction: null },
    ]);
    const cleared = rows.map((r) => ({ ...r, stage: null }));
    expect(changedEntries(cleared, original).entries).toEqual([]);
  });

  it('maps the API issues back to grid rows', () => {
    const issues = rowIssues([{ path: 'actuals.1.correctiveAction', message: 'required' }], [0, 4]);
    expect(issues.get(4)).toEqual({ correctiveAction: ['required'] });
  });
});
