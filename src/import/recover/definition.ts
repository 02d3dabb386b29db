import { checkFormula, splitFormulaUnit } from '../../domain/formula-check';
import { closeCjkGaps } from './tokens';

/**
 * A KPI definition as printed: a formula, perhaps its unit (單位：%), perhaps a note after it —
 * in brackets (「（以上各數均含保留款）」), after 註： or as a sentence after 「。」. The note is the
 * planner's, kept beside the formula instead of making the formula unreadable.
 */

export interface Definition {
  formula: string;
  unit: string | null;
  note: string | null;
}

const NOTE_LABEL = /\s*(?:[(（]\s*)?(?:備\s*註|附\s*註|註|說明|note|remarks?)\s*[:：]\s*/i;
const NOTE_WORDS =
  /^(?:以上|上述|前述|註|備註|說明|含|不含|均|皆|係|指|包括|包含|資料來源|來源|依|按|incl|excl|note|source|e\.g)/i;
const TRAILING_GROUP = /\s*[(（]([^()（）]*)[)）]\s*$/;
const parses = (s: string) => s !== '' && checkFormula(splitFormulaUnit(s).formula).ok;
/** A formula with an operator or a percentage, not a phrase that happens to parse as one name. */
const computes = (s: string) => parses(s) && /[+\-*/×÷%]/.test(s);

function joinNotes(notes: string[]): string | null {
  const kept = notes.map((n) => n.trim()).filter((n) => n !== '');
  return kept.length > 0 ? kept.join('；') : null;
}

/** Splits one definition cell or line into formula, unit and note. */
export function readDefinition(text: string): Definition {
  let rest = text.trim();
  const notes: string[] = [];
  let unit: string | null = null;

  const labelled = NOTE_LABEL.exec(rest);
  if (labelled && labelled.index > 0) {
    notes.push(rest.slice(labelled.index + labelled[0].length).replace(/[)）]\s*$/, ''));
    rest = rest.slice(0, labelled.index).trim();
  }
  // 「A/B×100%。以上數據以年底為準」: the sentence after the formula's full stop is a note.
  const stop = rest.search(/[。]/);
  if (stop >= 0) {
    const head = rest.slice(0, stop).trim();
    const tail = rest.slice(stop + 1).trim();
    if (tail === '' || computes(head)) {
      notes.unshift(tail);
      rest = head;
    }
  }
  for (let i = 0; i < 4; i++) {
    const split = splitFormulaUnit(rest);
    if (split.unit !== null) {
      unit ??= split.unit;
      rest = split.formula.replace(/[。]$/, '').trim();
      continue;
    }
    const group = TRAILING_GROUP.exec(rest);
    if (!group) break;
    const inside = (group[1] ?? '').trim();
    const before = rest.slice(0, group.index).trim();
    const isNote = NOTE_WORDS.test(inside)
      ? parses(before)
      : !parses(rest) && !/[+\-*/×÷]/.test(inside) && computes(before);
    if (!isNote) break;
    notes.unshift(inside);
    rest = before;
  }
  return { formula: rest.replace(/[。]+$/, '').trim(), unit, note: joinNotes(notes) };
}

const HAN = /\p{Script=Han}/u;
const AROUND_SYMBOL = /\s*([+\-*/×÷=＋－−＊／(（)）%％])\s*/g;

/**
 * A formula or unit written in Chinese has no spaces around its operators and brackets; a PDF's
 * text puts them there (「實支數 / 預算數 ×100%」, 「千元 / 人」) and breaks Chinese names with
 * spaces. An English one keeps its words' spaces ("Persons served / persons in need × 100%").
 */
export function tidyFormula(text: string): string {
  if (!HAN.test(text)) return text;
  return closeCjkGaps(text.replace(AROUND_SYMBOL, '$1')).trim();
}
