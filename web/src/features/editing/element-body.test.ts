import { describe, expect, it } from 'vitest';
import { elementBody, elementFormValues } from './element-body';

describe('element form values ↔ API body', () => {
  it('gives themes and objectives an equal weight unless they carry one, and sends 0 as 0', () => {
    expect(elementFormValues('theme', { letter: 'A', name: '主題' }).weight).toBe(1);
    expect(elementFormValues('objective', { code: 'AC1', name: '目標', weight: 0 }).weight).toBe(0);
    expect(elementBody('objective', { code: 'AC1', name: '目標', weight: 0, position: 2 })).toEqual({
      code: 'AC1',
      name: '目標',
      weight: 0,
      position: 2,
    });
    expect(elementBody('theme', { letter: 'A', name: '主題', weight: null, position: null })).toEqual({
      letter: 'A',
      name: '主題',
      weight: 1,
    });
  });

  it('sends a KPI with its scoring fields; emptied text clears the stored one', () => {
    const kpi = {
      id: 30,
      code: 'AC1.1',
      name: '工程進度',
      formula: null,
      note: null,
      unit: null,
      polarity: 'milestone',
      frequency: 'quarter',
      baseline: null,
      weight: 1,
      aggregate: 'last',
      stages: [{ name: '完工', percent: 100 }],
      tolerance: null,
      position: 0,
      version: 3,
    };
    const values = elementFormValues('kpi', kpi);
    expect(values).not.toHaveProperty('id');
    expect(values).not.toHaveProperty('version');
    expect(elementBody('kpi', values)).toEqual({
      code: 'AC1.1',
      name: '工程進度',
      formula: '',
      note: '',
      unit: '',
      position: 0,
      polarity: 'milestone',
      frequency: 'quarter',
      baseline: null,
      weight: 1,
      aggregate: 'last',
      stages: [{ name: '完工', percent: 100 }],
    });
  });

  it("edits a KPI's note and sends it as typed (the API trims it)", () => {
    const values = elementFormValues('kpi', { code: 'F1.1', name: '執行率', note: '以上各數均含保留款' });
    expect(values.note).toBe('以上各數均含保留款');
    expect(elementBody('kpi', { ...values, note: '不含保留款' })).toMatchObject({ note: '不含保留款' });
  });

  it('sends no weight or scoring field for KSFs and action plans', () => {
    expect(elementBody('ksf', { code: '', name: 'k', weight: 3, polarity: 'lower' })).toEqual({
      code: null,
      name: 'k',
    });
  });
});
