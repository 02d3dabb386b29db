import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ImportError } from '../../errors';
import { corruptFile } from '../refusals';

/**
 * pdfjs-dist as the PDF reader uses it on Node: the legacy build, loaded once when the first
 * PDF arrives, without eval, font faces, system fonts, XFA or image decoders (only text,
 * vector paths and where pictures are), with its character maps and standard font metrics
 * read from the package so Chinese text in non-embedded fonts maps to Unicode.
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let loaded: Promise<PdfJs> | null = null;

export function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export interface OpenedPdf {
  doc: PdfDocument;
  lib: PdfJs;
  close: () => Promise<void>;
}

/** An error pdfjs raises, by its class name (its classes are not exported for instanceof). */
function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** Opens a PDF with pdfjs already loaded (`pdfjs()`), so loading the library is not the file's time. */
export async function openPdf(lib: PdfJs, bytes: Uint8Array, fileName: string): Promise<OpenedPdf> {
  const task = lib.getDocument({
    // pdfjs takes ownership of the buffer it is given; the caller keeps its own.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: `${join(packageDir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(packageDir, 'standard_fonts')}/`,
    wasmUrl: `${join(packageDir, 'wasm')}/`,
  });
  try {
    const doc = await task.promise;
    return { doc, lib, close: () => task.destroy() };
  } catch (error) {
    await task.destroy();
    if (nameOf(error) === 'PasswordException') {
      throw new ImportError('pdf-encrypted', fileName, {
        en: 'this PDF is protected with a password, so its pages cannot be read; save or print it again without the password (or export a new PDF from the original document) and import that',
        zh: '這份 PDF 設有開啟密碼，無法讀取頁面內容；請移除密碼後另存（或從原始文件重新匯出 PDF）再匯入',
      });
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw corruptFile(fileName, {
      en: `it is not a readable PDF (${detail})`,
      zh: `不是可讀取的 PDF（${detail}）`,
    });
  }
}

/** Refuses a PDF that takes longer than its budget, between pages and inside slow ones. */
export class Deadline {
  private readonly end: number;

  constructor(
    private readonly budgetMs: number,
    private readonly fileName: string,
  ) {
    this.end = Date.now() + budgetMs;
  }

  private refusal(): ImportError {
    const seconds = Math.round(this.budgetMs / 1000);
    return new ImportError('parse-timeout', this.fileName, {
      en: `reading this PDF took longer than ${seconds} s and was stopped; a strategy-map PDF reads in a second or two — check that this is the right file, or import the PowerPoint it was made from`,
      zh: `讀取這份 PDF 超過 ${seconds} 秒，已停止；策略地圖 PDF 通常一兩秒即可讀完，請確認檔案是否正確，或改匯入原始的 PowerPoint 檔`,
    });
  }

  async within<T>(work: Promise<T>): Promise<T> {
    // Once the deadline wins, the abandoned work may still fail as the document is destroyed.
    work.catch(() => {});
    const left = this.end - Date.now();
    if (left <= 0) throw this.refusal();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.refusal()), left);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
