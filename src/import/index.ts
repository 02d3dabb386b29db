export { ImportError, type ImportErrorCode, isImportError } from './errors';
export {
  DEFAULT_CITY,
  type ImportOptions,
  type ImportResult,
  importDocument,
  importTextDocument,
  recoverDocument,
  tryImportDocument,
} from './import-document';
export type {
  Box,
  LineShape,
  Page,
  PagedDocument,
  PageItem,
  PageKind,
  PictureFrame,
  TableCell,
  TableFrame,
  TextFrame,
} from './pages';
export { READERS, readPages, readSource } from './readers';
export type {
  Block,
  DocumentReader,
  SourceDocument,
  SourceLine,
  SourceRow,
  TableBlock,
  TextBlock,
} from './source';
