import { describe, expect, it } from 'vitest';
import { readDefinition, tidyFormula } from './definition';
import { type KpiDetails, kpiDetailLine, unitLine } from './kpi-lines';

describe('tidyFormula', () => {
  it("drops the spaces a PDF's text puts around a Chinese formula's operators and in its names", () => {
    expect(tidyFormula('( 資本門實支數 + 資本門應付未付數 )/( 資本門預算數 )×100%')).toBe(
      '(資本門實支數+資本門應付未付數)/(資本門預算數)×100%',
    );
    expect(tidyFormula('實際完成數 / 預定完成數 ×100%')).toBe('實際完成數/預定完成數×100%');
    expect(tidyFormula('千元 / 人')).toBe('千元/人');
    expect(tidyFormula('期限內結 案件數/諮詢案件總數')).toBe('期限內結案件數/諮詢案件總數');
  });

  it('keeps an English formula as written', () => {
    expect(tidyFormula('Persons served / persons in need × 100%')).toBe(
      'Persons served / persons in need × 100%',
    );
    expect(tidyFormula('hours')).toBe('hours');
  });
});

describe('readDefinition', () => {
  it('keeps a note after the formula apart: in brackets, after 註：, after a full stop', () => {
    expect(readDefinition('(實支數+保留數)/預算數×100%（以上各數均含追加預算）')).toEqual({
      formula: '(實支數+保留數)/預算數×100%',
      unit: null,
      note: '以上各數均含追加預算',
    });
    expect(readDefinition('滿意人數/受訪人數×100% 註：以問卷調查')).toMatchObject({ note: '以問卷調查' });
    expect(readDefinition('參與人次/目標人次×100%。以上數據以年底統計為準')).toEqual({
      formula: '參與人次/目標人次×100%',
      unit: null,
      note: '以上數據以年底統計為準',
    });
    expect(readDefinition('推廣教育課程參與人次總和（不含線上課程）')).toMatchObject({
      formula: '推廣教育課程參與人次總和',
      note: '不含線上課程',
    });
  });

  it('takes the unit out wherever it stands, and a trailing 。 off', () => {
    expect(readDefinition('A/B×100%(單位：%)（以上各數均含保留款）')).toEqual({
      formula: 'A/B×100%',
      unit: '%',
      note: '以上各數均含保留款',
    });
    expect(readDefinition('本年度辦理場次/目標場次×100%。')).toEqual({
      formula: '本年度辦理場次/目標場次×100%',
      unit: null,
      note: null,
    });
  });

  it('leaves formulas and prose that end with a bracket of their own as they are', () => {
    for (const text of [
      '(資本門實支數+資本門應付未付數)/(資本門預算數)×100%',
      '(A+B)/(C)',
      '受訪者滿意度調查結果（非常滿意及滿意者之比例）',
      '以問卷調查統計。滿意及非常滿意者比率',
      '( 經常門實支數/經常門預算數×100%',
    ])
      expect(readDefinition(text)).toEqual({ formula: text, unit: null, note: null });
  });
});

describe('KPI details one cell per line', () => {
  const kpi = (): KpiDetails => ({ name: '接受公共化教保服務人數比率' });

  it('reads a formula, its wrapped rest, its unit and a note instead of lengthening the name', () => {
    const k = kpi();
    for (const line of ['公共化教保服務人數/', '全市幼兒人數×100%', '%', '（以上均含私立幼兒園）'])
      expect(kpiDetailLine(k, line)).toBe(true);
    expect(k).toEqual({
      name: '接受公共化教保服務人數比率',
      formula: '公共化教保服務人數/全市幼兒人數×100%',
      unit: '%',
      note: '以上均含私立幼兒園',
    });
  });

  it('leaves a wrapped name alone, and waits for the name when the code stood alone', () => {
    expect(kpiDetailLine(kpi(), '人數成長率')).toBe(false);
    expect(kpiDetailLine({ name: '' }, '服務人次/目標人次')).toBe(false);
    expect(kpiDetailLine({ name: 'Number of community care' }, 'centres')).toBe(false);
  });

  it('a unit alone after the name: a unit word, or the English word the name measures in', () => {
    const zh: KpiDetails = { name: '畢業團隊續留本市設立公司家數' };
    expect(kpiDetailLine(zh, '家數')).toBe(true);
    const en: KpiDetails = { name: 'Training hours per staff member' };
    expect(kpiDetailLine(en, 'hours')).toBe(true);
    expect([zh.unit, en.unit, en.name]).toEqual(['家數', 'hours', 'Training hours per staff member']);
  });

  it('knows units bare, in brackets and labelled, and nothing else as one', () => {
    expect(['%', '（人次）', '單位：件', 'Unit: persons', '千元/人', '成果'].map((t) => unitLine(t))).toEqual(
      ['%', '人次', '件', 'persons', '千元/人', null],
    );
  });
});
