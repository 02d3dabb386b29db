import { cleanCell } from '../../readers/clean';
import type { Block, SourceLine, TableBlock, TextBlock } from '../../source';
import { headerRole } from '../labels';
import { isLeadCell, ROW_LABEL } from '../leads';
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
  /** Where the segment ends, in the same two measures. */
  end: [number, number];
  text: string;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const width = (s: string) => [...s].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);

/** A rule drawn with dashes or box characters between rows: no cell at all. */
const RULE = /^[\s:=\-—–_─━═|+]*$/;

function segments(raw: string): Segment[] {
  const line = raw.replace(/[\f\v]/g, '').replace(/\s+$/, '');
  if (RULE.test(line)) return [];
  const out: Segment[] = [];
  // Two spaces or more part cells; one space (ASCII or ideographic) is inside a cell.
  for (const m of line.matchAll(/\S+(?:[ \u3000]\S+)*/g)) {
    const before = line.slice(0, m.index ?? 0);
    const text = cleanCell(m[0]);
    if (text === '') continue;
    const at: [number, number] = [[...before].length, width(before)];
    out.push({ at, end: [at[0] + [...m[0]].length, at[1] + width(m[0])], text });
  }
  return out;
}

interface Physical {
  line: SourceLine;
  segments: Segment[];
}

interface Columns {
  metric: 0 | 1;
  starts: number[];
}

/**
 * The column whose span [start, next start) the segment overlaps most: a centred header's column.
 * `overlap` is how much; none (or less) for a segment left of every column.
 */
function overlapColumn(s: Segment, columns: Columns): { index: number; overlap: number } {
  const [a, b] = [s.at[columns.metric], s.end[columns.metric]];
  let best = 0;
  let most = Number.NEGATIVE_INFINITY;
  columns.starts.forEach((start, i) => {
    const next = columns.starts[i + 1] ?? Number.POSITIVE_INFINITY;
    const overlap = Math.min(b, next) - Math.max(a, start);
    if (overlap > most) {
      most = overlap;
      best = i;
    }
  });
  return { index: best, overlap: most };
}

/**
 * Column starts shared by the lines, in the measure (characters or display cells) that aligns
 * them best: fewest cells starting away from every column, then fewest columns. Cells, not
 * headers, set the columns (headers are often centred over them); a header over a column no row
 * fills (a formula column left empty) adds its own.
 */
function columnStarts(lines: Physical[]): Columns {
  const headers = lines.filter((l) => isHeaderLine(l.line));
  const data = lines.filter((l) => !isHeaderLine(l.line));
  const base = data.length > 0 ? data : headers;
  const measure = (metric: 0 | 1) => {
    const all = base.flatMap((l) => l.segments.map((s) => s.at[metric])).sort((a, b) => a - b);
    const groups: number[][] = [];
    for (const s of all) {
      const last = groups[groups.length - 1];
      if (last && s - (last[last.length - 1] ?? s) <= 2) last.push(s);
      else groups.push([s]);
    }
    const minSupport = base.length >= 3 ? 2 : 1;
    const starts = groups.filter((g) => g.length >= minSupport).map((g) => g[0] ?? 0);
    const stray = all.filter((s) => !starts.some((c) => Math.abs(s - c) <= 2)).length;
    return { metric, starts, stray };
  };
  const [chars, cells] = [measure(0), measure(1)];
  const better =
    cells.stray < chars.stray || (cells.stray === chars.stray && cells.starts.length < chars.starts.length);
  const columns: Columns = better ? cells : chars;
  if (data.length === 0) return columns;
  columns.starts = withoutGutterless(columns, data);
  // A header over a column no row fills often (構面, its labels centred in one merged cell per
  // slide), or left of every cell, adds its own.
  for (const h of headers) {
    const claimed = new Set<number>();
    for (const s of h.segments) {
      const { index, overlap } = overlapColumn(s, columns);
      if (claimed.has(index) || overlap <= 0)
        columns.starts = [...columns.starts, s.at[columns.metric]].sort((a, b) => a - b);
      else claimed.add(index);
    }
  }
  return columns;
}

/**
 * Starts with no gutter between them that never start cells on the same line are one column
 * whose cells are centred (「A 發展館藏資源」 above 「承接…「H 推廣終身教育」」): a column is set
 * apart from the next by a band of spaces no cell crosses, and its cells share lines with the next.
 */
