import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zhTW } from '../../i18n/zh-TW';
import { rowErrorsOf, rowErrorText } from './row-error-text';

const error = (code: string, params: Record<string, string | number>, message = 'english') => ({
  row: 3,
  column: '指標代碼',
  code,
  params,
  message,
});

describe('row errors of an upload in the user language', () => {
  it('says each code in zh-TW with what it names', () => {
    expect(rowErrorText(zhTW, 'zh-TW', error('unknown_kpi', { kpi: 'XX9.1' }))).toContain('「XX9.1」');
    expect(
      rowErrorText(zhTW, 'zh-TW', error('period_mismatch', { period: '109Q1', expected: '110Q1' })),
    ).toBe('期別「109Q1」與本次上傳的期別（110Q1）不同。');
    expect(rowErrorText(zhTW, 'zh-TW', error('not_a_number', { text: '九十' }))).toBe('「九十」不是數字。');
    expect(
      rowErrorText(zhTW, 'zh-TW', error('red_needs_corrective_action', { kpi: 'AP1.1', period: '110Q1' })),
    ).toContain('改善措施');
  });

  it("uses the server's zh-TW detail for period and formula problems, its English in English", () => {
    const e = error(
      'formula_error',
      { kpi: 'AC1.1', detailZh: '除數「全年日數」為 0' },
      'AC1.1: division by zero',
    );
    expect(rowErrorText(zhTW, 'zh-TW', e)).toBe('AC1.1 無法以公式計算：除數「全年日數」為 0');
    expect(rowErrorText(en, 'en', e)).toBe(
      'AC1.1 cannot be computed from its formula: AC1.1: division by zero',
    );
    expect(
      rowErrorText(zhTW, 'zh-TW', error('invalid_period', { period: 'x', detailZh: '期別「x」格式不對' })),
    ).toBe('期別「x」格式不對');
  });

  it('falls back to the API message for a code it does not know', () => {
    expect(rowErrorText(zhTW, 'zh-TW', error('something_new', {}, 'row 3: odd'))).toBe('row 3: odd');
  });

  it('reads the row errors from the error details, ignoring anything else', () => {
    expect(rowErrorsOf({ rowErrors: [error('unknown_kpi', { kpi: 'X' }), { row: 'x' }, null] })).toHaveLength(
      1,
    );
    expect(rowErrorsOf({})).toEqual([]);
  });
});
