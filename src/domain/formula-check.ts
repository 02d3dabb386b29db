/**
 * The linter's view of a KPI formula: does it parse, and which variables does it use. A thin
 * adapter over the formula parser (`./formula`), kept so the linter and importer need not change.
 */
import { parseFormula } from './formula';

export { splitFormulaUnit } from './formula';

export type FormulaCheck =
  | { ok: true; variables: string[] }
  | { ok: false; problem: { zh: string; en: string } };

export function checkFormula(formula: string): FormulaCheck {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return { ok: false, problem: parsed.error.message };
  return { ok: true, variables: parsed.formula.variables };
}
