import type { Block, SourceLine } from '../source';
import { splitCodes } from './tokens';

/**
 * The city names a lead bureau (主功) and member bureaus (分組成員) per theme, in a row under the
 * objectives. The row's cells line up with the theme columns above; the columns are known from
 * the objective codes printed in them, not from the header, which merged cells shift.
 */

export interface ThemeLead {
  letter: string | null;
  /** Position among the row's filled cells, for when no column shows a theme letter. */
  index: number;
  lead: string | null;
  members: string[];
  line: number;
}

/** The label of the row naming each theme's lead and member bureaus. */
export const ROW_LABEL = /^(分組成員|成員機關|成員|主功機關|主政機關|主辦機關|負責機關|協辦機關|主協辦機關)$/;
const LEAD_MARK = /([\u4e00-\u9fffA-Za-z]+?)\s*[(（]\s*(?:主功|主政|主辦|召集)\s*[)）]/;

function columnLetters(block: Extract<Block, { kind: 'table' }>): Map<number, string> {
  const votes = new Map<number, Map<string, number>>();
  for (const row of block.rows) {
    row.cells.forEach((cell, i) => {
      for (const item of splitCodes(cell.text).items) {
        const letter = item.parsed.themeLetter;
        if (!letter || item.parsed.kind !== 'objective') continue;
        const v = votes.get(i) ?? new Map<string, number>();
        v.set(letter, (v.get(letter) ?? 0) + 1);
        votes.set(i, v);
      }
    });
  }
  const out = new Map<number, string>();
  for (const [i, v] of votes) {
    const best = [...v.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) out.set(i, best[0]);
  }
  return out;
}

function leadOf(text: string, letter: string | null, index: number, line: number): ThemeLead {
  const m = LEAD_MARK.exec(text);
  const lead = m?.[1] ?? null;
  const rest = m ? text.replace(m[0], ' ') : text;
  const members = rest
    .split(/[、，,;；\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== lead);
  return { letter, index, lead, members, line };
}

/** One cell per line: the row label, then one line per theme in the themes' order. */
function textLeads(lines: SourceLine[]): ThemeLead[] {
  const at = lines.findIndex((l) => ROW_LABEL.test(l.text.replace(/\s/g, '')));
  if (at < 0) return [];
  const after = lines.slice(at + 1);
  const end = after.findIndex((l) => !LEAD_MARK.test(l.text));
  return (end < 0 ? after : after.slice(0, end)).map((l, i) => leadOf(l.text, null, i, l.n));
}

export function readLeads(blocks: Block[]): ThemeLead[] {
  const out: ThemeLead[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') {
      out.push(...textLeads(block.lines));
      continue;
    }
    let letters: Map<number, string> | null = null;
    for (const row of block.rows) {
      const labelAt = row.cells.findIndex((c) => ROW_LABEL.test(c.text.replace(/\s/g, '')));
      if (labelAt < 0) continue;
      letters ??= columnLetters(block);
      let index = 0;
      row.cells.forEach((cell, i) => {
        if (i <= labelAt || cell.text === '') return;
        out.push(leadOf(cell.text, letters?.get(i) ?? null, index++, row.line));
      });
    }
  }
  return out;
}
