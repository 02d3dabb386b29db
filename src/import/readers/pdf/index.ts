import type { PagedDocument } from '../../pages';
import type { DocumentReader } from '../../source';
import { ReadBudget } from '../budget';
import { flatten } from '../flatten';
import { READER_LIMITS, type ReaderLimits } from '../limits';
import { readPdf } from './read-pdf';

export function readPdfPages(
  bytes: Uint8Array,
  fileName: string,
  limits: ReaderLimits = READER_LIMITS,
): Promise<PagedDocument> {
  return readPdf(bytes, fileName, new ReadBudget(fileName, limits));
}

export const pdfReader: DocumentReader = {
  format: 'pdf',
  extensions: ['pdf'],
  read: async (bytes, fileName) => flatten(await readPdfPages(bytes, fileName)),
};
