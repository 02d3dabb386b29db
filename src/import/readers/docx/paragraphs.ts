import type { TableCell } from '../../pages';
import { isOutlined } from '../ooxml/text-body';
import {
  attr,
  child,
  childrenNamed,
  descendants,
  numberAttr,
  path,
  resolveAlternates,
  type XmlElement,
} from '../ooxml/xml';
import type { Numbering } from './numbering';
import type { Styles } from './styles';

/**
 * The text of Word paragraphs and tables. A paragraph's runs are read through hyperlinks,
 * fields, content controls and tracked insertions (deletions are left out); a line break
 * starts a new line, a page break a new page. Text boxes anchored in a paragraph are returned
 * beside it, read only once although Word stores them twice (a DrawingML shape and its VML
 * fallback).
 */

export interface ParagraphText {
  /** Lines per page: more than one when the paragraph holds a page break. */
  segments: string[][];
  heading?: number;
  pageBreakBefore: boolean;
  /** The paragraph ends a section that starts on a new page. */
  sectionBreakAfter: boolean;
  boxes: { lines: string[]; outlined: boolean }[];
}

export interface WordContext {
  styles: Styles;
  numbering: Numbering;
}

const SKIPPED = new Set([
  'pPr',
  'rPr',
  'del',
  'moveFrom',
  'instrText',
  'delText',
  'fldChar',
  'proofErr',
  'bookmarkStart',
  'bookmarkEnd',
]);

function textBoxes(drawing: XmlElement): { lines: string[]; outlined: boolean }[] {
  const out: { lines: string[]; outlined: boolean }[] = [];
  for (const content of descendants(drawing, 'txbxContent')) {
    const lines = childrenNamed(content, 'p').flatMap((p) => plainLines(p));
    if (lines.length === 0) continue;
    // The shape holding the box is two levels up in DrawingML (wsp > txbx > txbxContent).
    const shape = descendants(drawing, 'wsp').find((w) => path(w, 'txbx', 'txbxContent') === content);
    out.push({ lines, outlined: shape ? isOutlined(child(shape, 'spPr'), child(shape, 'style')) : true });
  }
  return out;
}

/** A paragraph's lines without numbering, page breaks or boxes: for text boxes and table cells. */
function plainLines(p: XmlElement): string[] {
  const lines: string[] = [];
  let current = '';
  const end = () => {
    lines.push(current);
    current = '';
  };
  walkRuns(p, {
    text: (t) => {
      current += t;
    },
    line: end,
    page: end,
    box: () => {},
  });
  end();
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}

interface RunSink {
  text: (t: string) => void;
  line: () => void;
  page: () => void;
  box: (drawing: XmlElement) => void;
}

function walkRuns(el: XmlElement, sink: RunSink): void {
  for (const c of resolveAlternates(el.children)) {
    if (SKIPPED.has(c.name)) continue;
    switch (c.name) {
      case 't':
        sink.text(c.text);
        break;
      case 'tab':
        sink.text('\t');
        break;
      case 'noBreakHyphen':
        sink.text('-');
        break;
      case 'cr':
        sink.line();
        break;
      case 'br':
        if (attr(c, 'type') === 'page') sink.page();
        else sink.line();
        break;
      case 'drawing':
      case 'pict':
      case 'object':
        sink.box(c);
        break;
      default:
        walkRuns(c, sink);
    }
  }
}

