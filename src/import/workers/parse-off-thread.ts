import { type ActualsSheet, checkSheetArchive } from '../actuals-sheet';
import { ImportError } from '../errors';
import type { ImportOptions, ImportResult } from '../import-document';
import { SheetError } from '../sheet-error';
import { checkWorkbookArchive, type WorkbookResult } from '../workbook/read-workbook';
import type { ParseJobs } from './parse-jobs';
import { PoolLimitError, type PoolOptions, WorkerPool } from './worker-pool';

/**
 * The importer's parsers as the server and CLI call them: in a worker thread, within a time and
 * memory limit, after a quick look at an archive's directory on the calling thread so a zip bomb
 * is refused in milliseconds without starting anything.
 */

const MiB = 1024 * 1024;

/**
 * A plan workbook or document parses in well under 2 s and 100 MB of heap; the limits leave
 * ten times that, and two workers match the two cores a small agency server has.
 */
export const PARSE_POOL: PoolOptions = {
  module: new URL('./parse.worker.ts', import.meta.url),
  size: 2,
  queueLimit: 8,
  timeoutMs: 20_000,
  maxOldGenerationSizeMb: 384,
  maxYoungGenerationSizeMb: 32,
  idleMs: 10_000,
  retireHeldBytes: 96 * MiB,
};

type FileLimit = 'timeout' | 'memory';

/** Whether the file, rather than the server, was the limit: it took too long or too much memory. */
function fileLimit(error: unknown): FileLimit | null {
  if (!(error instanceof PoolLimitError)) return null;
  return error.reason === 'timeout' || error.reason === 'memory' ? error.reason : null;
}

export class OffThreadParsers {
  constructor(readonly pool: WorkerPool) {}

  /** `importDocument` in a worker. Throws ImportError, or PoolLimitError `busy` when every worker is taken. */
  importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportResult> {
    return this.run('document', { bytes, fileName, options }, (limit) => this.importLimit(limit, fileName));
  }

  /** `readWorkbook` in a worker; an archive that would expand too far is refused before it starts. */
  async readWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookResult> {
    checkWorkbookArchive(bytes, fileName, { inflate: false });
    return this.run('workbook', { bytes, fileName }, (limit) => this.importLimit(limit, fileName));
  }

  /** `readActualsSheet` in a worker; an archive that would expand too far is refused before it starts. */
  async readActualsSheet(bytes: Uint8Array, fileName: string): Promise<ActualsSheet> {
    if (/\.xlsx$/i.test(fileName)) checkSheetArchive(bytes, fileName, { inflate: false });
    return this.run('actualsSheet', { bytes, fileName }, (limit) => this.sheetLimit(limit, fileName));
  }

  private async run<K extends keyof ParseJobs>(
    job: K,
    input: Parameters<ParseJobs[K]>[0],
    said: (limit: FileLimit) => Error,
  ): Promise<Awaited<ReturnType<ParseJobs[K]>>> {
    try {
      return await this.pool.run<Awaited<ReturnType<ParseJobs[K]>>>(job, input);
    } catch (error) {
      const limit = fileLimit(error);
      throw limit ? said(limit) : error;
    }
  }

  private get seconds(): number {
    return this.pool.options.timeoutMs / 1000;
  }

  private get heapMb(): number {
    return this.pool.options.maxOldGenerationSizeMb;
  }

  private importLimit(limit: FileLimit, fileName: string): ImportError {
    return limit === 'timeout'
      ? new ImportError('parse-timeout', fileName, {
          en: `reading this file took longer than ${this.seconds} s and was stopped; a plan document reads in a second or two — check that this is the right file, or split it`,
          zh: `讀取這個檔案超過 ${this.seconds} 秒，已停止；計畫文件通常一兩秒即可讀完，請確認檔案是否正確，或將其拆分`,
        })
      : new ImportError('parse-memory', fileName, {
          en: `reading this file needed more than ${this.heapMb} MB of memory and was stopped; check that this is the right file, or split it`,
          zh: `讀取這個檔案需要超過 ${this.heapMb} MB 記憶體，已停止；請確認檔案是否正確，或將其拆分`,
        });
  }

  private sheetLimit(limit: FileLimit, fileName: string): SheetError {
    return limit === 'timeout'
      ? new SheetError(
          'parse_timeout',
          `${fileName}: reading the sheet took longer than ${this.seconds} s and was stopped; a period's actuals read in a second — check that this is the right file`,
          { seconds: this.seconds },
        )
      : new SheetError(
          'parse_memory',
          `${fileName}: reading the sheet needed more than ${this.heapMb} MB of memory and was stopped; check that this is the right file`,
          { limitMb: this.heapMb },
        );
  }
}

let shared: OffThreadParsers | null = null;

/** The process's parsers, on one pool of `PARSE_POOL` workers started when first needed. */
export function offThread(): OffThreadParsers {
  shared ??= new OffThreadParsers(new WorkerPool(PARSE_POOL));
  return shared;
}
