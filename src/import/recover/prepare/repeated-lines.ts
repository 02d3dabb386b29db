import { stripMarkup } from '../../readers/clean';
import type { Block, SourceLine, SourceRow } from '../../source';
import { fieldLabel } from '../labels';
import { readContextLine } from '../orgs';
import { readDate } from '../sections';
import { hasCode } from '../tokens';

/**
 * Page headers and footers: what a deck prints on every slide (the organisation's title, the
 * mission or vision, the date, the page number) is not content. Left in, a header that names the
 * agency splits the parent's map quoted on the same slide away from its own title. They are found
 * by repetition, not by their words, and dropped before the document is segmented.
 */

/** Printed at least this often, a title, field or date line is a running header. */
const REPEATS = 3;

const PAGE_NUMBER =
  /(?:^|\s)(?:第\s*\d{1,4}\s*頁(?:\s*[,，、/／]?\s*共\s*\d{1,4}\s*頁)?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)\s*$/i;

/** What a header line says, whatever the spacing, width or 台/臺 of this copy of it. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/台/g, '臺').toLowerCase();
}

/** The line without a trailing page number; '' when it is nothing but one. */
function withoutPageNumber(text: string): string {
  return text.replace(PAGE_NUMBER, '').trim();
}

function isHeaderKind(text: string): boolean {
  if (text === '' || hasCode(text)) return false;
  if (readContextLine(text)?.org) return true;
  const field = fieldLabel(text);
  if (field && field.rest !== '') return true;
  return readDate(text) !== null && text.length <= 30;
}

function rowText(row: SourceRow): string {
  return row.cells
    .map((c) => c.text)
    .filter((t) => t !== '')
    .join(' ');
}

/** Every line and table row of the document as text, in order (「- 3 -」 is no bullet here). */
function lineTexts(blocks: Block[]): { n: number; text: string }[] {
  return blocks
    .flatMap((b) =>
      b.kind === 'text'
        ? b.lines.map((l) => ({ n: l.n, text: l.bullet ? stripMarkup(l.raw) : l.text }))
        : b.rows.map((r) => ({ n: r.line, text: rowText(r) })),
    )
    .sort((a, b) => a.n - b.n);
}

/**
 * Where the document's head ends: at the first title naming another organisation than the
 * first one named (a quoted parent's map). A header's first copy before that is the title.
 */
function headEnd(lines: { n: number; text: string }[]): number {
  let first: string | null = null;
  for (const l of lines) {
    const org = readContextLine(l.text)?.org;
    if (!org || org.kind === 'self') continue;
    const name = org.kind === 'city' ? '\u0000city' : headerKey(org.name);
    if (first === null) first = name;
    else if (!(first.endsWith(name) || name.endsWith(first))) return l.n;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The lines to drop: page numbers always; a title, field or date line printed REPEATS times or
 * more, except its first copy when that stands at the head of the document, where it is the
 * document's own title rather than a header.
 */
function droppedLines(blocks: Block[]): { drop: Set<number>; headers: Set<number> } {
  const lines = lineTexts(blocks);
  const head = headEnd(lines);
  const drop = new Set<number>();
  const headers = new Set<number>();
  const byKey = new Map<string, { n: number; text: string }[]>();
  for (const l of lines) {
    const bare = withoutPageNumber(l.text);
    if (bare === '') {
      if (l.text !== '') drop.add(l.n);
      continue;
    }
    const key = headerKey(bare);
    byKey.set(key, [...(byKey.get(key) ?? []), { n: l.n, text: bare }]);
  }
  for (const copies of byKey.values()) {
    if (copies.length < REPEATS || !isHeaderKind(copies[0]?.text ?? '')) continue;
    copies.forEach((c, i) => {
      if (i > 0 || c.n >= head) drop.add(c.n);
    });
    const first = copies[0];
    if (first && first.n >= head) headers.add(first.n);
  }
  return { drop, headers };
}

export interface WithoutHeaders {
  blocks: Block[];
  /**
   * The first copy of each running header that was dropped whole. A mission or vision printed
   * on every slide is still the document's own organisation's.
   */
  headers: SourceLine[];
}

/** The blocks without running headers and footers; blocks left empty are removed. */
export function dropRepeatedLines(blocks: Block[]): WithoutHeaders {
  const { drop, headers: firstCopies } = droppedLines(blocks);
  const headers: SourceLine[] = [];
  for (const b of blocks) {
    if (b.kind === 'text') headers.push(...b.lines.filter((l) => firstCopies.has(l.n)));
  }
  if (drop.size === 0) return { blocks, headers };
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind === 'text') {
      const lines: SourceLine[] = b.lines.filter((l) => !drop.has(l.n));
      if (lines.length > 0) out.push({ kind: 'text', lines });
    } else {
      const rows = b.rows.filter((r) => !drop.has(r.line));
      if (rows.length > 0) out.push({ ...b, rows });
    }
  }
  return { blocks: out, headers };
}
