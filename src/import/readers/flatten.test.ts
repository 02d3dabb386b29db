import { describe, expect, it } from 'vitest';
import type { PagedDocument, PageItem, TableCell, TextFrame } from '../pages';
import { flatten, readingOrder } from './flatten';

const frame = (
  lines: string[],
  x: number,
  y: number,
  w = 100,
  h = 40,
  extra: Partial<TextFrame> = {},
): TextFrame => ({
  kind: 'text',
  lines,
  box: { x, y, w, h },
  ...extra,
});
const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  text,
  rowSpan: 1,
  colSpan: 1,
  covered: false,
  ...extra,
});
const firstLines = (items: PageItem[]) => items.map((i) => (i.kind === 'text' ? i.lines[0] : i.kind));

describe('reading order', () => {
  it('reads rows top to bottom and each row left to right; a tall label joins only the first row', () => {
    const items: PageItem[] = [
      frame(['BC1'], 300, 105),
      frame(['顧客 C'], 10, 100, 60, 200),
      frame(['AC2'], 100, 180),
      frame(['AC1'], 100, 100),
      frame(['BC2'], 300, 182),
      { kind: 'line', from: { x: 0, y: 0 }, to: { x: 1, y: 1 }, arrow: { start: false, end: true } },
      frame(['策略地圖'], 400, 10, 200, 30),
    ];
    expect(firstLines(readingOrder(items))).toEqual(['策略地圖', '顧客 C', 'AC1', 'BC1', 'AC2', 'BC2']);
  });

  it('keeps the document order of items without positions', () => {
    const items: PageItem[] = [
      { kind: 'text', lines: ['第二'] },
      { kind: 'text', lines: ['第一'] },
    ];
    expect(firstLines(readingOrder(items))).toEqual(['第二', '第一']);
  });
});

describe('flattening pages', () => {
  const doc: PagedDocument = {
    fileName: 'deck.pptx',
    format: 'pptx',
    pages: [
      {
        number: 1,
        kind: 'slide',
        items: [
          frame(['平衡計分卡 策略主題 A'], 20, 10, 800, 30, { role: 'title' }),
          frame(['3'], 900, 500, 20, 20, { role: 'slide-number' }),
          {
            kind: 'table',
            box: { x: 20, y: 60, w: 800, h: 200 },
            rows: [
              [cell('構面'), cell('策略目標'), cell('KPI')],
              [
                cell('顧客', { rowSpan: 2 }),
                cell('AC1 提升市民\n圖書資料擁有率', { rowSpan: 2 }),
                cell('AC1.1 每位市民\n平均擁書冊數'),
              ],
              [cell('', { covered: true }), cell('', { covered: true }), cell('AC1.2 借閱人次')],
              [cell(''), cell(''), cell('')],
            ],
          },
        ],
      },
      { number: 2, kind: 'slide', items: [frame(['AP1', '提供質量兼具的圖書'], 20, 20)] },
    ],
  };
  const source = flatten(doc);

  it('makes a table block of a table, merged cells empty and a cell’s wrapped lines joined', () => {
    const table = source.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.syntax).toBe('grid');
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['構面', '策略目標', 'KPI'],
      ['顧客', 'AC1 提升市民圖書資料擁有率', 'AC1.1 每位市民平均擁書冊數'],
      ['', '', 'AC1.2 借閱人次'],
    ]);
  });

  it('numbers lines through the document and within each page, leaves slide numbers out and heads with titles', () => {
    expect(source.lines.map((l) => [l.n, l.page, l.pageLine, l.heading, l.text])).toEqual([
      [1, 1, 1, 1, '平衡計分卡 策略主題 A'],
      [2, 1, 2, 0, '構面 策略目標 KPI'],
      [3, 1, 3, 0, '顧客 AC1 提升市民圖書資料擁有率 AC1.1 每位市民平均擁書冊數'],
      [4, 1, 4, 0, 'AC1.2 借閱人次'],
      [5, 2, 1, 0, 'AP1'],
      [6, 2, 2, 0, '提供質量兼具的圖書'],
    ]);
    expect(source.lines[1]?.raw).toBe('構面\t策略目標\tKPI');
    expect(source.blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text']);
    expect(source.pages).toBe(doc.pages);
  });

  it('reads a title row of a table as text and splits a table at an empty row, as a text extraction would', () => {
    const sheet = flatten({
      fileName: 's.xlsx',
      format: 'xlsx',
      pages: [
        {
          number: 1,
          kind: 'sheet',
          items: [
            {
              kind: 'table',
              rows: [
                [cell('臺北市政府測試局 112年平衡計分卡', { colSpan: 2 }), cell('', { covered: true })],
                [cell('策略目標'), cell('KPI')],
                [cell('AC1 甲'), cell('AC1.1 乙')],
                [cell(''), cell('')],
                [cell('BC1 丙'), cell('BC1.1 丁')],
              ],
            },
          ],
        },
      ],
    });
    expect(
      sheet.blocks.map((b) =>
        b.kind === 'text' ? b.lines.map((l) => l.text) : b.rows.map((r) => r.cells.map((c) => c.text)),
      ),
    ).toEqual([
      ['臺北市政府測試局 112年平衡計分卡'],
      [
        ['策略目標', 'KPI'],
        ['AC1 甲', 'AC1.1 乙'],
      ],
      [['BC1 丙', 'BC1.1 丁']],
    ]);
  });
});
