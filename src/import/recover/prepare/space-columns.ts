import type { Block, SourceLine, SourceRow, TableBlock, TextBlock } from '../../source';
import { headerRole } from '../labels';
import { hasCode, joinWrapped } from '../tokens';
import { continuesRow, isLabelRow } from './row-kinds';

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

function segments(raw: string): Segment[] {
  const line = raw.replace(/[\f\v]/g, '').replace(/\s+$/, '');
  const out: Segment[] = [];
  const re = /\S+(?:[ \u3000]\S+)*/g;
  for (const m of line.matchAll(re)) {
    const start = m.index ?? 0;
    const before = line.slice(0, start);
    const cells = [...before].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);
    out.push({ at: [[...before].length, cells], text: m[0].trim() });
  }
  return out;
}

interface Physical {
  line: SourceLine;
  segments: Segment[];
}

/** Column starts shared by the lines, in the measure (characters or cells) that aligns them best. */
function columnStarts(lines: Physical[]): { metric: 0 | 1; starts: number[] } {
  const clusters = (metric: 0 | 1) => {
    const starts = lines.flatMap((l) => l.segments.map((s) => s.at[metric])).sort((a, b) => a - b);
    const groups: number[][] = [];
    for (const s of starts) {
      const last = groups[groups.length - 1];
      if (last && s - (last[last.length - 1] ?? s) <= 2) last.push(s);
      else groups.push([s]);
    }
    const minSupport = lines.length >= 3 ? 2 : 1;
    return groups.filter((g) => g.length >= minSupport).map((g) => g[0] ?? 0);
  };
  const chars = clusters(0);
  const cells = clusters(1);
  return cells.length < chars.length ? { metric: 1, starts: cells } : { metric: 0, starts: chars };
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

function toRow(line: SourceLine, cells: string[]): SourceRow {
  return { line: line.n, cells: cells.map((text) => ({ text, line: line.n })) };
}

/**
 * One table from consecutive laid-out lines. A line continues the row above when it names no
 * code and is no label: its cells are that row's wrapped text. In a line that starts a row with a
 * code, codeless cells left of the first code still belong to the row above.
 */
function tableOf(lines: SourceLine[]): TableBlock {
  const physical: Physical[] = lines.map((line) => ({ line, segments: segments(line.raw) }));
  const columns = columnStarts(physical);
  const rows: { row: SourceRow; cells: string[] }[] = [];
  let headed = false;
  for (const p of physical) {
    const cells = placeCells(p, columns);
    const previous = rows[rows.length - 1];
    const header = isHeaderLine(p.line);
    headed ||= header;
    if (previous && !header && !isLabelRow(cells) && continuesRow(cells)) {
      previous.cells = previous.cells.map((c, i) => joinWrapped([c, cells[i] ?? '']));
      continue;
    }
    if (previous && !header && !isLabelRow(cells)) {
      const firstCode = cells.findIndex((c) => hasCode(c));
      cells.forEach((c, i) => {
        const left = i < firstCode || (!headed && !hasCode(c));
        if (c === '' || !left || (previous.cells[i] ?? '') === '' || hasCode(c)) return;
        previous.cells[i] = joinWrapped([previous.cells[i] ?? '', c]);
        cells[i] = '';
      });
    }
    rows.push({ row: toRow(p.line, cells), cells });
  }
  return {
    kind: 'table',
    syntax: 'tab',
    rows: rows.map(({ row, cells }) => ({
      line: row.line,
      cells: cells.map((text) => ({ text, line: row.line })),
    })),
  };
}

/** Laid-out text blocks (and runs of them split only by blank lines) become tables. */
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
    if (run.length > 0 && b.lines[0] && isHeaderLine(b.lines[0])) flush();
    run.push(...b.lines);
  }
  flush();
  return out;
}
