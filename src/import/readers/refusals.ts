import { ImportError } from '../errors';
import type { PageKind } from '../pages';
import type { ReaderLimits } from './limits';

/**
 * The readers' refusals of a file as a whole: what was found and what the planner can do. Each
 * has a stable code (errors.ts) and says it in English and zh-TW.
 */

const SAVE_AGAIN = { en: 'open it in Office and save it again', zh: '請用 Office 開啟後重新存檔' };

/** A damaged file: its structure (zip, XML, PDF) breaks where `what` says. */
export function corruptFile(fileName: string, what: { en: string; zh: string }): ImportError {
  return new ImportError('corrupt-file', fileName, {
    en: `the file is damaged: ${what.en}; ${SAVE_AGAIN.en}, or export it again from where it came from`,
    zh: `檔案已損毀：${what.zh}；${SAVE_AGAIN.zh}，或從原處重新匯出`,
  });
}

export const FORMAT_NAMES: Record<string, { en: string; zh: string }> = {
  pptx: { en: 'a PowerPoint presentation (.pptx)', zh: 'PowerPoint 簡報（.pptx）' },
  docx: { en: 'a Word document (.docx)', zh: 'Word 文件（.docx）' },
  xlsx: { en: 'an Excel workbook (.xlsx)', zh: 'Excel 活頁簿（.xlsx）' },
  pdf: { en: 'a PDF document', zh: 'PDF 文件' },
  text: { en: 'plain text', zh: '純文字' },
};

/** The name says one format and the content is not that format (nor any other we read). */
export function notWhatItsNameSays(
  fileName: string,
  ext: string,
  found: { en: string; zh: string },
): ImportError {
  const said = FORMAT_NAMES[ext] ?? { en: `a .${ext} file`, zh: `.${ext} 檔` };
  return new ImportError('corrupt-file', fileName, {
    en: `the file is named as ${said.en} but is not one: ${found.en}; check that this is the right file, or ${SAVE_AGAIN.en}`,
    zh: `檔名顯示為${said.zh}，但內容不是：${found.zh}；請確認檔案是否正確，或${SAVE_AGAIN.zh}`,
  });
}

const OLD_FORMATS: Record<string, { en: string; zh: string }> = {
  ppt: { en: 'a PowerPoint 97–2003 presentation (.ppt)', zh: 'PowerPoint 97–2003 簡報（.ppt）' },
  doc: { en: 'a Word 97–2003 document (.doc)', zh: 'Word 97–2003 文件（.doc）' },
  xls: { en: 'an Excel 97–2003 workbook (.xls)', zh: 'Excel 97–2003 活頁簿（.xls）' },
};
const NEW_EXTENSION: Record<string, string> = { ppt: 'pptx', doc: 'docx', xls: 'xlsx' };

/** An old binary Office file (OLE compound file): `kind` when its streams say which. */
export function legacyOfficeFile(fileName: string, kind: 'ppt' | 'doc' | 'xls' | null): ImportError {
  const what = kind ? OLD_FORMATS[kind] : undefined;
  const target = kind ? `.${NEW_EXTENSION[kind]}` : '.pptx, .docx or .xlsx';
  return new ImportError('legacy-office-file', fileName, {
    en: `this is ${what?.en ?? 'an old-format Office file (.ppt, .doc or .xls)'}, which Stratmap does not read; open it in Office, save it as ${target} and import that`,
    zh: `這是${what?.zh ?? '舊版 Office 檔（.ppt、.doc 或 .xls）'}，系統無法讀取；請用 Office 開啟並另存為 ${target} 後再匯入`,
  });
}

/** Office's "Encrypt with password": the package is inside an OLE file, encrypted. */
export function encryptedOfficeFile(fileName: string): ImportError {
  return new ImportError('encrypted-office-file', fileName, {
    en: 'this Office file is protected with a password (it holds an encrypted package, EncryptionInfo and EncryptedPackage, instead of slides or pages), so nothing in it can be read; open it in Office, remove the password (File → Info → Protect → Encrypt with Password, clear it) and save it again',
    zh: '這個 Office 檔設有開啟密碼（內容是加密封裝 EncryptionInfo 與 EncryptedPackage，而非投影片或頁面），無法讀取任何內容；請用 Office 開啟，移除密碼（檔案 → 資訊 → 保護 → 以密碼加密，清除密碼）後重新存檔',
  });
}

const KIND_WORDS: Record<PageKind, { en: string; zh: string }> = {
  slide: { en: 'slide', zh: '張投影片' },
  page: { en: 'page', zh: '頁' },
  sheet: { en: 'sheet', zh: '個工作表' },
  text: { en: 'part', zh: '個部分' },
};

/** "12 slides" / "12 張投影片". */
export function pageCount(kind: PageKind, count: number): { en: string; zh: string } {
  const w = KIND_WORDS[kind];
  return { en: `${count} ${w.en}${count === 1 ? '' : 's'}`, zh: `${count} ${w.zh}` };
}

export function tooManyPages(
  fileName: string,
  kind: PageKind,
  count: number,
  limits: ReaderLimits,
): ImportError {
  const n = pageCount(kind, count);
  return new ImportError('too-many-pages', fileName, {
    en: `the document has ${n.en}, over the limit of ${limits.maxPages}; a strategy-map document has far fewer — import the part that holds the map and scorecards`,
    zh: `文件共有 ${n.zh}，超過上限 ${limits.maxPages}；策略地圖文件通常少得多，請只匯入含策略地圖與計分卡的部分`,
  });
}

export function tooMuchOnPage(
  fileName: string,
  where: { en: string; zh: string },
  limit: number,
): ImportError {
  return new ImportError('too-large', fileName, {
    en: `${where.en} holds more than ${limit} shapes, text runs or cells; a strategy map has far fewer — check that this is the right file`,
    zh: `${where.zh}含有超過 ${limit} 個圖形、文字或儲存格；策略地圖通常少得多，請確認檔案是否正確`,
  });
}

export function tooMuchText(fileName: string, limits: ReaderLimits): ImportError {
  const millions = limits.maxTextChars / 1_000_000;
  return new ImportError('too-large', fileName, {
    en: `the document holds more than ${millions} million characters of text; a strategy-map document holds far less — check that this is the right file`,
    zh: `文件文字超過 ${millions} 百萬字；策略地圖文件通常少得多，請確認檔案是否正確`,
  });
}
