import type { PagedDocument } from '../pages';
import type { DocumentReader } from '../source';
import { ReadBudget } from './budget';
import { flatten } from './flatten';
import { READER_LIMITS, type ReaderLimits } from './limits';
import { OfficePackage } from './ooxml/package';

/**
 * An Office format's two entry points from its package reader: its pages (for geometry and
 * tests) and its document reader (the pages flattened for recovery), both opening the package
 * through the archive limits and counting against the reader limits.
 */
export function officeFormat(
  format: string,
  extensions: readonly string[],
  read: (pkg: OfficePackage, budget: ReadBudget) => PagedDocument,
): {
  readPages: (bytes: Uint8Array, fileName: string, limits?: ReaderLimits) => PagedDocument;
  reader: DocumentReader;
} {
  const readPages = (bytes: Uint8Array, fileName: string, limits: ReaderLimits = READER_LIMITS) =>
    read(OfficePackage.open(bytes, fileName), new ReadBudget(fileName, limits));
  return {
    readPages,
    reader: { format, extensions, read: (bytes, fileName) => flatten(readPages(bytes, fileName)) },
  };
}
