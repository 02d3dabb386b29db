import type { ElementKind } from './kinds';

/**
 * What the corpus says about each file it wrote: which plan(s) it should import to, how it was
 * made, and what it states of each plan (so a form without arrows is not blamed for links).
 */

export type Writer =
  | 'pptxgenjs'
  | 'libreoffice-pptx'
  | 'libreoffice-pdf'
  | 'libreoffice-docx'
  | 'libreoffice-docx-pdf'
  | 'pdftotext'
  | 'text';

export interface ExpectedRef {
  planId: string;
  /** Path (relative to the corpus folder) of the expected plan document, projected on `kinds`. */
  file: string;
  kinds: ElementKind[];
}

export interface CorpusEntry {
  /** Unique name of the form, e.g. `deck/sample-臺北市立圖書館-108/groups/libreoffice-pdf`. */
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  source: { kind: 'plan' | 'seed'; id: string };
  /** Deck style id, `word`, `plan-text` or `seed`. */
  style: string;
  writer: Writer;
  variation: string | null;
  expected: ExpectedRef[];
  /** Other plans ("org year") the file legitimately holds in part, e.g. a parent quoted in a header. */
  tolerated: string[];
  notes: string;
}

export interface CorpusManifest {
  format: 'stratmap.corpus/1';
  slice: 'test' | 'full';
  entries: CorpusEntry[];
}
