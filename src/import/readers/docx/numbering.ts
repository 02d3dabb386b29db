import type { OfficePackage } from '../ooxml/package';
import { attr, child, childrenNamed, numberAttr, path, type XmlElement } from '../ooxml/xml';

/**
 * Word's automatic list numbers (「一、」「(一)」「1.」) are not in the text; they come from
 * numbering.xml. Goals numbered 一、二、… and indicators numbered 1. 2. … are how documents
 * without codes are structured, so the numbers are put back in front of their paragraphs.
 */

interface Level {
  format: string;
  text: string;
  start: number;
}

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

function chineseCounting(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CHINESE_DIGITS[ones] ?? '';
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function letter(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographLegalTraditional':
      return chineseCounting(n);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counts list items as Word does, per list and level, and says each item's number. */
export class Numbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(doc: XmlElement | undefined) {
    const abstracts = new Map<string, Level[]>();
    for (const a of childrenNamed(doc, 'abstractNum')) {
      const levels = childrenNamed(a, 'lvl').map((l) => ({
        format: attr(child(l, 'numFmt'), 'val') ?? 'decimal',
        text: attr(child(l, 'lvlText'), 'val') ?? '',
        start: numberAttr(child(l, 'start'), 'val') ?? 1,
      }));
      abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
    }
    for (const num of childrenNamed(doc, 'num')) {
      const levels = abstracts.get(attr(child(num, 'abstractNumId'), 'val') ?? '');
      if (levels) this.levels.set(attr(num, 'numId') ?? '', levels);
    }
  }

  static of(pkg: OfficePackage, documentPart: string): Numbering {
    const part = pkg.relsOfType(documentPart, 'numbering')[0]?.target;
    return new Numbering(part ? pkg.xml(part) : undefined);
  }

  /** The label of a paragraph's list item (`一、`), advancing the count; '' when not numbered. */
  label(numPr: XmlElement | undefined): string {
    const numId = attr(path(numPr, 'numId'), 'val');
    const ilvl = numberAttr(path(numPr, 'ilvl'), 'val') ?? 0;
    const levels = numId === undefined ? undefined : this.levels.get(numId);
    const level = levels?.[ilvl];
    if (!numId || !levels || !level || level.format === 'bullet') return '';
    const counts = this.counters.get(numId) ?? levels.map((l) => l.start - 1);
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++)
      counts[deeper] = (levels[deeper]?.start ?? 1) - 1;
    this.counters.set(numId, counts);
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(counts[i] ?? 1, levels[i]?.format ?? 'decimal');
    });
  }
}
