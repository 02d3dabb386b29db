import type { PagedDocument } from '../pages';
import type { DocumentReader, SourceDocument } from '../source';
import { type DetectedFormat, detectFormat } from './detect';
import { docxReader, readDocxPages } from './docx';
import { pdfReader, readPdfPages } from './pdf';
import { pptxReader, readPptxPages } from './pptx';
import { readText, textReader } from './text';
import { readXlsxPages, xlsxReader } from './xlsx';

/**
 * Every reader, and the choice between them. The content decides (a deck renamed `.txt` is
 * read as a deck, a PDF by its `%PDF-` header); a name that promises a format the content does
 * not have is refused by `detectFormat`, as are encrypted, old-format and damaged Office files.
 */
export const READERS: readonly DocumentReader[] = [textReader, pptxReader, docxReader, xlsxReader, pdfReader];

const BY_FORMAT: Record<DetectedFormat, DocumentReader> = {
  text: textReader,
  pptx: pptxReader,
  docx: docxReader,
  xlsx: xlsxReader,
  pdf: pdfReader,
};

export { extensionOf } from './detect';

export async function readSource(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const { format } = detectFormat(bytes, fileName);
  return BY_FORMAT[format].read(bytes, fileName);
}

/** The document as pages, whatever its format (plain text is one page without positions). */
export async function readPages(bytes: Uint8Array, fileName: string): Promise<PagedDocument> {
  const { format } = detectFormat(bytes, fileName);
  switch (format) {
    case 'pptx':
      return readPptxPages(bytes, fileName);
    case 'docx':
      return readDocxPages(bytes, fileName);
    case 'xlsx':
      return readXlsxPages(bytes, fileName);
    case 'pdf':
      return readPdfPages(bytes, fileName);
    case 'text': {
      return { fileName, format: 'text', pages: readText(bytes, fileName).pages ?? [] };
    }
  }
}
