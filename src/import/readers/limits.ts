/**
 * How much of a laid-out document the readers take on before refusing it. A strategy-map deck
 * has 10–60 slides of at most a few hundred shapes; the caps leave ample room for real plans and
 * bound the work a crafted or mistaken file (an annual report, a photo album) can cause. Archive
 * sizes are bounded before any of this (archive/zip-limits.ts), and the whole parse runs in a
 * worker with its own time and memory limit; the PDF budget stops earlier with a clearer message.
 */
export interface ReaderLimits {
  /** Slides, PDF pages, Word pages (at explicit breaks) or sheets. */
  maxPages: number;
  /** Shapes, text runs or cells read on one page; the rest of the page is refused. */
  maxItemsPerPage: number;
  /**
   * Glyph runs and path segments drawn on one PDF page, before they are assembled into items
   * (rebuilding tables pairs rules, so this bounds that work too).
   */
  maxDrawnPerPage: number;
  /** Characters of text in the whole document. */
  maxTextChars: number;
  /** One XML part, as text, before it is parsed. */
  maxXmlChars: number;
  /** Cells in one sheet's used range. */
  maxSheetCells: number;
  /** Wall-clock time for reading a PDF. */
  pdfBudgetMs: number;
}

export const READER_LIMITS: ReaderLimits = {
  maxPages: 300,
  maxItemsPerPage: 5_000,
  maxDrawnPerPage: 20_000,
  maxTextChars: 4_000_000,
  maxXmlChars: 32 * 1024 * 1024,
  maxSheetCells: 200_000,
  pdfBudgetMs: 10_000,
};
