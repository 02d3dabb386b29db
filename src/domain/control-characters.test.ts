import { describe, expect, it } from 'vitest';
import { findControlCharacters } from './control-characters';
import { parsePlanFile } from './plan-document';

describe('findControlCharacters', () => {
  it('names the path of each text or key holding one, in document order', () => {
    const issues = findControlCharacters({
      name: 'ok\tok\nok\r',
      list: ['fine', 'bad\u0001'],
      nested: { inputs: { 'key\u000b': 1 }, note: '\u001fx' },
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['list', 1],
      ['nested', 'inputs', 'key\u000b'],
      ['nested', 'note'],
    ]);
    expect(issues[0]?.message).toBe(
      'the text contains the invisible control character U+0001 at character 4; delete it or retype the text',
    );
    expect(issues[1]?.message).toContain('the name "key" contains');
    expect(issues[1]?.message).toContain('U+000B (vertical tab, a line break pasted from Word)');
  });

  it('stops at the limit and survives any nesting depth', () => {
    expect(
      findControlCharacters(
        Array.from({ length: 50 }, () => '\u0002'),
        3,
      ),
    ).toHaveLength(3);
    let deep: unknown = '\u0003';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findControlCharacters(deep)[0]?.path).toHaveLength(100_000);
  });
});

describe('plan documents', () => {
  const doc = (name: string, note: string) => ({
    format: 'stratmap.plan/1',
    org: { name: '臺北市政府' },
    year: 110,
    objectives: [{ code: 'AC1', name }],
    kpis: [{ code: 'AC1.1', objective: 'AC1', name: '比率' }],
    actuals: [{ kpi: 'AC1.1', period: '110', value: 1, note }],
  });

  it('refuse a control character in any text, at its path', () => {
    const result = parsePlanFile({ plans: [doc('提升\u000b效能', '說明\u0007')] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path.join('.'))).toEqual([
      'plans.0.objectives.0.name',
      'plans.0.actuals.0.note',
    ]);
  });

  it('accept tabs and line breaks', () => {
    expect(parsePlanFile(doc('提升\t效能', '第一行\r\n第二行')).ok).toBe(true);
  });
});
