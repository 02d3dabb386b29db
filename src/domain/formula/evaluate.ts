import { printFormula } from './print';
import type { EvaluateResult, Formula, FormulaNode, Message } from './types';

class EvaluationProblem extends Error {
  constructor(readonly text: Message) {
    super(text.en);
  }
}

function evaluateNode(node: FormulaNode, inputs: Record<string, number>): number {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'variable':
      return inputs[node.name] as number;
    case 'unary': {
      const v = evaluateNode(node.argument, inputs);
      return node.operator === '-' ? -v : v;
    }
    case 'binary': {
      const l = evaluateNode(node.left, inputs);
      const r = evaluateNode(node.right, inputs);
      if (node.operator === '/' && r === 0) {
        const divisor = printFormula(node.right);
        throw new EvaluationProblem({
          zh: `除數「${divisor}」為 0，無法計算`,
          en: `cannot divide by zero: "${divisor}" is 0`,
        });
      }
      const v =
        node.operator === '+' ? l + r : node.operator === '-' ? l - r : node.operator === '*' ? l * r : l / r;
      if (!Number.isFinite(v)) {
        throw new EvaluationProblem({ zh: '計算結果超出數值範圍', en: 'the result is too large to compute' });
      }
      return v;
    }
  }
}

/**
 * Input names spelled as the formula was before normalisation (full-width digits, a wrapped
 * line's space) still name the same variable.
 */
function sameSpelling(inputs: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const [name, value] of Object.entries(inputs)) out[name.normalize('NFKC').replace(/\s+/g, '')] = value;
  return out;
}

/**
 * Computes a formula from its inputs. A `%` formula yields the percentage number itself
 * (`a/b×100%` with a=19, b=20 gives 95), the way targets are written. Never throws; a missing
 * input or a zero divisor is an error, never Infinity, NaN or a silent zero.
 */
export function evaluateFormula(formula: Formula, given: Record<string, number>): EvaluateResult {
  const inputs = sameSpelling(given);
  const missing = formula.variables.filter((v) => typeof inputs[v] !== 'number');
  if (missing.length > 0) {
    const list = missing.join('」「');
    return {
      ok: false,
      error: {
        message: { zh: `缺少「${list}」的數值`, en: `no value was given for "${missing.join('", "')}"` },
      },
    };
  }
  const bad = formula.variables.filter((v) => !Number.isFinite(inputs[v]));
  if (bad.length > 0) {
    return {
      ok: false,
      error: {
        message: {
          zh: `「${bad.join('」「')}」不是有效的數值`,
          en: `"${bad.join('", "')}" is not a finite number`,
        },
      },
    };
  }
  try {
    return { ok: true, value: evaluateNode(formula.expression, inputs) };
  } catch (e) {
    if (e instanceof EvaluationProblem) return { ok: false, error: { message: e.text } };
    throw e;
  }
}
