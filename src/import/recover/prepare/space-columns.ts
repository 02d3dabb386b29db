import { cleanCell } from '../../readers/clean';
import type { Block, SourceLine, TableBlock, TextBlock } from '../../source';
import { headerRole } from '../labels';
import { hasCode, joinWrapped } from '../tokens';
import { continuesRow, isLabelRow, startsWithCode } from './row-kinds';

/**
 * Text laid out in columns by runs of spaces, as `pdftotext -layout` prints a slide: cells side by
 * side on one line, a cell's wrapped text on the next lines at the same column. Such blocks are
 * turned into tables (cells split on two or more spaces, placed by their column), with a cell's
 * wrapped lines joined back to it, so that recovery reads them like a tab table.
 */

interface Segment {
  /** Start column in characters and in display cells (a Chinese character is two cells wide). */
  at: [number, number];
  text: string;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** A rule drawn with dashes or box characters between rows: no cell at all. */
const RULE = /^[\s:=\-—–_─━═|+]*$/;

function segments(raw: string): Segment[] {
  const line = raw.replace(/[\f\v]/g, '').replace(/\s+$/, '');
  if (RULE.test(line)) return [];
  const out: Segment[] = [];
  // Two spaces or more part cells; one space (ASCII or ideographic) is inside a cell.
  for (const m of line.matchAll(/\S+(?:[ \u3000]\S+)*/g)) {
    const start = m.index ?? 0;
    const before = line.slice(0, start);
    const cells = [...before].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);
    const text = cleanCell(m[0]);
    if (text !== '') out.push({ at: [[...before].length, cells], text });
  }
  return out;
}

interface Physical {
  line: SourceLine;
  segments: Segment[];
}

/**
 * Column starts shared by the lines, in the measure (characters or display cells) that aligns
 * them best: fewest cells starting away from every column, then fewest columns.
 */
function columnStarts(lines: Physical[]): { metric: 0 | 1; starts: number[] } {
  const measure = (metric: 0 | 1) => {
    const all = lines.flatMap((l) => l.segments.map((s) => s.at[metric])).sort((a, b) => a - b);
    const groups: number[][] = [];
    for (const s of all) {
      const last = groups[groups.length - 1];
      if (last && s - (last[last.length - 1] ?? s) <= 2) last.push(s);
      else groups.push([s]);
    }
    const minSupport = lines.length >= 3 ? 2 : 1;
    const starts = groups.filter((g) => g.length >= minSupport).map((g) => g[0] ?? 0);
    const stray = all.filter((s) => !starts.some((c) => Math.abs(s - c) <= 2)).length;
    return { metric, starts, stray };
  };
  const [chars, cells] = [measure(0), measure(1)];
  const better =
    cells.stray < chars.stray || (cells.stray === chars.stray && cells.starts.length < chars.starts.length);
  return better ? cells : chars;
}

function placeCells(p: Physical, columns: { metric: 0 | 1; starts: number[] }): string[] {
  const cells = columns.starts.map(() => '');
  for (const s of p.segments) {
    const at = s.at[columns.metric];
    let index = 0;
    columns.starts.forEach((start, i) => {
      if (start <= at + 2) index = i;
    });
    cells[index] = cells[index] === '' ? s.text : `${cells[index]} ${s.text}`;
  }
  return cells;
}

function isMultiColumn(line: SourceLine): boolean {
  return segments(line.raw).length >= 2;
}

/** A block of text set out in columns: two lines of several cells, or one of three or more. */
function isLaidOut(block: TextBlock): boolean {
  const multi = block.lines.filter(isMultiColumn);
  return multi.length >= 2 || multi.some((l) => segments(l.raw).length >= 3);
}

function isHeaderLine(line: SourceLine): boolean {
  const cells = segments(line.raw).map((s) => s.text);
  return !cells.some((c) => hasCode(c)) && cells.filter((c) => headerRole(c) !== 'other').length >= 2;
}

/**
 * One table from consecutive laid-out lines. A line continues the row above when it starts no
 * cell with a code and is no label: its cells are that row's wrapped text. In a map (no header
 * row), a line with its first column empty continues the row above too, next items and all; in a
 * scorecard such a line starts a row (merged cells leave the first column empty), but the words
 * before its first code still end the cells above.
 */
function tableOf(lines: SourceLine[]): TableBlock {
  const physical: Physical[] = lines
    .map((line) => ({ line, segments: segments(line.raw) }))
    .filter((p) => p.segments.length > 0);
  const columns = columnStarts(physical);
  const headed = physical.some((p) => isHeaderLine(p.line));
  const rows: { line: number; cells: string[] }[] = [];
  for (const p of physical) {
    const cells = placeCells(p, columns);
    const previous = rows[rows.length - 1];
    const starts = !previous || isHeaderLine(p.line) || isLabelRow(cells);
    if (previous && !starts && (continuesRow(cells) || (!headed && cells[0] === ''))) {
      previous.cells = previous.cells.map((c, i) => joinWrapped([c, cells[i] ?? '']));
      continue;
    }
    if (previous && !starts) {
      const firstCode = cells.findIndex(startsWithCode);
      cells.forEach((c, i) => {
        if (c === '' || i >= firstCode || (previous.cells[i] ?? '') === '') return;
        previous.cells[i] = joinWrapped([previous.cells[i] ?? '', c]);
        cells[i] = '';
      });
    }
    rows.push({ line: p.line.n, cells });
  }
  return {
    kind: 'table',
    syntax: 'tab',
    rows: rows.map(({ line, cells }) => ({ line, cells: cells.map((text) => ({ text, line })) })),
  };
}

/** A block goes on the table above when most of its cells start where that table's columns do. */
function aligned(above: SourceLine[], below: SourceLine[]): boolean {
  const physical = (ls: SourceLine[]) => ls.map((line) => ({ line, segments: segments(line.raw) }));
  const columns = columnStarts(physical(above));
  const starts = physical(below).flatMap((p) => p.segments.map((x) => x.at[columns.metric]));
  const near = starts.filter((at) => columns.starts.some((c) => Math.abs(c - at) <= 2));
  return near.length * 2 >= starts.length;
}

/** Laid-out text blocks (and runs of them split only by blank lines, on the same columns) become tables. */
export function splitSpaceColumns(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let run: SourceLine[] = [];
  const flush = () => {
    if (run.length > 0) out.push(tableOf(run));
    run = [];
  };
  for (const b of blocks) {
    if (b.kind !== 'text' || !isLaidOut(b)) {
      flush();
      out.push(b);
      continue;
    }
    if (run.length > 0 && ((b.lines[0] && isHeaderLine(b.lines[0])) || !aligned(run, b.lines))) flush();
    run.push(...b.lines);
  }
  flush();
  return out;
}
