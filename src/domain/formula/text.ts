/**
 * Text clean-up before a formula is tokenised. NFKC runs per code point so that every character
 * of the clean text remembers where it came from: errors point into what the planner typed.
 */

export interface MappedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index of its source character in the original. */
  source: number[];
}

/** Dashes that PDF extraction and word processors put where a minus was meant. */
const DASHES = /[\u2212\u2013\u2014\u2010\u2011\ufe63\uff0d]/;

export function normalizeMapped(original: string, offset = 0): MappedText {
  let text = '';
  const source: number[] = [];
  let i = 0;
  for (const ch of original) {
    const n = DASHES.test(ch) ? '-' : ch.normalize('NFKC');
    for (let k = 0; k < n.length; k++) source.push(offset + i);
    text += n;
    i += ch.length;
  }
  return { text, source };
}

/**
 * Splits `分子/分母×100%(單位：%)` or `服務人次總和（單位：人次）` into the formula and its unit.
 * Kept here (and re-exported by formula-check) because the importer splits definitions too.
 */
export function splitFormulaUnit(text: string): { formula: string; unit: string | null } {
  const m = /[(（]?\s*單位\s*[:：]\s*([^)）]*?)\s*[)）]?\s*$/.exec(text);
  if (!m || m[1] === undefined || m[1] === '') return { formula: text.trim(), unit: null };
  return { formula: text.slice(0, m.index).trim(), unit: m[1].trim() };
}
