/**
 * A rough line-breaking estimate, enough to size a card so its text fits: a CJK character is
 * one em wide, Latin letters about half. PowerPoint and LibreOffice wrap the text themselves;
 * boxes are sized a little generously so neither overflows.
 */

const isWide = (c: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(c);

export function textWidthEm(text: string): number {
  let w = 0;
  for (const c of text) w += isWide(c) ? 1 : 0.56;
  return w;
}

/** Number of lines `text` takes in a box `widthIn` inches wide at `fontPt` points. */
export function lineCount(text: string, widthIn: number, fontPt: number): number {
  const perLine = Math.max(1, (widthIn * 72) / fontPt);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    if (/[\u2e80-\u9fff]/.test(paragraph)) {
      lines += Math.max(1, Math.ceil((textWidthEm(paragraph) * 1.04) / perLine));
      continue;
    }
    // Latin text breaks at spaces, so a line holds fewer letters than the width allows.
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/)) {
      const w = textWidthEm(word) + 0.3;
      if (line + w > perLine && line > 0) {
        count++;
        line = w;
      } else line += w;
    }
    lines += count;
  }
  return lines;
}

/** Height in inches of `lines` lines at `fontPt`, with line spacing 1.2 and the given padding. */
export function textHeight(lines: number, fontPt: number, padIn = 0.08): number {
  return (lines * fontPt * 1.22) / 72 + padIn;
}
