import { describe, expect, it } from 'vitest';
import { charWidthEm, measureText, tokenize, wrapItems, wrapText } from './text-measure';

describe('text width', () => {
  it('counts CJK and full-width forms as one em and Latin as narrower', () => {
    expect(charWidthEm('臺')).toBe(1);
    expect(charWidthEm('，')).toBe(1);
    expect(charWidthEm('Ａ')).toBe(1);
    expect(charWidthEm('a')).toBeLessThan(0.6);
    expect(charWidthEm('1')).toBeCloseTo(0.57);
    expect(measureText('提升學生', 15)).toBe(60);
    expect(measureText('AC1.1', 10)).toBeLessThan(measureText('提升學生學', 10));
  });

  it('treats characters outside the Basic Multilingual Plane as one character', () => {
    expect(measureText('𠀋', 10)).toBe(10);
  });
});

describe('tokenize', () => {
  it('keeps codes, numbers and words whole and splits CJK per character', () => {
    expect(tokenize('AC1.1 提升 100% open data')).toEqual([
      'AC1.1',
      ' ',
      '提',
      '升',
      ' ',
      '100%',
      ' ',
      'open',
      ' ',
      'data',
    ]);
  });

  it('glues closing punctuation to what precedes it and opening punctuation to what follows', () => {
    expect(tokenize('鼓勵提報考試職缺，注入（新血）')).toEqual([
      '鼓',
      '勵',
      '提',
      '報',
      '考',
      '試',
      '職',
      '缺，',
      '注',
      '入',
      '（新',
      '血）',
    ]);
  });
});

describe('wrapText', () => {
  it('breaks between CJK characters to fit the width', () => {
    const lines = wrapText('完善創業服務及投資環境', 100, 15);
    expect(lines.join('')).toBe('完善創業服務及投資環境');
    for (const l of lines) expect(measureText(l, 15)).toBeLessThanOrEqual(100);
  });

  it('balances lines instead of leaving one character alone', () => {
    expect(wrapText('減輕家長育兒經濟負擔', 140, 15)).toEqual(['減輕家長育', '兒經濟負擔']);
  });

  it('never cuts a code in two', () => {
    for (let w = 56; w < 200; w += 7) {
      const lines = wrapText('達成 AC1.1 及 BF2.3.1 之目標值', w, 14);
      expect(lines.some((l) => l.includes('AC1.1'))).toBe(true);
      expect(lines.some((l) => l.includes('BF2.3.1'))).toBe(true);
    }
  });

  it('breaks at spaces and drops the space at the break', () => {
    const lines = wrapText('Learning and growth', 80, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l).toBe(l.trim());
    expect(lines.join(' ')).toBe('Learning and growth');
  });

  it('does not start a line with a comma or full stop', () => {
    for (let w = 30; w < 160; w += 5) {
      for (const l of wrapText('鼓勵提報考試職缺，注入新血。推動家庭教育', w, 15))
        expect(l[0]).not.toMatch(/[，。]/);
    }
  });

  it('cuts a word longer than the line only as the last resort', () => {
    const lines = wrapText('Supercalifragilistic', 50, 14);
    expect(lines.join('')).toBe('Supercalifragilistic');
    for (const l of lines) expect(measureText(l, 14)).toBeLessThanOrEqual(50);
  });

  it('returns no lines for empty text', () => {
    expect(wrapText('  ', 100, 14)).toEqual([]);
  });
});

describe('wrapItems', () => {
  it('breaks a list between items', () => {
    const lines = wrapItems(['經管局', '工務局', '產業局', '教育局', '自來水處'], '、', 100, 12);
    expect(lines.join('')).toBe('經管局、工務局、產業局、教育局、自來水處');
    for (const l of lines) expect(l.startsWith('、')).toBe(false);
    expect(lines.every((l) => /^(經管局|工務局|產業局|教育局|自來水處)/.test(l))).toBe(true);
  });

  it('wraps an item wider than a line inside itself', () => {
    const lines = wrapItems(['一二三四五六七八九十一二'], '、', 60, 12);
    expect(lines.join('')).toBe('一二三四五六七八九十一二');
    expect(lines.length).toBeGreaterThan(1);
  });
});
