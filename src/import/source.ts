/**
 * What a reader produces and recovery consumes: the text of a document as lines and as the
 * table-ish structure the layout implies. A `.pptx`, `.docx` or `.xlsx` reader fills in the same
 * shapes (one table per slide table or sheet, one block per text frame) so recovery is shared.
 */

export interface SourceLine {
  /** 1-based line number in the original document (for findings). */
  n: number;
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

/** Rows of a pipe, tab or comma table; consecutive rows without a blank line between them. */
export interface TableBlock {
  kind: 'table';
  syntax: 'pipe' | 'tab' | 'csv';
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
}

/** A reader turns bytes into a SourceDocument or throws an ImportError. */
export interface DocumentReader {
  format: string;
  /** File name endings this reader is chosen for, lower case without the dot. */
  extensions: readonly string[];
  read(bytes: Uint8Array, fileName: string): SourceDocument;
}
