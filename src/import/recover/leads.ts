import type { Block, SourceLine } from '../source';
import { joinWrapped, splitCodes } from './tokens';

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

/** A cell naming a theme's lead bureau: 「環保局(主功) 經管局、工務局」. */
export function isLeadCell(text: string): boolean {
  return LEAD_MARK.test(text);
}

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

/** The rest of a member list wrapped in its box: 「局、教育局、自來水處」, 「處」. */
const MEMBERS_WRAPPED =
  /^(?:[、，,]?[\u4e00-\u9fff]{1,12}(?:[、，,][\u4e00-\u9fff]{1,12})+[、，,]?|[、，,]?[\u4e00-\u9fff]{0,12}(?:局|處|會|館|所|院|署|中心|公司)[、，,]?)$/;

/**
 * One cell per line: the row label, then one line per theme in the themes' order, each perhaps
 * wrapped over the next lines (a box narrower than the list).
 */
function textLeads(lines: SourceLine[]): ThemeLead[] {
  const at = lines.findIndex((l) => ROW_LABEL.test(l.text.replace(/\s/g, '')));
  if (at < 0) return [];
  const entries: { text: string; line: number }[] = [];
  for (const l of lines.slice(at + 1)) {
    const last = entries[entries.length - 1];
    if (LEAD_MARK.test(l.text)) entries.push({ text: l.text, line: l.n });
    else if (last && MEMBERS_WRAPPED.test(l.text.replace(/\s/g, '')))
      last.text = joinWrapped([last.text, l.text]);
    else break;
  }
  return entries.map((e, i) => leadOf(e.text, null, i, e.line));
}

export function readLeads(blocks: Block[]): ThemeLead[] {
  const out: ThemeLead[] = [];
  // A slide's text boxes are blocks of their own: the label and each theme's line may be apart.
  let text: SourceLine[] = [];
  const flush = () => {
    out.push(...textLeads(text));
    text = [];
  };
  for (const block of blocks) {
    if (block.kind !== 'table') {
      text.push(...block.lines);
      continue;
    }
    flush();
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
  flush();
  return out;
}