export function readParagraph(p: XmlElement, ctx: WordContext): ParagraphText {
  const pPr = child(p, 'pPr');
  const segments: string[][] = [[]];
  const boxes: { lines: string[]; outlined: boolean }[] = [];
  let current = ctx.numbering.label(ctx.styles.numbering(pPr));
  const endLine = () => {
    segments[segments.length - 1]?.push(current);
    current = '';
  };
  walkRuns(p, {
    text: (t) => {
      current += t;
    },
    line: endLine,
    page: () => {
      endLine();
      segments.push([]);
    },
    box: (d) => {
      boxes.push(...textBoxes(d));
    },
  });
  endLine();
  const sectPr = child(pPr, 'sectPr');
  const sectionType = attr(child(sectPr, 'type'), 'val') ?? 'nextPage';
  const result: ParagraphText = {
    segments: segments.map((s) => s.map((l) => l.trim()).filter((l) => l !== '')),
    pageBreakBefore:
      child(pPr, 'pageBreakBefore') !== undefined && attr(child(pPr, 'pageBreakBefore'), 'val') !== '0',
    sectionBreakAfter: sectPr !== undefined && sectionType !== 'continuous',
    boxes,
  };
  const heading = ctx.styles.headingLevel(pPr);
  if (heading !== undefined) result.heading = heading;
  return result;
}

/** Rows inside content controls and custom XML wrappers are still rows. */
function rowsOf(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of resolveAlternates(tbl.children)) {
    if (c.name === 'tr') out.push(c);
    else if (c.name === 'sdt') out.push(...rowsOf(child(c, 'sdtContent') ?? c));
    else if (c.name === 'customXml') out.push(...rowsOf(c));
  }
  return out;
}

/** All the text in a cell, nested tables included, one paragraph a line. */
function cellText(tc: XmlElement, ctx: WordContext): string {
  const lines: string[] = [];
  for (const c of resolveAlternates(tc.children)) {
    if (c.name === 'p')
      lines.push(ctx.numbering.label(ctx.styles.numbering(child(c, 'pPr'))) + plainLines(c).join('\n'));
    else if (c.name === 'tbl')
      for (const row of readWordTable(c, ctx).rows)
        lines.push(
          row
            .map((cell) => cell.text)
            .filter(Boolean)
            .join(' '),
        );
    else if (c.name === 'sdt') lines.push(cellText(child(c, 'sdtContent') ?? c, ctx));
  }
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * A Word table on its grid: `gridSpan` spans columns, `vMerge="restart"` starts a vertical merge
 * that the following `vMerge` cells of the column continue; `gridBefore`/`gridAfter` skip columns.
 */
export function readWordTable(tbl: XmlElement, ctx: WordContext): { rows: TableCell[][]; columns: number[] } {
  const columns = childrenNamed(child(tbl, 'tblGrid'), 'gridCol').map((c) => (numberAttr(c, 'w') ?? 0) / 20);
  const rows: TableCell[][] = [];
  const empty = (): TableCell => ({ text: '', rowSpan: 1, colSpan: 1, covered: false });
  const coveredCell = (): TableCell => ({ text: '', rowSpan: 1, colSpan: 1, covered: true });
  for (const tr of rowsOf(tbl)) {
    const row: TableCell[] = [];
    let col = numberAttr(path(tr, 'trPr', 'gridBefore'), 'val') ?? 0;
    for (let i = 0; i < col; i++) row.push(empty());
    for (const tc of resolveAlternates(tr.children).filter((c) => c.name === 'tc')) {
      const tcPr = child(tc, 'tcPr');
      const span = Math.max(1, numberAttr(child(tcPr, 'gridSpan'), 'val') ?? 1);
      const vMerge = child(tcPr, 'vMerge');
      const continues = vMerge !== undefined && attr(vMerge, 'val') !== 'restart';
      const anchor = continues ? anchorAbove(rows, col) : undefined;
      if (anchor) {
        anchor.rowSpan++;
        row.push(coveredCell());
      } else row.push({ text: cellText(tc, ctx), rowSpan: 1, colSpan: span, covered: false });
      for (let i = 1; i < span; i++) row.push(coveredCell());
      col += span;
    }
    rows.push(row);
  }
  const width = Math.max(columns.length, ...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push(empty());
  return { rows, columns };
}

/** The cell a vertical merge continues: the nearest uncovered cell above in the same column. */
function anchorAbove(rows: TableCell[][], col: number): TableCell | undefined {
  for (let r = rows.length - 1; r >= 0; r--) {
    const cell = rows[r]?.[col];
    if (cell && !cell.covered) return cell;
  }
  return undefined;
}
