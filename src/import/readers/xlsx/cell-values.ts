import type { OfficePackage } from '../ooxml/package';
import { attr, child, childrenNamed, descendants, numberAttr, type XmlElement } from '../ooxml/xml';

/**
 * Cell values as a planner sees them in Excel: shared and inline strings, and numbers in their
 * cell's number format where it matters for a scorecard (percentages, fixed decimals, thousands
 * separators, dates); anything else in Excel's "General" form.
 */

/** `AB12` → column 28 (1-based) and row 12. */
export function parseRef(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m?.[1] || !m[2]) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

/** The text of a string item (`si`, `is`): plain `t`, or rich-text runs; phonetic guides left out. */
export function stringItemText(si: XmlElement | undefined): string {
  if (!si) return '';
  const plain = child(si, 't');
  if (plain) return plain.text;
  return childrenNamed(si, 'r')
    .map((r) => child(r, 't')?.text ?? '')
    .join('');
}

export function sharedStrings(pkg: OfficePackage, workbookPart: string): string[] {
  const part = pkg.relsOfType(workbookPart, 'sharedStrings')[0]?.target;
  const doc = part ? pkg.xml(part) : undefined;
  return childrenNamed(doc, 'si').map(stringItemText);
}

const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'yyyy/m/d h:mm',
  37: '#,##0',
  38: '#,##0',
  39: '#,##0.00',
  40: '#,##0.00',
};

/** Number formats by cell style index (`s`), from styles.xml. */
export function cellFormats(pkg: OfficePackage, workbookPart: string): string[] {
  const part = pkg.relsOfType(workbookPart, 'styles')[0]?.target;
  const doc = part ? pkg.xml(part) : undefined;
  const custom = new Map<number, string>();
  for (const f of descendants(child(doc, 'numFmts'), 'numFmt')) {
    const id = numberAttr(f, 'numFmtId');
    if (id !== undefined) custom.set(id, attr(f, 'formatCode') ?? '');
  }
  return childrenNamed(child(doc, 'cellXfs'), 'xf').map((xf) => {
    const id = numberAttr(xf, 'numFmtId') ?? 0;
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? (id >= 27 && id <= 58 ? 'yyyy/m/d' : 'General');
  });
}

function decimalsOf(format: string): number {
  const m = /\.(0+)/.exec(format);
  return m?.[1]?.length ?? 0;
}

function general(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** Excel's day count (1900 system, with its phantom 29 Feb 1900) as y/m/d. */
function excelDate(serial: number): string {
  const days = serial > 59 ? serial - 1 : serial;
  const date = new Date(Date.UTC(1899, 11, 31) + Math.floor(days) * 86_400_000);
  return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
}

/** Formats that show a date: day, month or year codes outside quotes and brackets. */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]|m{3,}|(^|[^0#?])m/i.test(bare) && !/[0#?]/.test(bare);
}

export function displayNumber(value: number, format: string): string {
  const section = format.split(';')[0] ?? 'General';
  if (section === 'General' || section === '@' || section === '') return general(value);
  if (isDateFormat(section)) return excelDate(value);
  if (section.includes('%')) return `${(value * 100).toFixed(decimalsOf(section))}%`;
  if (!/[0#]/.test(section)) return general(value);
  const decimals = decimalsOf(section);
  if (section.includes(',')) {
    return value.toLocaleString('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  }
  return value.toFixed(decimals);
}

export interface CellValueContext {
  strings: string[];
  formats: string[];
}

/** A cell's text as shown, '' when it has none. */
export function cellValue(c: XmlElement, ctx: CellValueContext): string {
  const type = attr(c, 't') ?? 'n';
  const v = child(c, 'v')?.text;
  switch (type) {
    case 's':
      return ctx.strings[Number(v)] ?? '';
    case 'inlineStr':
      return stringItemText(child(c, 'is'));
    case 'str':
    case 'e':
    case 'd':
      return v ?? '';
    case 'b':
      return v === undefined ? '' : v === '1' ? 'TRUE' : 'FALSE';
    default: {
      if (v === undefined || v.trim() === '') return '';
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return displayNumber(n, ctx.formats[numberAttr(c, 's') ?? 0] ?? 'General');
    }
  }
}
