import { describe, expect, it } from 'vitest';
import type { ActualsSheet } from '../../import/actuals-sheet';
import { checkSheetRows, codeOfStoreIssue } from './upload-rows';

const KPIS = [
  { code: 'AC1.1', formula: '良好日數/全年日數×100%', stages: null },
  { code: 'AC1.2', formula: null, stages: null },
  { code: 'BC1.1', formula: null, stages: [{ name: '招標' }, { name: '完工' }] },
];

const sheet = (rows: ActualsSheet['rows']): ActualsSheet => ({
  columns: { kpi: '指標代碼', period: '期別', value: '實績值', stage: '階段' },
  rows,
});

const codes = (s: ActualsSheet, period?: string) =>
  checkSheetRows(s, KPIS, 110, period).errors.map((e) => [e.row, e.column, e.code]);

describe('checking the rows of an uploaded sheet', () => {
  it('names every problem of every row with a stable code and its column', () => {
    const s = sheet([
      { row: 2, fields: { kpi: 'XX9.1', value: 5 }, inputs: {} },
      { row: 3, fields: { kpi: 'AC1.2', period: '109Q1', value: 5 }, inputs: {} },
      { row: 4, fields: { kpi: 'ac1.2', value: '九十' }, inputs: {} },
      { row: 5, fields: { value: 3 }, inputs: {} },
      { row: 6, fields: { kpi: 'BC1.1', stage: '啟用' }, inputs: {} },
      { row: 7, fields: { kpi: 'AC1.1' }, inputs: { 良好日數: 8, 全年日數: 0 } },
      { row: 8, fields: { kpi: 'AC1.2', period: '110Q5', value: 1 }, inputs: {} },
      { row: 9, fields: { kpi: 'AC1.2' }, inputs: { 分子: 'x' } },
    ]);
    expect(codes(s, '110Q1')).toEqual([
      [2, '指標代碼', 'unknown_kpi'],
      [3, '期別', 'period_mismatch'],
      [4, '實績值', 'not_a_number'],
      [5, '指標代碼', 'missing_kpi'],
      [6, '階段', 'unknown_stage'],
      [7, '實績值', 'formula_error'],
      [8, '期別', 'period_mismatch'],
      [9, '分子', 'not_a_number'],
      // The same KPI and period as row 4, wrong as that row is.
      [9, '指標代碼', 'duplicate'],
    ]);
    const [first] = checkSheetRows(s, KPIS, 110, '110Q1').errors;
    expect(first).toMatchObject({ params: { kpi: 'XX9.1' }, message: expect.stringContaining('XX9.1') });
    const formula = checkSheetRows(s, KPIS, 110, '110Q1').errors.find((e) => e.code === 'formula_error');
    expect(formula?.params.detailZh).toMatch(/全年日數/);
  });

  it('checks the period of each row against the plan year when no period is chosen', () => {
    const s = sheet([
      { row: 2, fields: { kpi: 'AC1.2', value: 1 }, inputs: {} },
      { row: 3, fields: { kpi: 'AC1.2', period: '109Q1', value: 1 }, inputs: {} },
      { row: 4, fields: { kpi: 'AC1.2', period: '110Q9', value: 1 }, inputs: {} },
      { row: 5, fields: { kpi: 'AC1.2', period: '110q2', value: 1 }, inputs: {} },
      { row: 6, fields: { kpi: 'AC1.2', period: '110Q2', value: 2 }, inputs: {} },
    ]);
    expect(codes(s)).toEqual([
      [2, '期別', 'missing_period'],
      [3, '期別', 'period_other_year'],
      [4, '期別', 'invalid_period'],
      [6, '指標代碼', 'duplicate'],
    ]);
    const checked = checkSheetRows(s, KPIS, 110, undefined);
    expect(checked.entries).toEqual([expect.objectContaining({ kpi: 'AC1.2', period: '110Q2', value: 1 })]);
    expect(checked.errors.find((e) => e.code === 'duplicate')?.params).toEqual({
      kpi: 'AC1.2',
      period: '110Q2',
      first: 5,
    });
  });

  it('skips the lines of a template left empty and keeps the filled ones as entries', () => {
    const s = sheet([
      { row: 2, fields: { kpi: 'AC1.1', period: '110Q1' }, inputs: {} },
      { row: 3, fields: { kpi: 'AC1.1' }, inputs: { 良好日數: 81, 全年日數: 90 } },
      { row: 4, fields: { kpi: 'BC1.1', stage: '完工' }, inputs: {} },
      { row: 5, fields: { kpi: 'AC1.2', value: '1,100', stage: null }, inputs: {} },
    ]);
    const checked = checkSheetRows(s, KPIS, 110, '110Q2');
    expect(checked.errors).toEqual([]);
    expect(checked.skipped).toEqual([2]);
    expect(checked.rowOfEntry).toEqual([3, 4, 5]);
    expect(checked.entries).toEqual([
      expect.objectContaining({ kpi: 'AC1.1', period: '110Q2', inputs: { 良好日數: 81, 全年日數: 90 } }),
      expect.objectContaining({ kpi: 'BC1.1', stage: '完工', value: null, inputs: null }),
      expect.objectContaining({ kpi: 'AC1.2', value: 1100 }),
    ]);
  });

  it("names the problems storeActuals finds by the entry's field", () => {
    expect(codeOfStoreIssue('correctiveAction')).toBe('red_needs_corrective_action');
    expect(codeOfStoreIssue('explanation')).toBe('red_needs_explanation');
    expect(codeOfStoreIssue('value')).toBe('missing_value');
    expect(codeOfStoreIssue('something else')).toBe('invalid');
  });
});
