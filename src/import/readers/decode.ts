import { ImportError } from '../errors';

/**
 * Turns the bytes of a supposedly plain-text file into a string, refusing with a precise message
 * what is not text: Office files renamed `.txt`, PDFs, binaries, or encodings we cannot read.
 */

export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function refuseKnownBinaries(bytes: Uint8Array, fileName: string): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw new ImportError('office-file', fileName, {
      en: 'this is a zip file (an Excel .xlsx, Word .docx or PowerPoint .pptx, perhaps renamed), not plain text',
      zh: '這是 zip 壓縮檔（可能是改了副檔名的 Excel .xlsx、Word .docx 或 PowerPoint .pptx），不是純文字',
    });
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new ImportError('legacy-office-file', fileName, {
      en: 'this is an old-format Office file (.xls, .doc or .ppt, perhaps renamed); save it as plain text (UTF-8) and import that',
      zh: '這是舊版 Office 檔（.xls、.doc 或 .ppt，可能改了副檔名）；請另存為純文字（UTF-8）後再匯入',
    });
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    throw new ImportError('pdf-file', fileName, {
      en: 'this is a PDF file, not plain text',
      zh: '這是 PDF 檔，不是純文字',
    });
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * ICU's Big5 decoder silently drops 0x80 and 0xFF, which Big5 never uses; refusing them keeps
 * random binary from passing as Big5 text.
 */
function plausibleBig5(bytes: Uint8Array): boolean {
  return !bytes.includes(0x80) && !bytes.includes(0xff);
}

/** Control characters other than tab, line feed, carriage return and form feed. */
function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) n++;
  }
  return sample.length === 0 ? 0 : n / sample.length;
}

/** Letters, digits, punctuation and spaces of the scripts a plan is written in. */
function isTextChar(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c < 0x7f) ||
    (c >= 0xa0 && c < 0x250) ||
    (c >= 0x2000 && c < 0x2bff) ||
    (c >= 0x3000 && c < 0x9fff) ||
    (c >= 0xf900 && c < 0xfaff) ||
    (c >= 0xfe30 && c < 0xffef)
  );
}

/**
 * UTF-16 saved without a byte-order mark (Windows' "Unicode" text from some tools): the NUL
 * bytes of its ASCII characters (line breaks, digits, codes) fall on odd offsets for
 * little-endian, even for big-endian, it has line breaks, and almost every decoded character is
 * text. Binary data
 * has NULs on both sides and decodes to characters from all over the code space.
 */
function utf16WithoutMark(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null;
  const head = bytes.subarray(0, 65536);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  const encoding = odd > even * 20 ? 'utf-16le' : even > odd * 20 ? 'utf-16be' : null;
  if (!encoding) return null;
  const text = tryDecode(bytes, encoding);
  // A document has lines; a few bytes that merely decode are not evidence of one.
  if (text === null || !/[\r\n]/.test(text)) return null;
  const sample = text.slice(0, 32768);
  let good = 0;
  for (let i = 0; i < sample.length; i++) if (isTextChar(sample.charCodeAt(i))) good++;
  return good >= sample.length * 0.98 ? { text, encoding } : null;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5';
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) {
    throw new ImportError('empty', fileName, { en: 'the file is empty', zh: '檔案是空的' });
  }
  if (bytes.length > MAX_TEXT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new ImportError('too-large', fileName, {
      en: `the file is ${mb} MB; a strategy-map document as text is far smaller (the limit is ${MAX_TEXT_BYTES / 1024 / 1024} MB) — check that this is the right file`,
      zh: `檔案大小 ${mb} MB，超過上限 ${MAX_TEXT_BYTES / 1024 / 1024} MB；策略地圖文件的純文字通常小得多，請確認檔案是否正確`,
    });
  }
  refuseKnownBinaries(bytes, fileName);
  let decoded: DecodedText | null = null;
  if (startsWith(bytes, [0xff, 0xfe])) {
    const t = tryDecode(bytes, 'utf-16le');
    if (t !== null) decoded = { text: t, encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    const t = tryDecode(bytes, 'utf-16be');
    if (t !== null) decoded = { text: t, encoding: 'utf-16be' };
  } else {
    const head = bytes.subarray(0, 65536);
    const utf16 = head.includes(0) ? utf16WithoutMark(bytes) : null;
    if (utf16) decoded = utf16;
    else if (head.includes(0)) {
      throw new ImportError('binary', fileName, {
        en: 'this is a binary file, not text (it contains NUL bytes); import a plain-text (UTF-8) document',
        zh: '這是二進位檔，不是文字檔（含有 NUL 位元組）；請匯入純文字（UTF-8）文件',
      });
    }
    if (!decoded) {
      const utf8 = tryDecode(bytes, 'utf-8');
      // Older Taiwanese text files are Big5; accept them rather than ask the planner to convert.
      const big5 = utf8 === null && plausibleBig5(bytes) ? tryDecode(bytes, 'big5') : null;
      if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' };
      else if (big5 !== null) decoded = { text: big5, encoding: 'big5' };
    }
  }
  if (decoded === null) {
    throw new ImportError('not-utf8', fileName, {
      en: 'the file is neither UTF-8 nor Big5 text (invalid byte sequences); save it as UTF-8 text and import again',
      zh: '檔案不是 UTF-8 或 Big5 文字（含有無效的位元組）；請另存為 UTF-8 純文字後再匯入',
    });
  }
  if (controlRatio(decoded.text) > 0.01) {
    throw new ImportError('binary', fileName, {
      en: 'this looks like a binary file, not text (many control characters); import a plain-text (UTF-8) document',
      zh: '這看起來是二進位檔而非文字檔（含大量控制字元）；請匯入純文字（UTF-8）文件',
    });
  }
  if (decoded.text.trim() === '') {
    throw new ImportError('empty', fileName, {
      en: 'the file holds only blanks',
      zh: '檔案只有空白，沒有內容',
    });
  }
  return decoded;
}