function withoutGutterless(columns: Columns, lines: Physical[]): number[] {
  const m = columns.metric;
  const near = (x: number, c: number) => Math.abs(x - c) <= 2;
  const covered = new Set<number>();
  for (const l of lines) for (const s of l.segments) for (let x = s.at[m]; x < s.end[m]; x++) covered.add(x);
  const together = (a: number, b: number) =>
    lines.some((l) => l.segments.some((s) => near(s.at[m], a)) && l.segments.some((s) => near(s.at[m], b)));
  const kept: number[] = [];
  for (const start of columns.starts) {
    const last = kept[kept.length - 1];
    if (last === undefined || together(last, start)) {
      kept.push(start);
      continue;
    }
    let gutter = false;
    for (let x = last + 1; !gutter && x < start; x++) if (!covered.has(x)) gutter = true;
    if (gutter) kept.push(start);
  }
  return kept;
}

function placeCells(p: Physical, columns: Columns): string[] {
  const cells = columns.starts.map(() => '');
  const header = isHeaderLine(p.line);
  for (const s of p.segments) {
    const at = s.at[columns.metric];
    let index = 0;
    if (header) index = overlapColumn(s, columns).index;
    else {
      columns.starts.forEach((start, i) => {
        if (start <= at + 2) index = i;
      });
      // Two cells of one line never share a column: a second one starting away from its column's
      // start began left of the next column's (a formula column whose only cell is wider than its
      // centred header) and goes there.
      const away = Math.abs(at - (columns.starts[index] ?? at)) > 2;
      if (away && cells[index] !== '' && cells[index + 1] === '') index++;
    }
    cells[index] = cells[index] === '' ? s.text : `${cells[index]} ${s.text}`;
  }
  return cells;
}

function isLeadRow(cells: string[]): boolean {
  return cells.some(isLeadCell);
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
  // 「環保局 ( 主功 ) 經管局、…」 names a theme's lead bureau, not a column.
  const roles = cells.map(headerRole).filter((r) => r !== 'other' && r !== 'lead');
  return !cells.some((c) => hasCode(c)) && roles.length >= 2;
}

/** Row headings in a map (顧客, 策略主題) or objectives starting a scorecard row, in a band of lines. */
function rowStarts(cells: string[][], objectiveColumn: number): number {
  if (objectiveColumn < 0) return cells.filter((c) => isLabelRow(c)).length;
  return cells.filter((c) => startsWithCode(c[objectiveColumn] ?? '')).length;
}

/**
 * One table from laid-out blocks. A block between blank lines that starts one row at most (one
 * row heading in a map, one objective in a scorecard) is one row, whatever line its heading is
 * printed on: cells are centred vertically, so a row's first lines may come before its heading.
 * Otherwise each line is read on its own: a line continues the row above when it starts no cell
 * with a code and is no label; in a map, a line with its first column empty continues the row
 * too, next items and all; in a scorecard such a line starts a row (merged cells leave the first
 * column empty), but the words before its first code still end the cells above.
 */
