/**
 * Why an Office file (a zip archive) is refused before any of it is parsed. Readers turn it into
 * their own error (ImportError, SheetError); the code is stable, the params name what was found
 * and the limit, and the texts say it in English and zh-TW.
 */

export const ARCHIVE_ERROR_CODES = [
  'too_many_entries',
  'entry_too_large',
  'too_large',
  'compression_ratio',
  'size_mismatch',
  'encrypted',
  'unsafe_path',
  'corrupt',
] as const;
export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

/** Refusals about how much the file would expand to (HTTP 413); the rest say it is damaged (400). */
const SIZE_CODES: ReadonlySet<ArchiveErrorCode> = new Set([
  'too_many_entries',
  'entry_too_large',
  'too_large',
  'compression_ratio',
]);

export type ArchiveParams = Record<string, string | number>;

const AGAIN_EN = 'open it in Office and save it again';
const AGAIN_ZH = '請用 Office 開啟後重新存檔';

function texts(code: ArchiveErrorCode, p: ArchiveParams): { en: string; zh: string } {
  switch (code) {
    case 'too_many_entries':
      return {
        en: `the file holds ${p.entries} parts, over the limit of ${p.limit}; a plan document has far fewer — check that this is the right file`,
        zh: `檔案內含 ${p.entries} 個組件，超過上限 ${p.limit} 個；計畫文件通常少得多，請確認檔案是否正確`,
      };
    case 'entry_too_large':
      return {
        en: `its part "${p.entry}" expands to ${p.mb} MB, over the ${p.limitMb} MB limit for one part (a zip bomb, or not a plan document)`,
        zh: `其中的「${p.entry}」解壓後達 ${p.mb} MB，超過單一組件上限 ${p.limitMb} MB（可能是壓縮炸彈，或不是計畫文件）`,
      };
    case 'too_large':
      return {
        en: `its parts expand to ${p.mb} MB together, over the ${p.limitMb} MB limit (a zip bomb, or not a plan document)`,
        zh: `檔案解壓後共 ${p.mb} MB，超過上限 ${p.limitMb} MB（可能是壓縮炸彈，或不是計畫文件）`,
      };
    case 'compression_ratio':
      return {
        en: `its part "${p.entry}" is compressed ${p.ratio}:1 (${p.mb} MB in ${p.compressedKb} KB), over the ${p.limit}:1 limit that real documents stay far below; this looks like a zip bomb`,
        zh: `其中的「${p.entry}」壓縮比為 ${p.ratio}:1（${p.compressedKb} KB 解壓為 ${p.mb} MB），超過上限 ${p.limit}:1，一般文件遠低於此；這看起來是壓縮炸彈`,
      };
    case 'size_mismatch':
      return {
        en: `its part "${p.entry}" does not expand to the ${p.declared} bytes its header declares; the file is damaged or crafted — ${AGAIN_EN}`,
        zh: `其中的「${p.entry}」解壓後的大小與標頭宣告的 ${p.declared} 位元組不符；檔案已損毀或遭竄改，${AGAIN_ZH}`,
      };
    case 'encrypted':
      return {
        en: `its part "${p.entry}" is encrypted; remove the password in Office and save the file again`,
        zh: `其中的「${p.entry}」已加密；請在 Office 移除密碼後重新存檔`,
      };
    case 'unsafe_path':
      return {
        en: `its part name "${p.entry}" points outside the file (.. or an absolute path); the file is damaged or crafted — ${AGAIN_EN}`,
        zh: `其中的組件名稱「${p.entry}」指向檔案之外（.. 或絕對路徑）；檔案已損毀或遭竄改，${AGAIN_ZH}`,
      };
    case 'corrupt':
      return {
        en: `its zip structure is damaged (${p.reason}); ${AGAIN_EN}`,
        zh: `壓縮檔結構已損毀；${AGAIN_ZH}`,
      };
  }
}

export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
  readonly zh: string;

  constructor(
    readonly code: ArchiveErrorCode,
    readonly params: ArchiveParams = {},
  ) {
    const { en, zh } = texts(code, params);
    super(en);
    this.zh = zh;
  }

  /** True when the file would expand too far (413), false when it is damaged or locked (400). */
  get tooLarge(): boolean {
    return SIZE_CODES.has(this.code);
  }
}

/** A part name as messages quote it: no control characters, and short. */
export function quotedName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}…` : clean;
}

export const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
