import { describe, expect, it } from 'vitest';
import { SHEET_ERROR_CODES } from '../../../../src/import/actuals-sheet';
import { ApiError } from '../../api/errors';
import { en } from '../../i18n/en';
import { zhTW } from '../../i18n/zh-TW';
import { type FileError, fileErrorOf, fileErrorText } from './file-error-text';

const refused = (details: Record<string, unknown>, kind: 'validation' | 'too_large' = 'validation') =>
  new ApiError(kind === 'too_large' ? 413 : 400, kind, 'english message', [], details);

describe('whole-file refusals of an upload in the user language', () => {
  it('says every code the server sends in zh-TW and English, each differently', () => {
    const codes = [...SHEET_ERROR_CODES, 'no_rows'];
    const params = {
      ...{ extension: '.pdf', mb: '9.0', limitMb: 8, line: 3, row: 2, skipped: 1 },
      ...{ entry: 'xl/sharedStrings.xml', entries: 6000, limit: 100, ratio: 393, seconds: 20 },
    };
    for (const dictionary of [zhTW, en]) {
      const texts = codes.map((code) => fileErrorText(dictionary, { code, params }));
      for (const [i, text] of texts.entries()) expect(text, codes[i]).toBeTruthy();
      expect(new Set(texts).size).toBe(codes.length);
    }
  });

  it('names what the params say', () => {
    expect(fileErrorText(zhTW, { code: 'unsupported_type', params: { extension: '.docx' } })).toContain(
      '「.docx」',
    );
    expect(fileErrorText(zhTW, { code: 'unsupported_type', params: { extension: '' } })).toContain(
      '沒有副檔名',
    );
    expect(fileErrorText(zhTW, { code: 'no_kpi_column', params: { row: 2 } })).toBe(
      '標題列（第 2 列）沒有「指標代碼」欄。標題列須有指標代碼、期別與實績值（或公式的各項數據）；可下載範本對照。',
    );
    expect(fileErrorText(zhTW, { code: 'unclosed_quote', params: { line: 7 } })).toContain('第 7 行');
    expect(fileErrorText(en, { code: 'too_large', params: { mb: '9.0', limitMb: 8 } })).toContain(
      '9.0 MB, over the 8 MB limit',
    );
    expect(fileErrorText(zhTW, { code: 'pdf_file', params: {} })).toBe(
      '這是 PDF 檔，不是試算表。請上傳數據來源的 Excel 檔（.xlsx）或 CSV。',
    );
  });

  it('names the part, its size and the limit of a zip bomb, and the limits of reading', () => {
    const bomb = { entry: 'xl/sharedStrings.xml', mb: '300.0', limitMb: '64' };
    expect(fileErrorText(zhTW, { code: 'archive_entry_too_large', params: bomb })).toContain(
      '「xl/sharedStrings.xml」解壓後達 300.0 MB，超過單一組件上限 64 MB',
    );
    expect(fileErrorText(en, { code: 'archive_entry_too_large', params: bomb })).toContain(
      '"xl/sharedStrings.xml" of the workbook expands to 300.0 MB, over the 64 MB limit',
    );
    const ratio = { entry: 'xl/x.xml', ratio: 393, limit: 100 };
    expect(fileErrorText(zhTW, { code: 'archive_compression_ratio', params: ratio })).toContain('393:1');
    expect(fileErrorText(zhTW, { code: 'parse_timeout', params: { seconds: 20 } })).toContain('超過 20 秒');
    expect(fileErrorText(en, { code: 'parse_memory', params: { limitMb: 384 } })).toContain(
      '384 MB of memory',
    );
  });

  it('leaves a code it does not know to the API message', () => {
    expect(fileErrorText(zhTW, { code: 'something_new', params: {} })).toBeUndefined();
  });

  it('reads the file error from the details; a body over the size limit is one too', () => {
    expect(fileErrorOf(refused({ code: 'unreadable', fileError: { code: 'pdf_file', params: {} } }))).toEqual(
      {
        code: 'pdf_file',
        params: {},
      },
    );
    expect(fileErrorOf(refused({ fileError: { code: 'binary' } }))).toEqual({ code: 'binary', params: {} });
    expect(fileErrorOf(refused({ fileError: { code: 3 } }))).toBeUndefined();
    expect(fileErrorOf(refused({ rowErrors: [] }))).toBeUndefined();
    const tooLarge = fileErrorOf(refused({}, 'too_large'));
    expect(tooLarge).toEqual({ code: 'too_large', params: {} });
    expect(fileErrorText(zhTW, tooLarge as FileError)).toBe(zhTW.trkFileErrTooLargeUpload);
  });
});
