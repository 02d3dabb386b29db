import type { FormulaNode } from './types';

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;

function precedence(node: FormulaNode): number {
  if (node.type === 'binary') return PRECEDENCE[node.operator];
  return node.type === 'unary' ? 3 : 4;
}

/** Plain decimal digits: `1e+21` would read back as a variable, so exponents are spelled out. */
export function formatNumber(value: number): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 100 });
}

const signed = (text: string) => text.startsWith('-') || text.startsWith('+');

/**
 * Prints a tree with as few brackets as keep it the same tree. A right operand of equal
 * precedence keeps its brackets (a−(b−c)), and so does anything that
 * starts with a sign (a×(−b), a−(−b×c), −(−a)): a×−b would mean the same but reads badly.
 */
export function printFormula(node: FormulaNode): string {
  switch (node.type) {
    case 'number':
      return formatNumber(node.value);
    case 'variable':
      return node.name;
    case 'unary': {
      const arg = printFormula(node.argument);
      return precedence(node.argument) >= 3 && !signed(arg)
        ? `${node.operator}${arg}`
        : `${node.operator}(${arg})`;
    }
    case 'binary': {
      const p = PRECEDENCE[node.operator];
      const left = printFormula(node.left);
      const right = printFormula(node.right);
      const l = precedence(node.left) < p ? `(${left})` : left;
      const r = precedence(node.right) <= p || signed(right) ? `(${right})` : right;
      return `${l}${node.operator}${r}`;
    }
  }
}
