import type { SourceDocument, SourceLine } from '../../source';
import { joinContinuations } from './continuations';
import { dropRepeatedLines } from './repeated-lines';
import { splitSpaceColumns } from './space-columns';

/**
 * What differs between text extractions of one deck, undone before recovery reads it: running
 * headers and footers dropped, columns aligned by spaces split into cells, table cells continued
 * on the next line joined back. The lines keep their numbers, so findings still point into the file.
 */
export function prepareDocument(doc: SourceDocument): { doc: SourceDocument; headers: SourceLine[] } {
  const { blocks, headers } = dropRepeatedLines(doc.blocks);
  return { doc: { ...doc, blocks: joinContinuations(splitSpaceColumns(blocks)) }, headers };
}
