export { ImportError, type ImportErrorCode, isImportError } from './errors';
export {
  DEFAULT_CITY,
  type ImportOptions,
  type ImportResult,
  importDocument,
  tryImportDocument,
} from './import-document';
export { READERS, readSource } from './readers';
export type {
  Block,
  DocumentReader,
  SourceDocument,
  SourceLine,
  SourceRow,
  TableBlock,
  TextBlock,
} from './source';
