import jsep from 'jsep';
import { printFormula } from './print';
import { normalizeMapped, splitFormulaUnit } from './text';
import { checkStructure, scan, type Token } from './tokenize';
import type { FormulaNode, ParseResult } from './types';

// × and ÷ survive NFKC, so jsep must know them; ＊ and ／ become * and / by NFKC.
jsep.addBinaryOp('×', 10);
jsep.addBinaryOp('÷', 10);

const MAX_LENGTH = 1000;
/** Documents sometimes write the label in front: `計算公式：a/b×100%`. */
const LEAD_LABEL = /^\s*(?:計算)?公式\s*[:：]\s*/;

type JsepNode = jsep.Expression;

function toNode(n: JsepNode, names: string[]): FormulaNode {
  if (n.type === 'Literal' && typeof n.value === 'number') return { type: 'number', value: n.value };
  if (n.type === 'Identifier') {
    const name = names[Number(String(n.name).slice(1))];
    if (name !== undefined) return { type: 'variable', name };
  }
  if (n.type === 'UnaryExpression') {
    const u = n as jsep.UnaryExpression;
    if (u.operator === '-' || u.operator === '+') {
      return { type: 'unary', operator: u.operator, argument: toNode(u.argument, names) };
    }
  }
  if (n.type === 'BinaryExpression') {
    const b = n as jsep.BinaryExpression;
    const op = b.operator === '×' ? '*' : b.operator === '÷' ? '/' : b.operator;
    if (op === '+' || op === '-' || op === '*' || op === '/') {
      return { type: 'binary', operator: op, left: toNode(b.left, names), right: toNode(b.right, names) };
    }
  }
  throw new Error(`unexpected ${n.type}`);
}

/**
 * jsep only sees placeholders (v0, v1 …) for names and plain numbers, so a name such as
 * `108年度預算數` or `a%b` can never be misread by jsep's own identifier rules.
 */
function jsepSource(tokens: Token[]): { source: string; names: string[] } {
  const names: string[] = [];
  const parts = tokens.map((t) => {
    if (t.kind === 'name') {
      let k = names.indexOf(t.text);
      if (k < 0) k = names.push(t.text) - 1;
      return `v${k}`;
    }
    if (t.kind === 'number') return String(t.value);
    if (t.kind === 'open') return '(';
    if (t.kind === 'close') return ')';
    return t.kind === 'op' ? t.text : '';
  });
  return { source: parts.join(' '), names };
}

function collectVariables(node: FormulaNode, into: string[]): string[] {
  if (node.type === 'variable' && !into.includes(node.name)) into.push(node.name);
  if (node.type === 'unary') collectVariables(node.argument, into);
  if (node.type === 'binary') {
    collectVariables(node.left, into);
    collectVariables(node.right, into);
  }
  return into;
}

/** Parses a KPI formula as the documents write it. Never throws. */
export function parseFormula(text: string): ParseResult {
  if (typeof text !== 'string') {
    return { ok: false, error: { message: { zh: '公式必須是文字', en: 'a formula must be text' } } };
  }
  if (text.length > MAX_LENGTH) {
    return {
      ok: false,
      error: {
        message: {
          zh: `公式超過 ${MAX_LENGTH} 個字`,
          en: `the formula is longer than ${MAX_LENGTH} characters`,
        },
      },
    };
  }
  const label = LEAD_LABEL.exec(text)?.[0].length ?? 0;
  const split = splitFormulaUnit(text.slice(label));
  const body = text.slice(label);
  const start = label + (body.length - body.trimStart().length);
  const mapped = normalizeMapped(split.formula, start);
  const where = (at: number | undefined) =>
    at === undefined ? undefined : (mapped.source[at] ?? start + split.formula.length);

  const scanned = scan(mapped.text);
  if (!scanned.ok) return { ok: false, error: { ...scanned.error, position: where(scanned.error.position) } };
  const problem = checkStructure(scanned.tokens, mapped.text.length);
  if (problem) return { ok: false, error: { ...problem, position: where(problem.position) } };

  const percent = scanned.tokens.at(-1)?.kind === 'percent';
  const { source, names } = jsepSource(percent ? scanned.tokens.slice(0, -1) : scanned.tokens);
  let expression: FormulaNode;
  try {
    expression = toNode(jsep(source), names);
  } catch (e) {
    // The structural check should leave jsep nothing to reject; if it does, say so plainly.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { message: { zh: `公式無法解析（${detail}）`, en: `the formula cannot be parsed (${detail})` } },
    };
  }
  const unit = split.unit === null ? null : split.unit.normalize('NFKC');
  const normalized = `${printFormula(expression)}${percent ? '%' : ''}`;
  return {
    ok: true,
    formula: { expression, variables: collectVariables(expression, []), unit, percent, normalized },
  };
}
