import iconv from 'iconv-lite';
import { displayWidth, parseLines, pipeRow, type TextLine, tables, tabRow, wrapDisplay } from './table-lines';

/**
 * The ways text extractions of one deck differ, applied to a text: each takes the text and
 * returns the bytes a person would hand the importer. What a variation changes in the content
 * (台 for 臺) is said by `changesNames`, so the expected plan can follow.
 */

export interface TextVariation {
  id: string;
  description: string;
  apply(text: string): Uint8Array;
  /** Names are printed differently (the expected plan's names change the same way). */
  changesNames?: (name: string) => string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function render(lines: TextLine[], syntax: (cells: string[]) => string, separators: boolean): string {
  const out: string[] = [];
  let inTable = false;
  for (const l of lines) {
    if (l.kind === 'line') {
      out.push(l.text);
      inTable = false;
    } else if (l.kind === 'separator') {
      if (separators) out.push(pipeRow(['---']));
    } else {
      out.push(syntax(l.cells));
      if (separators && !inTable) out.push(`|${l.cells.map(() => '---').join('|')}|`);
      inTable = true;
    }
  }
  return out.join('\n');
}

/** Pipe tables become tab tables and tab tables pipe tables. */
function swapTables(text: string): string {
  const lines = parseLines(text);
  const pipes = text.split('\n').some((l) => /^\s*\|/.test(l));
  return pipes ? render(lines, tabRow, false) : render(lines, pipeRow, true);
}

const syntaxOf = (text: string) => (text.split('\n').some((l) => /^\s*\|/.test(l)) ? pipeRow : tabRow);

/** A long cell keeps its first part; the rest goes on a continuation row whose other cells are empty. */
function wrapCells(text: string, width = 24): string {
  const row = syntaxOf(text);
  const out: string[] = [];
  for (const l of parseLines(text)) {
    if (l.kind !== 'row') {
      out.push(l.kind === 'line' ? l.text : pipeRow(['---']));
      continue;
    }
    const pieces = l.cells.map((c) => wrapDisplay(c, width));
    const height = Math.max(...pieces.map((p) => p.length));
    for (let i = 0; i < height; i++) out.push(row(pieces.map((p) => p[i] ?? '')));
  }
  return out.join('\n');
}

/** Every non-empty cell on a line of its own, a blank line after each row. */
function cellPerLine(text: string): string {
  const out: string[] = [];
  for (const l of parseLines(text)) {
    if (l.kind === 'line') out.push(l.text);
    else if (l.kind === 'row') out.push(...l.cells.map((c) => c.trim()).filter(Boolean), '');
  }
  return out.join('\n');
}

const firstLine = (text: string) =>
  text
    .split('\n')
    .find((l) => l.trim())
    ?.replace(/^#+\s*/, '')
    .trim() ?? '';

/** The page header (the document's title line) and a page number before every section and table. */
function pageHeaders(text: string): string {
  const header = firstLine(text);
  const out: string[] = [];
  let page = 1;
  let previous: TextLine['kind'] = 'line';
  for (const [i, l] of parseLines(text).entries()) {
    const raw = text.split('\n')[i] ?? '';
    const startsSection =
      (l.kind === 'row' && previous === 'line') || (l.kind === 'line' && /^#\s/.test(raw));
    if (startsSection && i > 0) out.push('', header, '', String(++page), '');
    out.push(raw);
    previous = l.kind;
  }
  return out.join('\n');
}

/** Tables longer than `rows` body rows continue on the next page, header row repeated. */
function splitTables(text: string, rows = 4): string {
  const lines = parseLines(text);
  const raw = text.split('\n');
  const header = firstLine(text);
  const out: string[] = [];
  const spans = tables(lines);
  let i = 0;
  for (const t of spans) {
    out.push(...raw.slice(i, t.start));
    const body = raw.slice(t.start, t.end);
    const head =
      body[1] !== undefined && lines[t.start + 1]?.kind === 'separator' ? body.slice(0, 2) : body.slice(0, 1);
    const rest = body.slice(head.length);
    for (let k = 0; k < rest.length; k += rows) {
      if (k > 0) out.push('', header, '', ...head);
      else out.push(...head);
      out.push(...rest.slice(k, k + rows));
    }
    i = t.end;
  }
  out.push(...raw.slice(i));
  return out.join('\n');
}

/** Like `pdftotext -layout`: columns padded with spaces, long cells wrapped inside their column. */
function layout(text: string, maxWidth = 28): string {
  const lines = parseLines(text);
  const out: string[] = [];
  const raw = text.split('\n');
  let i = 0;
  for (const t of tables(lines)) {
    out.push(...raw.slice(i, t.start));
    const rows = lines
      .slice(t.start, t.end)
      .flatMap((l) => (l.kind === 'row' ? [l.cells.map((c) => c.trim())] : []));
    const n = Math.max(...rows.map((r) => r.length));
    const widths = Array.from({ length: n }, (_, c) =>
      Math.min(maxWidth, Math.max(2, ...rows.map((r) => displayWidth(r[c] ?? '')))),
    );
    for (const r of rows) {
      const pieces = widths.map((w, c) => wrapDisplay(r[c] ?? '', w));
      const height = Math.max(...pieces.map((p) => p.length));
      for (let k = 0; k < height; k++)
        out.push(
          pieces
            .map((p, c) => {
              const s = p[k] ?? '';
              return s + ' '.repeat(Math.max(0, (widths[c] ?? 0) - displayWidth(s)));
            })
            .join('   ')
            .trimEnd(),
        );
    }
    i = t.end;
  }
  out.push(...raw.slice(i));
  return out.join('\n');
}

const FULL_WIDTH = (s: string) =>
  s.replace(/[A-Z0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const TEXT_VARIATIONS: TextVariation[] = [
  {
    id: 'tables-swapped',
    description: 'pipe tables as tab tables and tab tables as pipe tables',
    apply: (t) => utf8(swapTables(t)),
  },
  { id: 'crlf', description: 'Windows line ends (CR LF)', apply: (t) => utf8(t.replace(/\n/g, '\r\n')) },
  { id: 'big5', description: 'Big5 encoding', apply: (t) => new Uint8Array(iconv.encode(t, 'big5')) },
  {
    id: 'utf16le-bom',
    description: 'UTF-16LE with a byte order mark',
    apply: (t) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])),
  },
  {
    id: 'utf16le',
    description: 'UTF-16LE without a byte order mark',
    apply: (t) => new Uint8Array(Buffer.from(t, 'utf16le')),
  },
  {
    id: 'fullwidth-codes',
    description: 'codes in full-width letters and digits (ＡＣ１．１)',
    apply: (t) =>
      utf8(t.replace(/(?<![A-Za-z])[A-Z]?[CPLF]\d{1,2}(?:\.\d{1,2}){0,2}(?![A-Za-z])/g, FULL_WIDTH)),
  },
  {
    id: 'tai',
    description: '臺 printed as 台 everywhere',
    apply: (t) => utf8(t.replace(/臺/g, '台')),
    changesNames: (s) => s.replace(/臺/g, '台'),
  },
  {
    id: 'page-headers',
    description: 'the page header and a page number repeated before every section',
    apply: (t) => utf8(pageHeaders(t)),
  },
  {
    id: 'wrapped-cells',
    description: 'long cells continued on the next row, other cells empty',
    apply: (t) => utf8(wrapCells(t)),
  },
  {
    id: 'cell-per-line',
    description: 'one table cell per line, a blank line after each row',
    apply: (t) => utf8(cellPerLine(t)),
  },
  {
    id: 'split-tables',
    description: 'tables split over pages, header row repeated after the page header',
    apply: (t) => utf8(splitTables(t)),
  },
  {
    id: 'layout',
    description: 'pdftotext -layout style: columns aligned with spaces, cells wrapped in their column',
    apply: (t) => utf8(layout(t)),
  },
];

/** True when the text survives Big5 (every character has a Big5 code). */
export function big5RoundTrips(text: string): boolean {
  return iconv.decode(iconv.encode(text, 'big5'), 'big5') === text;
}
