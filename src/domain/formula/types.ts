/** A message in both languages of the product (zh-TW for planners, English for logs and CLI). */
export interface Message {
  zh: string;
  en: string;
}

export type BinaryOperator = '+' | '-' | '*' | '/';
export type UnaryOperator = '+' | '-';

/**
 * The formula tree. Our own shape rather than jsep's, so that variables keep the names the
 * document gave them (jsep only ever sees placeholders) and evaluation needs no jsep types.
 */
export type FormulaNode =
  | { type: 'number'; value: number }
  | { type: 'variable'; name: string }
  | { type: 'unary'; operator: UnaryOperator; argument: FormulaNode }
  | { type: 'binary'; operator: BinaryOperator; left: FormulaNode; right: FormulaNode };

export interface Formula {
  expression: FormulaNode;
  /** Variable names in order of first appearance, each once. */
  variables: string[];
  /** The unit stated after the formula, e.g. `%` from `(單位：%)`; `null` when none is stated. */
  unit: string | null;
  /** The formula ends in `%`: its value is already a percentage number (95 means 95 %). */
  percent: boolean;
  /** Canonical text: ASCII operators and brackets, no spaces, no unit; parses to the same tree. */
  normalized: string;
}

export interface FormulaError {
  message: Message;
  /** Index (UTF-16) in the text given to `parseFormula` where the problem is. */
  position?: number;
}

export type ParseResult = { ok: true; formula: Formula } | { ok: false; error: FormulaError };
export type EvaluateResult = { ok: true; value: number } | { ok: false; error: FormulaError };
