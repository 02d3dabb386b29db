import { describe, expect, it } from 'vitest';
import type { TableFrame, TextFrame } from '../../pages';
import { gridOf, para, wordDocument } from '../test-office';
import { readDocxPages } from '.';
import { formatNumber } from './numbering';

const STYLES = `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="My Sub"/><w:basedOn w:val="Deep"/></w:style>
<w:style w:type="paragraph" w:styleId="Deep"><w:name w:val="Deep"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Goal"><w:name w:val="Goal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;

const NUMBERING = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="taiwaneseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

const cell = (text: string, tcPr = '') =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${para(text)}</w:tc>`;
const item = (ilvl: number, text: string) =>
  para(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`);

describe('the Word reader', () => {
  it('reads paragraphs in order as frames, headings with their level, numbering as written', () => {
    const body = [
      para('臺北市政府測試局 112年策略地圖', '<w:pStyle w:val="1"/>'),
      para('使命：為市民服務'),
      para('願景：幸福城市'),
      para(''),
      para('次標題', '<w:pStyle w:val="Sub"/>'),
      para('提升服務品質(25%)', '<w:pStyle w:val="Goal"/>'),
      item(1, '民眾滿意度'),
      item(1, '案件結案率'),
      para('精進內部流程(30%)', '<w:pStyle w:val="Goal"/>'),
      item(1, '流程簡化件數'),
    ].join('');
    const page = readDocxPages(wordDocument({ body, styles: STYLES, numbering: NUMBERING }), 'w.docx')
      .pages[0];
    const frames = page?.items as TextFrame[];
    expect(frames.map((f) => [f.heading ?? 0, f.lines])).toEqual([
      [1, ['臺北市政府測試局 112年策略地圖']],
      [0, ['使命：為市民服務', '願景：幸福城市']],
      [2, ['次標題']],
      [
        0,
        [
          '一、提升服務品質(25%)',
          '(1)民眾滿意度',
          '(2)案件結案率',
          '二、精進內部流程(30%)',
          '(1)流程簡化件數',
        ],
      ],
    ]);
    expect(page).toMatchObject({ number: 1, kind: 'page' });
    expect(page?.width).toBeUndefined();
  });

  it('reads tables with column spans and vertical merges on their grid', () => {
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const table = `<w:tbl><w:tblGrid><w:gridCol w:w="1440"/><w:gridCol w:w="2880"/><w:gridCol w:w="2880"/></w:tblGrid>
${row(cell('構面'), cell('策略目標'), cell('KPI'))}
${row(cell('顧客', '<w:vMerge w:val="restart"/>'), cell('AC1 甲', '<w:vMerge w:val="restart"/>'), cell('AC1.1 乙'))}
${row(cell('', '<w:vMerge/>'), cell('', '<w:vMerge/>'), cell('AC1.2 丙'))}
${row(cell('合計', '<w:gridSpan w:val="2"/>'), cell('2'))}</w:tbl>`;
    const t = readDocxPages(wordDocument({ body: table }), 't.docx').pages[0]?.items[0] as TableFrame;
    expect(t.columns).toEqual([72, 144, 144]);
    expect(gridOf(t)).toEqual([
      ['構面/1x1', '策略目標/1x1', 'KPI/1x1'],
      ['顧客/2x1', 'AC1 甲/2x1', 'AC1.1 乙/1x1'],
      ['·', '·', 'AC1.2 丙/1x1'],
      ['合計/1x2', '·', '2/1x1'],
    ]);
  });

  it('splits pages at page breaks and new-page sections; headers open and footers close the document', () => {
    const body = [
      para('第一頁'),
      '<w:p><w:r><w:t>同段</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>第二頁</w:t></w:r></w:p>',
      para('節末', '<w:sectPr><w:type w:val="nextPage"/></w:sectPr>'),
      para('第三頁'),
      para('第四頁', '<w:pageBreakBefore/>'),
    ].join('');
    const doc = readDocxPages(
      wordDocument({ body, header: para('臺北市政府測試局'), footer: para('第 1 頁') }),
      'p.docx',
    );
    expect(doc.pages.map((p) => (p.items as TextFrame[]).map((f) => [f.role ?? '', ...f.lines]))).toEqual([
      [
        ['header', '臺北市政府測試局'],
        ['', '第一頁', '同段'],
      ],
      [['', '第二頁', '節末']],
      [['', '第三頁']],
      [
        ['', '第四頁'],
        ['footer', '第 1 頁'],
      ],
    ]);
  });

  it('reads a text box once although Word stores it twice, and leaves deleted text out', () => {
    const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const body = `<w:p><w:r><w:t>本文</w:t></w:r><w:del><w:r><w:delText>刪除</w:delText></w:r></w:del><w:ins><w:r><w:t>新增</w:t></w:r></w:ins><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:spPr><a:ln><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:txbx>${box('AC1 卡片')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('AC1 卡片')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const items = readDocxPages(wordDocument({ body }), 'b.docx').pages[0]?.items as TextFrame[];
    expect(items.map((f) => [f.lines, f.outlined ?? false])).toEqual([
      [['本文新增'], false],
      [['AC1 卡片'], true],
    ]);
  });

  it('writes the list numbers Chinese documents use', () => {
    expect([1, 10, 11, 20, 25].map((n) => formatNumber(n, 'taiwaneseCountingThousand'))).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十五',
    ]);
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(2, 'decimalEnclosedCircle')).toBe('②');
  });
});