function tableOf(groups: SourceLine[][]): TableBlock {
  const all: Physical[] = groups.flat().map((line) => ({ line, segments: segments(line.raw) }));
  const columns = columnStarts(all.filter((p) => p.segments.length > 0));
  const header = all.find((p) => isHeaderLine(p.line));
  const headed = header !== undefined;
  const headerCells = header ? placeCells(header, columns) : [];
  const objectiveColumn = headerCells.findIndex((c) => headerRole(c) === 'objective');
  const kpiColumn = headerCells.findIndex((c) => headerRole(c) === 'kpi');
  const rows: { line: number; cells: string[] }[] = [];
  for (const group of groups) {
    const physical = group
      .map((line) => ({ line, segments: segments(line.raw) }))
      .filter((p) => p.segments.length > 0);
    const placed = physical.map((p) => placeCells(p, columns));
    const first = physical[0];
    if (first && physical.length > 1 && !physical.some((p) => isHeaderLine(p.line))) {
      const column = headed ? Math.max(objectiveColumn, 0) : -1;
      const join = (from: number, to: number) => ({
        line: physical[from]?.line.n ?? first.line.n,
        cells: columns.starts.map((_, i) => joinWrapped(placed.slice(from, to).map((c) => c[i] ?? ''))),
      });
      // Each line goes with the row start (an objective, or a KPI in one objective's band) printed
      // nearest to it; a line halfway between goes with the one above, as a wrapped cell goes on
      // downwards.
      const ranges = (from: number, to: number, anchorColumn: number): [number, number][] => {
        const anchors: number[] = [];
        for (let k = from; k < to; k++) if (startsWithCode(placed[k]?.[anchorColumn] ?? '')) anchors.push(k);
        if (anchors.length <= 1) return [[from, to]];
        let start = from;
        return anchors.map((a, j) => {
          const next = anchors[j + 1];
          const end = next === undefined ? to : a + Math.floor((next - a) / 2) + 1;
          const range: [number, number] = [start, end];
          start = end;
          return range;
        });
      };
      // A KPI's formula and unit are printed on its own line, so one objective's KPIs are rows; the
      // columns left of the KPIs (objective, KSF) are cells merged over the band, read whole.
      const objectiveRows = (from: number, to: number) => {
        const perKpi: [number, number][] =
          headed && kpiColumn > column ? ranges(from, to, kpiColumn) : [[from, to]];
        const whole = join(from, to).cells;
        perKpi.forEach(([a, b], j) => {
          const row = join(a, b);
          if (perKpi.length > 1)
            row.cells = row.cells.map((c, i) => (i >= kpiColumn ? c : j === 0 ? (whole[i] ?? '') : ''));
          rows.push(row);
        });
      };
      if (rowStarts(placed, column) <= 1) {
        objectiveRows(0, placed.length);
        continue;
      }
      if (headed) {
        for (const [a, b] of ranges(0, placed.length, column)) objectiveRows(a, b);
        continue;
      }
    }
    physical.forEach((p, k) => {
      const cells = placed[k] ?? [];
      const previous = rows[rows.length - 1];
      // A lead row's cells are centred at their own heights (「環保局 ( 主功 ) 經」「管局、工務局…」,
      // the 分組成員 label among them): its lines are one row, up to a code or another label.
      const leadLine =
        isLeadRow(cells) ||
        !isLabelRow(cells) ||
        ROW_LABEL.test((cells.find((c) => c !== '') ?? '').replace(/\s/g, ''));
      if (previous && isLeadRow(previous.cells) && leadLine && !cells.some(startsWithCode)) {
        previous.cells = previous.cells.map((c, i) => joinWrapped([c, cells[i] ?? '']));
        return;
      }
      const starts = !previous || isHeaderLine(p.line) || isLabelRow(cells);
      if (previous && !starts && (continuesRow(cells) || (!headed && cells[0] === ''))) {
        previous.cells = previous.cells.map((c, i) => joinWrapped([c, cells[i] ?? '']));
        return;
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
    });
  }
  return {
    kind: 'table',
    syntax: 'tab',
    rows: rows.map(({ line, cells }) => ({ line, cells: cells.map((text) => ({ text, line })) })),
  };
}

/**
 * A block goes on the table above when most of its cells start where that table's columns do,
 * or when all above it is the header (centred over the columns, it says nothing of their starts).
 */
function aligned(above: SourceLine[], below: SourceLine[]): boolean {
  if (above.filter(isMultiColumn).every(isHeaderLine)) return true;
  const starts = (ls: SourceLine[], metric: 0 | 1) =>
    ls.filter((l) => !isHeaderLine(l)).flatMap((l) => segments(l.raw).map((x) => x.at[metric]));
  // Every start above counts: one band of a table prints some columns on one line only.
  return ([0, 1] as const).some((metric) => {
    const known = starts(above, metric);
    const mine = starts(below, metric);
    return mine.filter((at) => known.some((c) => Math.abs(c - at) <= 2)).length * 2 >= mine.length;
  });
}

/** Laid-out text blocks (and runs of them split only by blank lines, on the same columns) become tables. */
export function splitSpaceColumns(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let run: SourceLine[][] = [];
  const flush = () => {
    if (run.length > 0) out.push(tableOf(run));
    run = [];
  };
  for (const b of blocks) {
    // A block of the same table, with a single line of several cells (a two-theme map's row).
    const goesOn =
      b.kind === 'text' && run.length > 0 && b.lines.some(isMultiColumn) && aligned(run.flat(), b.lines);
    if (b.kind !== 'text' || !(isLaidOut(b) || goesOn)) {
      flush();
      out.push(b);
      continue;
    }
    // A title printed just above the table at the margin (「策略主題：提升組織效能 (A)」) stays a
    // line of text; an indented line is a cell's first line, centred above its row.
    const title = (l: SourceLine) => !isMultiColumn(l) && !hasCode(l.text) && !/^[ \t\u3000]{2}/.test(l.raw);
    const lead = b.lines.findIndex((l) => !title(l));
    const lines = b.lines.slice(lead);
    if (lead > 0) {
      flush();
      out.push({ kind: 'text', lines: b.lines.slice(0, lead) });
    }
    const header = lines[0] && isHeaderLine(lines[0]);
    if (run.length > 0 && (header || !aligned(run.flat(), lines))) flush();
    run.push(lines);
  }
  flush();
  return out;
}
