import { describe, expect, it } from 'vitest';
import { parseText } from '../readers/text';
import { readFields } from './fields';
import { perspectiveLabel } from './labels';
import { canonicalOrgName, OrgResolver, readContextLine } from './orgs';
import { parseThemeItem } from './theme-items';
import { joinWrapped, splitCodes } from './tokens';

describe('splitCodes', () => {
  it('splits several codes and names in one cell, keeping the prefix label', () => {
    const s = splitCodes('內部流程 AP1 推展公共化教保服務 AP2 建立優質安全的幼兒園環境');
    expect(s.prefix).toBe('內部流程');
    expect(s.items.map((i) => [i.code, i.name])).toEqual([
      ['AP1', '推展公共化教保服務'],
      ['AP2', '建立優質安全的幼兒園環境'],
    ]);
  });
  it('handles 、 and 。 separators, Latin names after codes and full-width codes', () => {
    expect(splitCodes('TC1提升滿意的住民、TC2增加快樂的員工').items.map((i) => i.name)).toEqual([
      '提升滿意的住民',
      '增加快樂的員工',
    ]);
    expect(splitCodes('AC1提升環境品質。 AC2建構低碳城市。').items.map((i) => i.name)).toEqual([
      '提升環境品質',
      '建構低碳城市',
    ]);
    expect(splitCodes('CC1.1.2Bookstart閱讀起步走活動計畫').items[0]).toMatchObject({
      code: 'CC1.1.2',
      name: 'Bookstart閱讀起步走活動計畫',
    });
    expect(splitCodes('ＢＰ１．２ 復學率').items[0]?.code).toBe('BP1.2');
  });
  it('does not read codes inside words or numbers', () => {
    expect(splitCodes('導入RFID技術 PM2.5濃度 3C產品 第C1區').items).toEqual([]);
    expect(splitCodes('AC1000').items).toEqual([]);
  });
  it('joins wrapped CJK without spaces and words with one', () => {
    expect(joinWrapped(['AC1減輕家長育兒經濟負', '擔'])).toBe('AC1減輕家長育兒經濟負擔');
    expect(joinWrapped(['Open', 'Data'])).toBe('Open Data');
  });
});

describe('organisations', () => {
  it('reads the organisation and year of title lines', () => {
    expect(readContextLine('教育局110年策略地圖暨平衡計分卡')).toMatchObject({
      org: { kind: 'name', name: '教育局' },
      year: 110,
    });
    expect(readContextLine('本府策略地圖')?.org).toEqual({ kind: 'city' });
    expect(readContextLine('承接局級策略主題延展本館策略地圖')).toMatchObject({
      org: { kind: 'self', suffix: '館' },
      level: '局',
      cascades: true,
    });
    expect(readContextLine('2023年臺北市政府策略地圖')).toMatchObject({ year: 112 });
    expect(readContextLine('AC1.1.1本府各機關資本支出預算執行監督機制')).toBeNull();
  });
  it('canonicalises 台 and 市府, and resolves short names from the document', () => {
    expect(canonicalOrgName('台北市府教育局')).toBe('臺北市政府教育局');
    const r = new OrgResolver(['臺中市政府文化局'], '臺北市政府');
    expect(r.city).toBe('臺中市政府');
    expect(r.fullName('文化局')).toBe('臺中市政府文化局');
    expect(r.fullName('環保局')).toBe('臺中市政府環保局');
    expect(r.fullName('捷運公司')).toBe('捷運公司');
    expect(r.parentByName('臺中市政府文化局')).toBe('臺中市政府');
  });
});

describe('labels and theme items', () => {
  it('perspective labels in their many spellings', () => {
    expect(
      ['顧客 C', '<u>顧客構面</u>', '顧客流程', '內部 流程', '學習成長構面', '財務(F)'].map(perspectiveLabel),
    ).toEqual(['C', 'C', 'C', 'P', 'L', 'F']);
    expect(perspectiveLabel('提升顧客滿意度的各項方案')).toBeNull();
  });
  it('theme items with the letter before, after, in brackets, or lost', () => {
    expect(parseThemeItem('A營造永續環境')).toEqual({ letter: 'A', name: '營造永續環境' });
    expect(parseThemeItem('提升組織效能 A')).toEqual({ letter: 'A', name: '提升組織效能' });
    expect(parseThemeItem('發展館藏資源(A)')).toEqual({ letter: 'A', name: '發展館藏資源' });
    expect(parseThemeItem('策略主題：發展館藏資源(Ｂ)')).toEqual({ letter: 'B', name: '發展館藏資源' });
    expect(parseThemeItem('建構健康安全友善的永續校園')).toEqual({
      letter: null,
      name: '建構健康安全友善的永續校園',
    });
    expect(parseThemeItem('顧客 C')).toBeNull();
  });
});

describe('readFields', () => {
  it('reads labels with values on the same line, the next lines, the next block, and in tab rows', () => {
    const doc = parseText(
      '核心\n價值\n\n正直誠信、團隊合作\n創新卓越\n\n【使命】\n為市民服務\n替城市創新\n\n願景：宜居城市\n',
      'a.txt',
    );
    expect(readFields(doc.blocks)).toEqual({
      mission: '為市民服務 替城市創新',
      vision: '宜居城市',
      coreValues: ['正直誠信', '團隊合作', '創新卓越'],
    });
    const tab = parseText('【使命】 甲 乙\t\t【願景】 丙\t【核心價值】 丁、戊\n', 'a.txt');
    expect(readFields(tab.blocks)).toEqual({ mission: '甲 乙', vision: '丙', coreValues: ['丁', '戊'] });
  });
});
