import { describe, expect, it } from 'vitest';
import { evaluateFormula } from './evaluate';
import { parseFormula } from './parse';
import type { Formula } from './types';

function parsed(text: string): Formula {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message.en}`);
  return r.formula;
}

describe('parseFormula on the formulas the documents write', () => {
  const cases: [string, string[], string | null, boolean, string][] = [
    [
      '當年度獲獎校數/當年度申請校數*100%',
      ['當年度獲獎校數', '當年度申請校數'],
      null,
      true,
      '當年度獲獎校數/當年度申請校數*100%',
    ],
    [
      '(資本門實支數+資本門應付未付數)/(資本門預算數)×100%',
      ['資本門實支數', '資本門應付未付數', '資本門預算數'],
      null,
      true,
      '(資本門實支數+資本門應付未付數)/資本門預算數*100%',
    ],
    ['分子/分母×100%(單位：%)', ['分子', '分母'], '%', true, '分子/分母*100%'],
    ['（分子÷分母）×100％（單位：人次）', ['分子', '分母'], '人次', true, '分子/分母*100%'],
    ['服務人次總和（單位：人次）', ['服務人次總和'], '人次', false, '服務人次總和'],
    [
      '108年度預算數－107年度預算數',
      ['108年度預算數', '107年度預算數'],
      null,
      false,
      '108年度預算數-107年度預算數',
    ],
    ['［a＋b］＊c／２', ['a', 'b', 'c'], null, false, '(a+b)*c/2'],
    ['計算公式：實支數/預算數×100%', ['實支數', '預算數'], null, true, '實支數/預算數*100%'],
    ['a/b+a', ['a', 'b'], null, false, 'a/b+a'],
  ];
  it.each(cases)('%s', (text, variables, unit, percent, normalized) => {
    const f = parsed(text);
    expect(f.variables).toEqual(variables);
    expect(f.unit).toBe(unit);
    expect(f.percent).toBe(percent);
    expect(f.normalized).toBe(normalized);
  });

  it('reads a% as the variable a marked as a percentage, not as an identifier "a%"', () => {
    const f = parsed('a%');
    expect(f.expression).toEqual({ type: 'variable', name: 'a' });
    expect(f.variables).toEqual(['a']);
    expect(f.percent).toBe(true);
    expect(parsed('達成數％').variables).toEqual(['達成數']);
  });

  it('keeps a space inside a wrapped Chinese name out of the name, but not between Latin names', () => {
    expect(parsed('資本門 實支數/預算數').variables).toEqual(['資本門實支數', '預算數']);
    expect(parsed('a b').variables).toEqual(['a b']);
  });

  it('reads Latin words one space apart as one name, as English documents write them', () => {
    const f = parsed('Persons served / persons in need × 100%');
    expect(f.variables).toEqual(['Persons served', 'persons in need']);
    expect(f.normalized).toBe('Persons served/persons in need*100%');
    expect(parsed('Visitors in 2019 ÷ (Staff members)').variables).toEqual([
      'Visitors in 2019',
      'Staff members',
    ]);
    expect(parsed('Ｂｕｄｇｅｔ　ｓｐｅｎｔ/budget').variables).toEqual(['Budget spent', 'budget']);
    // Two spaces, or a number before a word, are not one name: an operator is missing.
    expect(parseFormula('a  b').ok).toBe(false);
    expect(parseFormula('100 persons').ok).toBe(false);
  });

  it('builds the tree with the usual precedence, × and ÷ included', () => {
    expect(parsed('a+b×c').expression).toEqual({
      type: 'binary',
      operator: '+',
      left: { type: 'variable', name: 'a' },
      right: {
        type: 'binary',
        operator: '*',
        left: { type: 'variable', name: 'b' },
        right: { type: 'variable', name: 'c' },
      },
    });
    expect(parsed('a−b÷c').normalized).toBe('a-b/c');
    expect(parsed('a-(b-c)').normalized).toBe('a-(b-c)');
    expect(parsed('-a--b').normalized).toBe('-a-(-b)');
  });
});

describe('parseFormula on broken formulas', () => {
  const cases: [string, RegExp, number][] = [
    ['', /empty/, 0],
    ['（經常門實支數/經常門預算數×100%', /never closed/, 0],
    ['a/b)×100%', /no matching opening/, 3],
    ['a/×b', /no operand/, 2],
    ['a/b×', /ends with an operator/, 4],
    ['()', /empty/, 1],
    ['a (b)', /operator is missing/, 2],
    ['(a]', /does not match/, 2],
    ['a%b', /may only end/, 1],
    ['a%%', /may only end/, 1],
    ['%', /may only end/, 0],
    ['達成率=a/b', /"=" cannot be used/, 3],
    ['a^2', /"\^" cannot be used/, 1],
    ['分子/分母 (單位：%)x', /":" cannot be used/, 9],
  ];
  it.each(cases)('%s', (text, problem, position) => {
    const r = parseFormula(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.en).toMatch(problem);
    expect(r.error.message.zh).not.toBe('');
    expect(r.error.position).toBe(position);
  });

  it('reports positions in the text as given, unit and label included', () => {
    const r = parseFormula('計算公式：（分子／×分母）×100%（單位：%）');
    expect(!r.ok && r.error.position).toBe(9);
  });

  it('refuses formulas too long to be a KPI formula', () => {
    const r = parseFormula('a+'.repeat(600).concat('a'));
    expect(!r.ok && r.error.message.en).toMatch(/longer than/);
  });
});

describe('evaluateFormula', () => {
  const budget = parsed('(資本門實支數+資本門應付未付數)/(資本門預算數)×100%');

  it('gives the percentage number for a % formula', () => {
    const r = evaluateFormula(budget, { 資本門實支數: 80, 資本門應付未付數: 15, 資本門預算數: 100 });
    expect(r).toEqual({ ok: true, value: 95 });
  });

  it('says which inputs are missing', () => {
    const r = evaluateFormula(budget, { 資本門實支數: 80 });
    expect(!r.ok && r.error.message.en).toBe('no value was given for "資本門應付未付數", "資本門預算數"');
    expect(!r.ok && r.error.message.zh).toContain('資本門預算數');
  });

  it('refuses to divide by zero instead of returning Infinity or NaN', () => {
    const r = evaluateFormula(budget, { 資本門實支數: 0, 資本門應付未付數: 0, 資本門預算數: 0 });
    expect(!r.ok && r.error.message.en).toMatch(/divide by zero: "資本門預算數"/);
    const r2 = evaluateFormula(parsed('a/(b-c)'), { a: 1, b: 2, c: 2 });
    expect(!r2.ok && r2.error.message.en).toMatch(/"b-c" is 0/);
  });

  it('refuses inputs that are not finite numbers and results that overflow', () => {
    expect(evaluateFormula(parsed('a+1'), { a: Number.NaN }).ok).toBe(false);
    expect(evaluateFormula(parsed('a*a'), { a: 1e200 }).ok).toBe(false);
    expect(evaluateFormula(parsed('a+1'), JSON.parse('{"__proto__": 1}')).ok).toBe(false);
  });

  it('finds inputs named with full-width digits or a wrapped space', () => {
    const f = parsed('１０８年度預算數/預算總數×100%');
    expect(evaluateFormula(f, { '１０８年度預算數': 5, '預算 總數': 10 })).toEqual({ ok: true, value: 50 });
  });

  it('handles negative inputs and unary signs', () => {
    expect(evaluateFormula(parsed('-(a-b)×2'), { a: 1, b: 4 })).toEqual({ ok: true, value: 6 });
  });
});
