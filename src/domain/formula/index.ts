export { evaluateFormula } from './evaluate';
export { parseFormula } from './parse';
export { formatNumber, printFormula } from './print';
export { splitFormulaUnit } from './text';
export type { EvaluateResult, Formula, FormulaError, FormulaNode, Message, ParseResult } from './types';
