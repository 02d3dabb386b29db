import { describe, expect, it } from 'vitest';
import { parseText } from '../readers/text';
import { importText, planOf } from '../test-helpers';
import { readCascadeQuotes } from './cascade-quotes';
import { readStatedCounts } from './counts';
import { readEnglishDate, readEnglishTitle, sameKindOfOrg } from './english';
import { readFields } from './fields';
import {
  fieldLabel,
  headerRole,
  isSectionWord,
  perspectiveLabel,
  perspectiveNamed,
  sectionNumberOf,
} from './labels';
import { readLeads } from './leads';
import { readContextLine } from './orgs';
import { parseThemeItem } from './theme-items';
import { closeCjkGaps, joinWrapped } from './tokens';

/** The words of documents never seen before: section numbers, English, counts and cascades in prose. */

const blocks = (text: string) => parseText(text, 'doc.txt').blocks;

describe('section titles and table-of-contents entries', () => {
  it('reads a section number off a heading, never a year or a name', () => {
    expect(sectionNumberOf('2 策略地圖')).toEqual({ number: '2', rest: '策略地圖' });
    expect(sectionNumberOf('一、平衡計分卡')?.rest).toBe('平衡計分卡');
    expect(sectionNumberOf('(三) 組織架構')?.rest).toBe('組織架構');
    expect(['107年平衡計分卡', '一站式服務', '3C產品', '2019 Strategy Map'].map(sectionNumberOf)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('section words with or without their number are never themes; slide headings neither', () => {
    expect(['2 策略地圖', '3 平衡計分卡', '1 組織架構', 'Balanced Scorecard'].every(isSectionWord)).toBe(
      true,
    );
    for (const t of ['2 策略地圖', '平衡計分卡-顧客構面', '3 107年平衡計分卡-顧客構面', '1 組織架構'])
      expect(parseThemeItem(t), t).toBeNull();
    expect(parseThemeItem('A 提升組織效能')).toEqual({ letter: 'A', name: '提升組織效能' });
  });

  it('perspectives are whole words: 作業要點 or a lone 學習 in a cell is text', () => {
    expect(['作業要點', '學習', '財務報表', '內部流程構面', '學習 成長'].map(perspectiveLabel)).toEqual([
      null,
      null,
      null,
      'P',
      'L',
    ]);
    expect(perspectiveNamed('3 107年平衡計分卡-顧客構面')).toBe('C');
    expect(perspectiveNamed('顧客與財務構面')).toBeNull();
  });

  it('a space between Chinese characters in a name is a line break; so is one a PDF puts beside Latin or brackets', () => {
    expect(closeCjkGaps('當年度研究發表之 成果件數')).toBe('當年度研究發表之成果件數');
    expect(closeCjkGaps('導入 RFID 技術 及 Open Data 平台')).toBe('導入RFID技術及Open Data平台');
    expect(closeCjkGaps('擁書冊數 ( 含圖書 )、學習時數 20小時')).toBe('擁書冊數(含圖書)、學習時數20小時');
  });
});

describe('English documents', () => {
  it('perspectives, column headers and field labels', () => {
    expect(
      [
        'Strategic Objective (Customer)',
        'Internal Process',
        'Learning & Growth',
        'Financial Perspective',
      ].map(perspectiveLabel),
    ).toEqual(['C', 'P', 'L', 'F']);
    expect(
      ['Key Success Factor', 'KPI', 'Formula', 'Unit', 'Action Plan', 'Strategic Objective'].map(headerRole),
    ).toEqual(['ksf', 'kpi', 'formula', 'unit', 'action', 'objective']);
    expect(fieldLabel('Vision: A healthy city')).toEqual({ field: 'vision', rest: 'A healthy city' });
    expect(fieldLabel('Core Values')).toEqual({ field: 'coreValues', rest: '' });
    expect(parseThemeItem('Strategic Theme G: Health and Safety')).toEqual({
      letter: 'G',
      name: 'Health and Safety',
    });
  });

  it('a bilingual title gives the English name of the organisation named in Chinese', () => {
    expect(readContextLine('臺北市政府衛生局 Department of Health Strategy Map in 2019')).toEqual({
      org: { kind: 'name', name: '臺北市政府衛生局' },
      level: null,
      year: 108,
      cascades: false,
      alias: 'Department of Health',
    });
    const r = importText(
      '臺北市政府衛生局 Department of Health Strategy Map in 2019\n\nDepartment of Health Strategy Map in 2019\n\nStrategic Theme\tSocial Support E\tHealth and Safety G\nCustomer\tEC1 Care for the elderly\tGC1 Promote health\n',
    );
    expect(r.plans.map((p) => [p.org.name, p.year, p.themes.length])).toEqual([['臺北市政府衛生局', 108, 2]]);
  });

  it('a title slide: the Chinese name, then the English title on the next line, name one organisation', () => {
    const map =
      '\n\nStrategic Theme\tSocial Support E\tHealth and Safety G\nCustomer\tEC1 Care for the elderly\tGC1 Promote health\n';
    const r = importText(`臺北市政府衛生局\nDepartment of Health Strategy Map in 2019${map}`);
    expect(r.plans.map((p) => [p.org.name, p.year, p.themes.length])).toEqual([['臺北市政府衛生局', 108, 2]]);
    // Another kind of organisation on the next line is another organisation.
    expect(sameKindOfOrg('Department of Health, Taipei City Government', '臺北市政府衛生局')).toBe(true);
    expect(sameKindOfOrg('Department of Health', '臺北市政府')).toBe(false);
    expect(sameKindOfOrg('Taipei Public Library', '臺北市立圖書館')).toBe(true);
  });

  it('titles: the organisation as written, Gregorian years as ROC years, dates', () => {
    expect(
      readEnglishTitle('Strategy Map of the Department of Health, Taipei City Government (2019)'),
    ).toEqual({
      org: 'Department of Health, Taipei City Government',
      year: 108,
      cascades: false,
      level: null,
    });
    expect(readContextLine('Strategy Map in 2019')).toMatchObject({ org: null, year: 108 });
    expect(readContextLine('Integrity, Teamwork, Innovation')).toBeNull();
    expect(['March 25, 2019', '25 March 2019', '2019/3/25'].map(readEnglishDate)).toEqual([
      [2019, 3, 25],
      [2019, 3, 25],
      [2019, 3, 25],
    ]);
  });
});

describe('lines wrapped in their box', () => {
  it('an English word broken after its hyphen is one word again', () => {
    expect(joinWrapped(['Long-', 'term care service'])).toBe('Long-term care service');
    expect(joinWrapped(['Persons served -', 'persons'])).toBe('Persons served - persons');
    expect(joinWrapped(['推廣', '終身學習'])).toBe('推廣終身學習');
  });
});

describe('titles as Word and PDF print them', () => {
  const map = '\n\n策略主題\t優化服務 A\n顧客\tAC1 提升服務\n';
  it('a title wrapped inside the organisation name names the whole organisation', () => {
    const r = importText(`臺北市政府產業發展局110年臺北市政府產業\n發展局策略地圖暨平衡計分卡${map}`);
    expect(r.plans.map((p) => [p.org.name, p.year])).toEqual([['臺北市政府產業發展局', 110]]);
  });

  it('a year printed alone under the title is the plan year', () => {
    const r = importText(`臺北市政府教育局 臺北市府教育局策略地圖\n108年${map}`);
    expect(r.plans.map((p) => [p.org.name, p.year])).toEqual([['臺北市政府教育局', 108]]);
  });
});

describe('what a document states about itself', () => {
  it("leads as a slide's text boxes: the label and each theme's line apart, member lists wrapped in their box", () => {
    const leads = readLeads(
      blocks(
        '分組成員\n\n環保局(主功) 經管局、工務局、產業\n局、教育局\n\n都發局(主功) 工務局、地政局、審計\n處\n\n簡報完畢\n',
      ),
    );
    expect(leads.map((l) => [l.index, l.lead, l.members])).toEqual([
      [0, '環保局', ['經管局', '工務局', '產業局', '教育局']],
      [1, '都發局', ['工務局', '地政局', '審計處']],
    ]);
  });

  it('fields side by side on one line, and a label centred beside its wrapped value', () => {
    const fields = readFields(
      blocks(
        '使命：照顧弱勢 促進參與    願景：幸福共好的城市\n\n    引導學校創新 激發學生潛能 推\n使命\n    廣終身學習\n\n願景\n推動終身學習,打造書香城市\n',
      ),
    );
    expect(fields).toMatchObject({ mission: '照顧弱勢 促進參與', vision: '幸福共好的城市' });
    // A page header drawn as one run: the next label and its colon part the fields.
    for (const header of [
      '使命：照顧弱勢 促進參與　願景：幸福共好的城市',
      '使命：照顧弱勢 促進參與 願景：幸福共好的城市',
    ])
      expect(readFields(blocks(`${header}\n`))).toMatchObject({
        mission: '照顧弱勢 促進參與',
        vision: '幸福共好的城市',
      });
    expect(readFields(blocks('Mission: Serve every resident Vision: A healthy city\n'))).toMatchObject({
      mission: 'Serve every resident',
      vision: 'A healthy city',
    });
    // A label set apart from its value by spaces (pdftotext), and a title naming the fields.
    expect(
      readFields(
        blocks(
          'Mission, Vision and Core Values\nMission\nProtect every citizen\n\nCore Values          Integrity, Teamwork\n',
        ),
      ),
    ).toEqual({ mission: 'Protect every citizen', vision: '', coreValues: ['Integrity', 'Teamwork'] });
    // A box wrapping its text inside the last phrase or value: the pieces are made whole again.
    const wrapped = readFields(
      blocks(
        '使命\n引導學校創新 激發學生潛能 鏈結產官學研 推\n廣終身學習\n\n核心價值\n正直誠信、團隊合作、服務\n專業\n',
      ),
    );
    expect(wrapped).toMatchObject({
      mission: '引導學校創新 激發學生潛能 鏈結產官學研 推廣終身學習',
      coreValues: ['正直誠信', '團隊合作', '服務專業'],
    });
    // Lines broken between phrases or values keep them apart.
    expect(
      readFields(blocks('使命\n照顧弱勢 促進融合\n幸福城市\n\n核心價值\n正直誠信、團隊合作\n創新卓越\n')),
    ).toMatchObject({
      mission: '照顧弱勢 促進融合 幸福城市',
      coreValues: ['正直誠信', '團隊合作', '創新卓越'],
    });
    const centred = readFields(
      blocks('    引導學校創新 激發學生潛能 推\n使命\n    廣終身學習\n\n願景\n推動終身學習,打造書香城市\n'),
    );
    expect(centred).toMatchObject({
      mission: '引導學校創新 激發學生潛能 推廣終身學習',
      vision: '推動終身學習，打造書香城市',
    });
  });

  it("a note naming only the parent's level: the parent's map in the document holds the theme, and is the parent", () => {
    const r = importText(
      '臺北市立圖書館 108年策略地圖\n\n108年臺北市政府教育局策略地圖\n策略主題\tG 建構安全友善的永續校園\tH 推廣終身教育\n顧客\tGC1 打造友善校園\tHC1 推廣終身學習\n\n108年臺北市立圖書館策略地圖\n策略主題\t發展館藏資源 A 承接局級「H 推廣終身教育」\t推廣閱讀 B 承接局級「H 推廣終身教育」\n顧客\tAC1 提升擁書量\tBC1 提升參與\n',
    );
    const p = planOf(r, '臺北市立圖書館', 108);
    expect(p.org.parent).toBe('臺北市政府教育局');
    expect(p.themes.map((t) => t.cascadesFrom)).toEqual([
      { org: '臺北市政府教育局', letter: 'H', year: 108 },
      { org: '臺北市政府教育局', letter: 'H', year: 108 },
    ]);
  });

  it('names numbering their unit in digits, and parents of another city, are read as printed', () => {
    const p = planOf(
      importText(
        '示範市立第1圖書館\n110年策略地圖暨平衡計分卡\n\n策略主題\t優化跨域合作 A 承接示範市政府教育局「C 優化跨域合作」\n顧客\tAC1 提升服務\n',
      ),
      '示範市立第1圖書館',
      110,
    );
    // Not 臺北市政府示範市政府教育局: a name starting with its own city is already full.
    expect(p.org.parent).toBe('示範市政府教育局');
    expect(p.themes[0]?.cascadesFrom).toEqual({ org: '示範市政府教育局', letter: 'C' });
  });

  it("a theme note names the parent theme and its organisation, which is then the plan's parent", () => {
    const p = planOf(
      importText(
        '臺北市立圖書館 108年策略地圖\n\n策略主題\t發展館藏資源 A 承接臺北市政府教育局「H 推廣終身教育」\t推廣閱讀 B 承接臺北市政府教育局「H 推廣終身教育」\n顧客\tAC1 提升擁書量\tBC1 提升參與\n',
      ),
      '臺北市立圖書館',
    );
    expect(p.org.parent).toBe('臺北市政府教育局');
    expect(p.themes.map((t) => [t.name, t.cascadesFrom])).toEqual([
      ['發展館藏資源', { org: '臺北市政府教育局', letter: 'H' }],
      ['推廣閱讀', { org: '臺北市政府教育局', letter: 'H' }],
    ]);
  });

  it('counts keep the scope they are stated for: a perspective heading, a theme heading, the plan', () => {
    const counts = readStatedCounts(
      blocks(
        '訂定23項策略目標及24項KPI指標\n\n3 107年平衡計分卡-顧客構面\n\n本構面共計9項策略目標，10項關鍵績效指標\n\n策略主題：發展館藏資源(A)\n\n本主題共3項行動方案\n\n本構面共計1項策略目標\n\nThe plan has 12 strategic objectives\n',
      ),
    );
    expect(counts.map((c) => [c.what, c.count, c.perspective ?? null, c.theme ?? null])).toEqual([
      ['objectives', 23, null, null],
      ['kpis', 24, null, null],
      ['objectives', 9, 'C', null],
      ['kpis', 10, 'C', null],
      ['actions', 3, null, 'A'],
      ['objectives', 12, null, null],
    ]);
  });

  it('a cascade stated in prose or a heading, quoted or not, in Chinese or English', () => {
    const quotes = readCascadeQuotes(
      blocks(
        '本局策略主題皆承接府級「F-打造優質教育」向下延伸\n\n# 承接府級策略主題：G 精進健康安全\n\n承接局級推廣終身教育(H)\n\nAll our themes take up the city-level theme G (Health and Safety)\n',
      ),
    );
    expect(quotes.map((q) => [q.letter, q.name, q.level])).toEqual([
      ['F', '打造優質教育', '府'],
      ['G', '精進健康安全', '府'],
      ['H', '推廣終身教育', '局'],
      ['G', 'Health and Safety', '府'],
    ]);
  });
});
