import type { Page } from './pages';

/**
 * What recovery consumes: the text of a document as lines and as the table-ish structure the
 * layout implies. Plain text is parsed into it directly; laid-out formats (`.pptx`, `.pdf`,
 * `.docx`, `.xlsx`) are read into pages first and flattened into the same shapes (one table per
 * slide table or sheet, one block per text frame, in reading order), keeping the pages.
 */

export interface SourceLine {
  /**
   * 1-based line number in the document (for findings). In a paged document lines are numbered
   * through the whole document in reading order; `page` and `pageLine` say where one is.
   */
  n: number;
  /** The page (slide, sheet) the line is on, 1-based, in a paged document. */
  page?: number;
  /** The line's number within its page, 1-based, in a paged document. */
  pageLine?: number;
  /** The line as printed, for messages. */
  raw: string;
  /** Markup removed (HTML tags, `**`, heading `#`, bullet marks), spaces collapsed, trimmed. */
  text: string;
  /** Markdown heading level (`# x` → 1), 0 otherwise. */
  heading: number;
  /** The line started with a bullet mark (●, •, -, *). */
  bullet: boolean;
}

export interface SourceCell {
  text: string;
  line: number;
}

export interface SourceRow {
  line: number;
  cells: SourceCell[];
}

/**
 * Rows of a pipe, tab or comma table (consecutive rows without a blank line between them), or
 * of a `grid`: a table of a laid-out document, whose merged cells come as empty cells.
 */
export interface TableBlock {
  kind: 'table';
  syntax: 'pipe' | 'tab' | 'csv' | 'grid';
  rows: SourceRow[];
}

/**
 * Lines between blank lines. In one-cell-per-line layouts a block is one cell, whose text may
 * wrap over several lines (`AC1減輕家長育兒經濟負` + `擔`).
 */
export interface TextBlock {
  kind: 'text';
  lines: SourceLine[];
}

export type Block = TableBlock | TextBlock;

export interface SourceDocument {
  fileName: string;
  /** Which reader produced it, e.g. `text`. */
  format: string;
  lines: SourceLine[];
  blocks: Block[];
  /** The document as pages of positioned items, for recovery that uses geometry. */
  pages?: Page[];
}

/** A reader turns bytes into a SourceDocument or throws an ImportError. */
export interface DocumentReader {
  format: string;
  /** File name endings this reader is chosen for, lower case without the dot. */
  extensions: readonly string[];
  read(bytes: Uint8Array, fileName: string): SourceDocument | Promise<SourceDocument>;
}
