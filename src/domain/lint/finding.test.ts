import { describe, expect, it } from 'vitest';
import { compareFindings, type Finding, findingPlace, type LineLocator, relocateLines } from './finding';

const locate: LineLocator = (n) =>
  n <= 10
    ? { page: { kind: 'slide', number: 1 }, line: n }
    : { page: { kind: 'slide', number: 2 }, line: n - 10 };

describe('where a finding is', () => {
  it('says the page and the line within it, or the line of a text', () => {
    expect(findingPlace({ line: 2, page: { kind: 'slide', number: 3 } })).toEqual({
      zh: '投影片 3 第 2 行',
      en: 'slide 3, line 2',
    });
    expect(findingPlace({ page: { kind: 'page', number: 4 } })).toEqual({ zh: '第 4 頁', en: 'page 4' });
    expect(findingPlace({ line: 12 })).toEqual({ zh: '第 12 行', en: 'line 12' });
    expect(findingPlace({ line: 5, page: { kind: 'sheet', number: 1 } }).en).toBe('sheet 1, line 5');
  });

  it('says the lines a message names by page', () => {
    const message = {
      zh: '「甲」（第 3、12、14 行）與「乙」（第 5 行）',
      en: '"甲" (lines 3, 12, 14) and "乙" (line 5)',
    };
    expect(relocateLines(message, locate)).toEqual({
      zh: '「甲」（投影片 1 第 3 行、投影片 2 第 2、4 行）與「乙」（投影片 1 第 5 行）',
      en: '"甲" (slide 1, line 3; slide 2, lines 2, 4) and "乙" (slide 1, line 5)',
    });
    const unplaced = { zh: '第 7 行', en: 'line 7' };
    expect(relocateLines(unplaced, () => undefined)).toEqual(unplaced);
  });

  it('orders findings by page before line', () => {
    const f = (page: number, line: number): Finding => ({
      rule: 'r',
      severity: 'warning',
      codes: [],
      message: { zh: '', en: '' },
      line,
      page: { kind: 'slide', number: page },
    });
    const sorted = [f(2, 1), f(1, 9), f(1, 2)].sort(compareFindings);
    expect(sorted.map((x) => [x.page?.number, x.line])).toEqual([
      [1, 2],
      [1, 9],
      [2, 1],
    ]);
  });
});
