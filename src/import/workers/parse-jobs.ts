import type { ImportOptions } from '../import-document';

/**
 * The parsing that runs in a worker thread (parse.worker.ts): each is the importer's own
 * function, which checks an archive's sizes before parsing it. Each loads its parser when first
 * asked, so a worker started for a sheet of actuals does not also compile the document importer.
 */
export const parseJobs = {
  document: async (input: { bytes: Uint8Array; fileName: string; options: ImportOptions }) => {
    const { importDocument } = await import('../import-document');
    return importDocument(input.bytes, input.fileName, input.options);
  },
  workbook: async (input: { bytes: Uint8Array; fileName: string }) => {
    const { readWorkbook } = await import('../workbook/read-workbook');
    return readWorkbook(input.bytes, input.fileName);
  },
  actualsSheet: async (input: { bytes: Uint8Array; fileName: string }) => {
    const { readActualsSheet } = await import('../actuals-sheet');
    return readActualsSheet(input.bytes, input.fileName);
  },
};

export type ParseJobs = typeof parseJobs;
