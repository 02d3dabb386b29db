/**
 * A small structural check of KPI formulas such as `(資本門實支數+資本門應付未付數)/(資本門預算數)×100%`.
 * It lives alone so that the jsep-based parser planned for formulas can replace it without
 * touching the linter: callers only see `checkFormula` and `splitFormulaUnit`.
 */

export type FormulaCheck =
  | { ok: true; variables: string[] }
  | { ok: false; problem: { zh: string; en: string } };

const OPERATORS = new Set(['+', '-', '*', '/', '×', '÷']);
const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSE = new Set(Object.values(OPEN));

/** NFKC turns （）［］＋－／＊ into ASCII; × and ÷ survive and stay operators. */
function normalise(formula: string): string {
  return formula.normalize('NFKC').replace(/[−–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Splits `分子/分母×100%(單位：%)` into the formula and its unit. */
export function splitFormulaUnit(text: string): { formula: string; unit: string | null } {
  const m = /[(（]?\s*單位\s*[:：]\s*([^)）]*?)\s*[)）]?\s*$/.exec(text);
  if (!m || m[1] === undefined || m[1] === '') return { formula: text.trim(), unit: null };
  return { formula: text.slice(0, m.index).trim(), unit: m[1].trim() };
}

export function checkFormula(formula: string): FormulaCheck {
  const f = normalise(formula);
  if (f === '') return { ok: false, problem: { zh: '公式是空的', en: 'the formula is empty' } };
  const stack: string[] = [];
  const variables = new Set<string>();
  // 'operator' after a value or ')', 'operand' at the start, after an operator or '('.
  const state: { expect: 'operand' | 'operator' } = { expect: 'operand' };
  let term = '';
  const flushTerm = (): FormulaCheck | null => {
    const t = term.trim();
    term = '';
    if (t === '') return null;
    if (state.expect === 'operator') {
      return {
        ok: false,
        problem: { zh: `「${t}」前少了運算符號`, en: `an operator is missing before "${t}"` },
      };
    }
    const value = t.replace(/%$/, '').trim();
    if (!/^\d+(\.\d+)?$/.test(value)) variables.add(value);
    state.expect = 'operator';
    return null;
  };
  for (const ch of f) {
    if (OPERATORS.has(ch)) {
      const bad = flushTerm();
      if (bad) return bad;
      if (state.expect === 'operand' && !(ch === '-' || ch === '+')) {
        return {
          ok: false,
          problem: {
            zh: `運算符號「${ch}」前面沒有數值或變數`,
            en: `operator "${ch}" has no operand before it`,
          },
        };
      }
      state.expect = 'operand';
    } else if (OPEN[ch] !== undefined) {
      const bad = flushTerm();
      if (bad) return bad;
      if (state.expect === 'operator') {
        return {
          ok: false,
          problem: { zh: `括號「${ch}」前少了運算符號`, en: `an operator is missing before "${ch}"` },
        };
      }
      stack.push(OPEN[ch]);
    } else if (CLOSE.has(ch)) {
      const bad = flushTerm();
      if (bad) return bad;
      if (stack.pop() !== ch) {
        return {
          ok: false,
          problem: {
            zh: `括號「${ch}」沒有對應的左括號`,
            en: `bracket "${ch}" has no matching opening bracket`,
          },
        };
      }
      if (state.expect === 'operand') {
        return {
          ok: false,
          problem: { zh: '括號內是空的或以運算符號結尾', en: 'a bracket is empty or ends with an operator' },
        };
      }
    } else if (ch === '%' && term.trim() === '' && state.expect === 'operator') {
      // A trailing % after a bracket, as in (a/b)%: a percentage marker, not a variable.
    } else {
      term += ch;
    }
  }
  const bad = flushTerm();
  if (bad) return bad;
  if (stack.length > 0) {
    return { ok: false, problem: { zh: '左括號沒有對應的右括號', en: 'an opening bracket is never closed' } };
  }
  if (state.expect === 'operand') {
    return { ok: false, problem: { zh: '公式以運算符號結尾', en: 'the formula ends with an operator' } };
  }
  return { ok: true, variables: [...variables] };
}
