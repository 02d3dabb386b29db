import { describe, expect, it } from 'vitest';
import { ApiError, type ErrorKind } from '../../api/errors';
import { en } from '../../i18n/en';
import { zhTW } from '../../i18n/zh-TW';
import { isLasting, refusalText } from './refusal-text';

const error = (status: number, kind: ErrorKind, details: Record<string, unknown> = {}) =>
  new ApiError(status, kind, 'english from the server', [], details);

describe('refusals of the import page in the user language', () => {
  it('uses the importer’s own zh-TW explanation, and its English one in English', () => {
    const pdf = error(400, 'validation', {
      code: 'pdf-file',
      fileName: 'a.txt',
      messageZh: 'a.txt：這是 PDF 檔',
    });
    expect(refusalText(zhTW, 'zh-TW', pdf)).toBe('a.txt：這是 PDF 檔');
    expect(refusalText(en, 'en', pdf)).toBe('english from the server');
  });

  it('says every other refusal in words of its own, never the status or the English', () => {
    const cases = [
      error(403, 'forbidden'),
      error(409, 'conflict', { conflicts: [{ org: '臺北市立動物園', year: 113, changes: [] }] }),
      error(409, 'conflict', { status: 'approved' }),
      error(409, 'conflict'),
      error(413, 'too_large'),
      error(503, 'unavailable', { code: 'busy', retryAfterSeconds: 4.2 }),
      error(503, 'unavailable'),
      error(429, 'rate_limited'),
      error(0, 'network'),
      error(400, 'validation'),
      error(404, 'not_found'),
      error(500, 'server'),
    ];
    for (const [dictionary, locale] of [
      [zhTW, 'zh-TW'],
      [en, 'en'],
    ] as const) {
      const texts = cases.map((c) => refusalText(dictionary, locale, c));
      expect(new Set(texts).size).toBe(cases.length);
      for (const text of texts) expect(text).not.toContain('english from the server');
    }
    expect(refusalText(zhTW, 'zh-TW', cases[1] as ApiError)).toContain('臺北市立動物園 113年度');
    expect(refusalText(zhTW, 'zh-TW', cases[5] as ApiError)).toContain('5 秒');
  });

  it('names the organisations the user may not write when the page knows them', () => {
    const text = refusalText(zhTW, 'zh-TW', error(403, 'forbidden'), {
      notWritable: ['臺北市政府', '臺北市立動物園'],
    });
    expect(text).toContain('臺北市政府、臺北市立動物園');
  });

  it('tells a refusal that will come back the same from one that passes', () => {
    expect(isLasting(error(403, 'forbidden'))).toBe(true);
    expect(isLasting(error(400, 'validation'))).toBe(true);
    expect(isLasting(error(503, 'unavailable'))).toBe(false);
    expect(isLasting(error(0, 'network'))).toBe(false);
  });
});
