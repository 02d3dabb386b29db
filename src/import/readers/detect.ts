import CFB from 'cfb';
import { isZip } from '../archive/inspect-zip';
import { ImportError } from '../errors';
import { OfficePackage } from './ooxml/package';
import { corruptFile, encryptedOfficeFile, legacyOfficeFile, notWhatItsNameSays } from './refusals';

/**
 * Which reader a file needs, from its content first and its name second: a deck renamed `.txt`
 * is still a deck, and a file named `.pptx` that is not one is refused as such. Encrypted,
 * old-format and damaged Office files are refused here, before any reader runs.
 */

export type LaidOutFormat = 'pptx' | 'docx' | 'xlsx' | 'pdf';
export type DetectedFormat = LaidOutFormat | 'text';

export interface Detected {
  format: DetectedFormat;
  /** The opened package, for the Office formats, so it is not opened twice. */
  pkg?: OfficePackage;
}

export function extensionOf(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName);
  return m?.[1]?.toLowerCase() ?? '';
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** `%PDF-` within the first KB: readers (and pdfjs) accept a little junk before the header. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}

const OPEN_DOCUMENT = /^application\/vnd\.oasis\.opendocument\.(presentation|text|spreadsheet)/;
const ODF_SUGGESTION: Record<string, string> = { presentation: 'pptx', text: 'docx', spreadsheet: 'xlsx' };

function officeFormat(pkg: OfficePackage): LaidOutFormat {
  if (!pkg.has('[Content_Types].xml')) {
    const mimetype = pkg.has('mimetype') ? (pkg.text('mimetype') ?? '').trim() : '';
    const odf = OPEN_DOCUMENT.exec(mimetype)?.[1];
    if (odf) {
      const ext = ODF_SUGGESTION[odf];
      throw new ImportError('unsupported-format', pkg.fileName, {
        en: `this is an OpenDocument file (${mimetype}), which Stratmap does not read; open it in LibreOffice or Office, save it as .${ext} and import that`,
        zh: `這是 OpenDocument 檔（${mimetype}），系統無法讀取；請用 LibreOffice 或 Office 開啟並另存為 .${ext} 後再匯入`,
      });
    }
    throw corruptFile(pkg.fileName, {
      en: 'it is a zip archive without the [Content_Types].xml every Office file has, so it is not (or no longer) a PowerPoint, Word or Excel file',
      zh: '這是 zip 壓縮檔，但沒有每個 Office 檔都有的 [Content_Types].xml，因此不是（或已不是）PowerPoint、Word 或 Excel 檔',
    });
  }
  const main = pkg.relsOfType('', 'officeDocument')[0]?.target;
  if (!main || !pkg.has(main)) {
    throw corruptFile(pkg.fileName, {
      en: `its main part${main ? ` "${main}"` : ''} is missing (the presentation, document or workbook itself)`,
      zh: `缺少主要組件${main ? `「${main}」` : ''}（簡報、文件或活頁簿本身）`,
    });
  }
  const type = pkg.contentType(main) ?? '';
  if (type.includes('presentationml')) return 'pptx';
  if (type.includes('wordprocessingml')) return 'docx';
  if (type.includes('spreadsheetml')) return 'xlsx';
  throw new ImportError('unsupported-format', pkg.fileName, {
    en: `this Office file's main part is of a kind Stratmap does not read (${type || 'no content type'}); save the document as .pptx, .docx or .xlsx`,
    zh: `這個 Office 檔的主要組件不是系統能讀取的類型（${type || '未宣告類型'}）；請另存為 .pptx、.docx 或 .xlsx`,
  });
}

/** Streams of an OLE compound file: an encrypted OOXML package, or an old .ppt/.doc/.xls. */
function refuseCompoundFile(bytes: Uint8Array, fileName: string): never {
  let paths: string[] = [];
  try {
    paths = CFB.read(bytes, { type: 'array' }).FullPaths.map(
      (p) => p.replace(/\/$/, '').split('/').pop() ?? '',
    );
  } catch {
    // A damaged compound file is still an old-format Office file for the planner's purposes.
  }
  const has = (name: string) => paths.some((p) => p.toLowerCase() === name.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) throw encryptedOfficeFile(fileName);
  const ext = extensionOf(fileName);
  const kind = has('PowerPoint Document')
    ? 'ppt'
    : has('WordDocument')
      ? 'doc'
      : has('Workbook') || has('Book')
        ? 'xls'
        : ext === 'ppt' || ext === 'doc' || ext === 'xls'
          ? ext
          : null;
  throw legacyOfficeFile(fileName, kind);
}

const LAID_OUT: ReadonlySet<string> = new Set([
  'pptx',
  'docx',
  'xlsx',
  'pdf',
  'pptm',
  'docm',
  'xlsm',
  'ppsx',
  'potx',
  'dotx',
  'xltx',
]);

export function detectFormat(bytes: Uint8Array, fileName: string): Detected {
  const ext = extensionOf(fileName);
  if (isZip(bytes)) {
    const pkg = OfficePackage.open(bytes, fileName);
    return { format: officeFormat(pkg), pkg };
  }
  if (startsWith(bytes, OLE_MAGIC)) refuseCompoundFile(bytes, fileName);
  if (isPdf(bytes)) return { format: 'pdf' };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new ImportError('unsupported-format', fileName, {
      en: 'this is a Rich Text Format (RTF) file, which Stratmap does not read; open it in Word, save it as .docx and import that',
      zh: '這是 RTF 格式檔，系統無法讀取；請用 Word 開啟並另存為 .docx 後再匯入',
    });
  }
  if (LAID_OUT.has(ext) && bytes.length > 0) {
    const family =
      ext === 'pdf' ? 'pdf' : ext.startsWith('p') ? 'pptx' : ext.startsWith('d') ? 'docx' : 'xlsx';
    throw notWhatItsNameSays(fileName, family, {
      en: 'it is neither a zip archive (as Office files are) nor a PDF',
      zh: '既不是 zip 壓縮檔（Office 檔的格式），也不是 PDF',
    });
  }
  return { format: 'text' };
}
