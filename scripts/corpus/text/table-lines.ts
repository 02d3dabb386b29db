/**
 * A text extraction seen as lines and table rows: markdown pipe rows (`| a | b |`, with their
 * `|---|` separator) and tab rows. The text variations rewrite the rows and leave the rest.
 */

export type TextLine =
  | { kind: 'line'; text: string }
  | { kind: 'row'; cells: string[] }
  | { kind: 'separator' };

const isPipeRow = (l: string) => /^\s*\|.*\|\s*$/.test(l);
const isSeparator = (l: string) => /^\s*\|(\s*:?-{2,}:?\s*\|)+\s*$/.test(l);

export function parseLines(text: string): TextLine[] {
  return text.split('\n').map((l): TextLine => {
    if (isSeparator(l)) return { kind: 'separator' };
    if (isPipeRow(l))
      return {
        kind: 'row',
        cells: l
          .trim()
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim()),
      };
    if (l.includes('\t')) return { kind: 'row', cells: l.split('\t') };
    return { kind: 'line', text: l };
  });
}

export function pipeRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tabRow(cells: string[]): string {
  return cells.join('\t');
}

/** Consecutive rows form a table; the first row of each is its header. */
export function tables(lines: TextLine[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]?.kind !== 'row') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]?.kind !== 'line') j++;
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/** Display width as a terminal or pdftotext counts it: CJK and full-width forms take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const c of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      c,
    )
      ? 2
      : 1;
  return w;
}

/** Cuts text into pieces of at most `width` display columns, keeping Latin words whole when it can. */
export function wrapDisplay(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const token of text.match(/[A-Za-z0-9.%()/+\-×÷]+|\s+|./gu) ?? []) {
    if (displayWidth(line + token) > width && line.trim()) {
      out.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out.length ? out : [''];
}
