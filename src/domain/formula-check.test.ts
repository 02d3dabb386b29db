import { describe, expect, it } from 'vitest';
import { checkFormula, splitFormulaUnit } from './formula-check';

describe('checkFormula', () => {
  it('accepts the formulas the documents use', () => {
    expect(checkFormula('當年度獲獎校數/當年度申請校數*100%')).toEqual({
      ok: true,
      variables: ['當年度獲獎校數', '當年度申請校數'],
    });
    const r = checkFormula('(資本門實支數+資本門應付未付數)/(資本門預算數)×100%');
    expect(r.ok && r.variables).toEqual(['資本門實支數', '資本門應付未付數', '資本門預算數']);
    expect(checkFormula('（分子÷分母）×100%').ok).toBe(true);
    expect(checkFormula('-a+b').ok).toBe(true);
  });
  it('names the problem of a broken formula', () => {
    const cases: [string, RegExp][] = [
      ['（經常門實支數/經常門預算數×100%', /never closed/],
      ['a/b)×100%', /no matching opening/],
      ['a/×b', /no operand/],
      ['a/b×', /ends with an operator/],
      ['()', /empty/],
      ['a (b)', /operator is missing/],
      ['', /empty/],
    ];
    for (const [formula, problem] of cases) {
      const r = checkFormula(formula);
      expect(r.ok, formula).toBe(false);
      if (!r.ok) {
        expect(r.problem.en, formula).toMatch(problem);
        expect(r.problem.zh.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('splitFormulaUnit', () => {
  it('takes the unit out of 分子/分母×100%(單位：%)', () => {
    expect(splitFormulaUnit('分子/分母×100%(單位：%)')).toEqual({ formula: '分子/分母×100%', unit: '%' });
    expect(splitFormulaUnit('服務人次總和（單位：人次）')).toEqual({ formula: '服務人次總和', unit: '人次' });
    expect(splitFormulaUnit('a/b')).toEqual({ formula: 'a/b', unit: null });
  });
});
