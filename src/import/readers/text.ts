import type { Page, TableFrame, TextFrame } from '../pages';
import type { Block, DocumentReader, SourceDocument, SourceLine, SourceRow } from '../source';
import { cleanCell, cleanLine } from './clean';
import { decodeText } from './decode';

/**
 * Plain text as produced by copying slides or PDFs: pipe tables, tab tables, one cell per line.
 * Rows are recognised by their separators; everything else is grouped into blank-separated blocks.
 */

type RowSyntax = 'pipe' | 'tab' | 'csv';

const SEPARATOR_CELL = /^[\s:=\-—–]*$/;

function splitPipe(raw: string): string[] | null {
  const t = raw.trim();
  if (!t.startsWith('|') || t.split('|').length < 3) return null;
  const inner = t.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|');
}

function splitCsv(raw: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quoted) {
      if (ch === '"' && raw[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}

function splitRow(
  raw: string,
  csv: boolean,
  previous: RowSyntax | null,
): { syntax: RowSyntax; cells: string[] } | null {
  const pipe = splitPipe(raw);
  if (pipe) return { syntax: 'pipe', cells: pipe };
  if (csv && raw.includes(',')) return { syntax: 'csv', cells: splitCsv(raw) };
  if (raw.includes('\t')) {
    const cells = raw.split('\t');
    const filled = cells.filter((c) => cleanCell(c) !== '').length;
    // A lone value with a stray tab is text; inside a tab table it is a row with merged cells.
    if (filled >= 2 || (filled === 1 && previous === 'tab')) return { syntax: 'tab', cells };
  }
  return null;
}

export function parseText(text: string, fileName: string, format = 'text'): SourceDocument {
  const csv = /\.csv$/i.test(fileName);
  const rawLines = text.split(/\r\n|\r|\n/);
  const lines: SourceLine[] = [];
  const blocks: Block[] = [];
  let current: Block | null = null;
  let previousSyntax: RowSyntax | null = null;

  rawLines.forEach((raw, i) => {
    const n = i + 1;
    const clean = cleanLine(raw);
    const line: SourceLine = { n, raw, text: clean.text, heading: clean.heading, bullet: clean.bullet };
    lines.push(line);
    const row = splitRow(raw, csv, previousSyntax);
    if (row) {
      const cells = row.cells.map((c) => cleanCell(c));
      previousSyntax = row.syntax;
      if (cells.every((c) => SEPARATOR_CELL.test(c))) return;
      const sourceRow: SourceRow = { line: n, cells: cells.map((c) => ({ text: c, line: n })) };
      if (current?.kind === 'table' && current.syntax === row.syntax) current.rows.push(sourceRow);
      else {
        current = { kind: 'table', syntax: row.syntax, rows: [sourceRow] };
        blocks.push(current);
      }
      return;
    }
    previousSyntax = null;
    if (clean.text === '') {
      current = null;
      return;
    }
    if (current?.kind === 'text') current.lines.push(line);
    else {
      current = { kind: 'text', lines: [line] };
      blocks.push(current);
    }
  });
  return { fileName, format, lines, blocks, pages: [textPage(blocks)] };
}

/**
 * The same document in the paged form every reader gives: one page of kind `text`, a text
 * frame per blank-separated block and a table per table, without positions.
 */
function textPage(blocks: Block[]): Page {
  const items = blocks.map((b): TextFrame | TableFrame => {
    if (b.kind === 'text') return { kind: 'text', lines: b.lines.map((l) => l.raw) };
    const width = Math.max(...b.rows.map((r) => r.cells.length));
    const cell = (text: string) => ({ text, rowSpan: 1, colSpan: 1, covered: false });
    return {
      kind: 'table',
      rows: b.rows.map((r) => Array.from({ length: width }, (_, i) => cell(r.cells[i]?.text ?? ''))),
    };
  });
  return { number: 1, kind: 'text', items };
}

/** Plain text bytes as a source document, synchronously: text needs no asynchronous reader. */
export function readText(bytes: Uint8Array, fileName: string): SourceDocument {
  const { text } = decodeText(bytes, fileName);
  return parseText(text, fileName);
}

export const textReader: DocumentReader = {
  format: 'text',
  extensions: ['txt', 'md', 'markdown', 'text', 'tsv', 'csv'],
  read: readText,
};
