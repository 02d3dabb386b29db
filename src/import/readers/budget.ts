import { type PageItem, type PageKind, pageLabel } from '../pages';
import { READER_LIMITS, type ReaderLimits } from './limits';
import { tooManyPages, tooMuchOnPage, tooMuchText } from './refusals';

/**
 * Counts what a reader collects against the reader limits, so every reader refuses the same way
 * and at the same point: pages before they are read, items and text as they are found.
 */
export class ReadBudget {
  private chars = 0;

  constructor(
    readonly fileName: string,
    readonly limits: ReaderLimits = READER_LIMITS,
  ) {}

  checkPageCount(kind: PageKind, count: number): void {
    if (count > this.limits.maxPages) throw tooManyPages(this.fileName, kind, count, this.limits);
  }

  /** Characters of text found outside page items (a sheet's cells before they become a table). */
  addText(chars: number): void {
    this.chars += chars;
    if (this.chars > this.limits.maxTextChars) throw tooMuchText(this.fileName, this.limits);
  }

  /** An `emit` for one page's items that refuses the page, or the document, past its limits. */
  collector(items: PageItem[], kind: PageKind, number: number): (item: PageItem) => void {
    return (item) => {
      if (items.length >= this.limits.maxItemsPerPage) {
        const label = pageLabel(kind, number);
        const where = kind === 'text' ? { en: 'the document', zh: '文件' } : { en: label.en, zh: label.zh };
        throw tooMuchOnPage(
          this.fileName,
          { en: capitalised(where.en), zh: where.zh },
          this.limits.maxItemsPerPage,
        );
      }
      this.addText(textLength(item));
      items.push(item);
    };
  }
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function textLength(item: PageItem): number {
  if (item.kind === 'text') return item.lines.reduce((n, l) => n + l.length, 0);
  if (item.kind === 'table')
    return item.rows.reduce((n, r) => n + r.reduce((m, c) => m + c.text.length, 0), 0);
  return 0;
}
