/**
 * The ways text extractions of one deck differ, applied to a document programmatically: running
 * headers between slides, cells continued on the next line, one cell per line, columns set out by
 * spaces as `pdftotext -layout` prints them, tabs instead of pipes, CRLF, full-width codes, 台 for
 * 臺. For tests: each must leave the recovered plan as it was, or name what became uncertain.
 */

type Row = { cells: string[] };
type Piece = { kind: 'line'; text: string } | { kind: 'table'; syntax: 'pipe' | 'tab'; rows: Row[] };

const isPipe = (l: string) => /^\s*\|.*\|\s*$/.test(l);
const isSeparator = (cells: string[]) => cells.every((c) => /^[\s:=\-—–]*$/.test(c));

function pipeCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
}

/** The document as lines and tables (pipe separator rows left out). */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const line of text.split('\n')) {
    const syntax = isPipe(line) ? 'pipe' : line.includes('\t') ? 'tab' : null;
    const last = out[out.length - 1];
    if (syntax === null) {
      out.push({ kind: 'line', text: line });
      continue;
    }
    const cells = syntax === 'pipe' ? pipeCells(line) : line.split('\t');
    if (isSeparator(cells)) continue;
    if (last?.kind === 'table' && last.syntax === syntax) last.rows.push({ cells });
    else out.push({ kind: 'table', syntax, rows: [{ cells }] });
  }
  return out;
}

function render(ps: Piece[], table: (t: Extract<Piece, { kind: 'table' }>) => string[]): string {
  return ps.flatMap((p) => (p.kind === 'line' ? [p.text] : table(p))).join('\n');
}

const CODE = /[A-Z]?[CPLF]\d{1,3}(?:\.\d{1,3}){0,2}/g;
const CJK = /[\u4e00-\u9fff]/;

/** Where a cell may wrap: between two Chinese characters, away from both ends. */
function cutAt(text: string, width: number): number | null {
  for (let i = Math.min(width, text.length - 2); i >= 2; i--) {
    if (CJK.test(text[i - 1] ?? '') && CJK.test(text[i] ?? '')) return i;
  }
  return null;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > width) {
    const at = cutAt(rest, width);
    if (at === null) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

const hasCodeText = (s: string) => /[A-Z]?[CPLF]\d/.test(s);

/** A page header (the document's first line) and a page number at every slide break. */
export function repeatHeaders(text: string): string {
  const title = (text.split('\n').find((l) => l.trim() !== '') ?? '').replace(/^#+\s*/, '').trim();
  let page = 1;
  return text.replace(/\n{3,}|\n(?=#\s)/g, (gap) => `${gap}${title}\n第 ${++page} 頁\n\n`);
}

/**
 * The longest cell of each coded row goes on over a line break: in a pipe table as a row of its
 * own; in a tab table as a line without tabs when it is the row's last cell.
 */
export function continuationLines(text: string): string {
  return render(pieces(text), (t) =>
    t.rows.flatMap((r) => {
      const join = (cells: string[]) => (t.syntax === 'pipe' ? `| ${cells.join(' | ')} |` : cells.join('\t'));
      if (!r.cells.some(hasCodeText)) return [join(r.cells)];
      let longest = 0;
      r.cells.forEach((c, i) => {
        if (c.trim().length > (r.cells[longest]?.trim().length ?? 0)) longest = i;
      });
      const cell = r.cells[longest]?.trim() ?? '';
      const at = cell.length >= 10 ? cutAt(cell, Math.ceil((cell.length * 2) / 3)) : null;
      if (at === null) return [join(r.cells)];
      const head = r.cells.map((c, i) => (i === longest ? cell.slice(0, at) : c));
      const tail = r.cells.map((_, i) => (i === longest ? cell.slice(at) : ''));
      if (t.syntax === 'pipe') return [join(head), join(tail)];
      const lastFilled = r.cells.reduce((acc, c, i) => (c.trim() !== '' ? i : acc), -1);
      return longest === lastFilled ? [join(head.slice(0, lastFilled + 1)), cell.slice(at)] : [join(r.cells)];
    }),
  );
}

/** Every table cell on a line of its own, rows apart by a blank line. */
export function oneCellPerLine(text: string): string {
  return render(pieces(text), (t) =>
    t.rows.flatMap((r) => [...r.cells.map((c) => c.trim()).filter((c) => c !== ''), '']),
  );
}

/** Tables set out in columns by spaces, long cells wrapped within their column, as pdftotext -layout does. */
export function pdftotextLayout(text: string, width = 14): string {
  return render(pieces(text), (t) => {
    const columns = Math.max(...t.rows.map((r) => r.cells.length));
    const wrapped = t.rows.map((r) =>
      Array.from({ length: columns }, (_, i) => wrap(r.cells[i] ?? '', width)),
    );
    const widths = Array.from({ length: columns }, (_, i) =>
      Math.max(1, ...wrapped.map((r) => Math.max(...(r[i] ?? ['']).map((c) => c.length)))),
    );
    return wrapped.flatMap((r) => {
      const height = Math.max(...r.map((c) => c.length));
      return Array.from({ length: height }, (_, k) =>
        r
          .map((c, i) => (c[k] ?? '').padEnd((widths[i] ?? 1) + 3))
          .join('')
          .replace(/\s+$/, ''),
      );
    });
  });
}

export function pipesToTabs(text: string): string {
  return render(pieces(text), (t) => t.rows.map((r) => r.cells.map((c) => c.trim()).join('\t')));
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Codes in full-width letters and digits (ＡＣ１．１), as some word processors print them. */
export function fullWidthCodes(text: string): string {
  const wide = (s: string) =>
    s.replace(/[A-Z0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
  return text.replace(CODE, (code, at: number, all: string) =>
    /[A-Za-z0-9]/.test(all[at - 1] ?? '') ? code : wide(code),
  );
}

export function taiForTai(text: string): string {
  return text.replace(/臺/g, '台');
}

export const VARIATIONS: Record<string, (text: string) => string> = {
  'headers between sections': repeatHeaders,
  'continuation lines': continuationLines,
  'one cell per line': oneCellPerLine,
  'pdftotext -layout columns': (t) => pdftotextLayout(t),
  'tabs for pipes': pipesToTabs,
  CRLF: crlf,
  'full-width codes': fullWidthCodes,
  '台 for 臺': taiForTai,
};
