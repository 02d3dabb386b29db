import { ArchiveError, type ArchiveErrorCode, type ArchiveParams } from '../archive/archive-error';
import { ImportError, type ImportErrorCode } from '../errors';
import { SheetError, type SheetErrorCode } from '../sheet-error';

/**
 * Errors cross from a worker thread as plain data (structured clone keeps no classes); these
 * turn the importer's own refusals back into the classes callers test for.
 */

export type TransferredError =
  | { type: 'ImportError'; code: ImportErrorCode; fileName: string; reason: { en: string; zh: string } }
  | { type: 'SheetError'; code: SheetErrorCode; message: string; params: Record<string, string | number> }
  | { type: 'ArchiveError'; code: ArchiveErrorCode; params: ArchiveParams }
  | { type: 'Error'; message: string; stack?: string };

export function encodeError(error: unknown): TransferredError {
  if (error instanceof ImportError) {
    return { type: 'ImportError', code: error.code, fileName: error.fileName, reason: error.reason };
  }
  if (error instanceof SheetError) {
    return { type: 'SheetError', code: error.code, message: error.message, params: error.params };
  }
  if (error instanceof ArchiveError) return { type: 'ArchiveError', code: error.code, params: error.params };
  const plain = error instanceof Error ? error : new Error(String(error));
  return { type: 'Error', message: plain.message, ...(plain.stack ? { stack: plain.stack } : {}) };
}

export function decodeError(error: TransferredError): Error {
  switch (error.type) {
    case 'ImportError':
      return new ImportError(error.code, error.fileName, error.reason);
    case 'SheetError':
      return new SheetError(error.code, error.message, error.params);
    case 'ArchiveError':
      return new ArchiveError(error.code, error.params);
    default: {
      const plain = new Error(error.message);
      if (error.stack) plain.stack = error.stack;
      return plain;
    }
  }
}
