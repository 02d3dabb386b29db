import { fieldLabel, headerRole, isSectionWord, isThemeLabel, perspectiveLabel } from '../labels';
import { ROW_LABEL } from '../leads';
import { hasCode } from '../tokens';

/**
 * What a table row is, for telling a row that starts something from the wrapped rest of the row
 * above: labels (顧客, 策略主題, 分組成員, 【使命】) start rows; text without a code does not.
 */

/** The row's first filled cell labels it: a perspective, the theme list, a field, a lead row, a header. */
export function isLabelRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  const first = filled[0];
  if (first === undefined) return false;
  return (
    perspectiveLabel(first) !== null ||
    isThemeLabel(first) ||
    headerRole(first) === 'theme' ||
    fieldLabel(first) !== null ||
    ROW_LABEL.test(first.replace(/\s/g, '')) ||
    isSectionWord(first) ||
    filled.filter((c) => headerRole(c) !== 'other').length >= 2
  );
}

/** A row that names no code: in a table of coded rows, the continuation of the row above. */
export function continuesRow(cells: string[]): boolean {
  return cells.some((c) => c.trim() !== '') && !cells.some((c) => hasCode(c));
}
