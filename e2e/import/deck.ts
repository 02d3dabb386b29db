import PptxGenJS from 'pptxgenjs';

/**
 * A small agency deck as planners draw one by hand in PowerPoint: a title slide naming the
 * organisation and year, a map slide of text boxes (theme headers on top, perspective labels on
 * the left, one card per objective with its code, an arrow line from cause to effect) and a
 * scorecard slide with a table (objective merged over its rows, KSF, KPI, formula, unit).
 */

const FONT = { fontFace: 'Microsoft JhengHei', lang: 'zh-TW', fontSize: 11 } as const;

export const DECK_THEMES = [
  { letter: 'A', name: '閱讀推廣服務' },
  { letter: 'B', name: '數位學習環境' },
];

/** Cards: code and name, theme column, perspective row (0 顧客, 1 內部流程, 2 學習成長). */
export const DECK_OBJECTIVES: [string, string, number, number][] = [
  ['AC1', '提升讀者滿意度', 0, 0],
  ['BC1', '擴大數位服務使用', 1, 0],
  ['AP1', '優化借閱流程', 0, 1],
  ['BL1', '培育數位人才', 1, 2],
];

const col = (i: number) => 1.6 + i * 2.6;
const row = (j: number) => 1.9 + j * 1.4;
const card = (i: number, j: number) => ({ x: col(i), y: row(j), w: 2.3, h: 0.45 });

export async function agencyDeck(org: string, year: number): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${org} ${year}年策略地圖`;

  const title = pptx.addSlide();
  title.addText(`${org}\n${year}年策略地圖暨平衡計分卡`, {
    ...FONT,
    x: 0.8,
    y: 2.4,
    w: 11.7,
    h: 2,
    fontSize: 32,
    align: 'center',
  });

  const map = pptx.addSlide();
  map.addText(`${year}年策略地圖`, { ...FONT, x: 0.4, y: 0.3, w: 8, h: 0.6, fontSize: 20 });
  DECK_THEMES.forEach((t, i) => {
    map.addText(`${t.letter} ${t.name}`, {
      ...FONT,
      x: col(i),
      y: 1.1,
      w: 2.3,
      h: 0.5,
      fill: { color: '1F4E79' },
      color: 'FFFFFF',
    });
  });
  ['顧客', '內部流程', '學習成長'].forEach((p, j) => {
    map.addText(p, {
      ...FONT,
      x: 0.3,
      y: row(j) - 0.2,
      w: 1.1,
      h: 1.0,
      fill: { color: '2E75B6' },
      color: 'FFFFFF',
    });
  });
  for (const [code, name, i, j] of DECK_OBJECTIVES)
    map.addText(`${code} ${name}`, {
      ...FONT,
      ...card(i, j),
      shape: pptx.ShapeType.rect,
      line: { color: '1F4E79', width: 1 },
    });
  // AP1 → AC1: up from the top edge of AP1 to the bottom edge of AC1, the head at AC1.
  const from = card(0, 1);
  const to = card(0, 0);
  map.addShape(pptx.ShapeType.line, {
    x: from.x + from.w / 2,
    y: to.y + to.h,
    w: 0.001,
    h: from.y - (to.y + to.h),
    flipV: true,
    line: { color: '52606D', width: 1.25, endArrowType: 'triangle' },
  });

  const scorecard = pptx.addSlide();
  scorecard.addText(`${year}年平衡計分卡`, { ...FONT, x: 0.4, y: 0.3, w: 8, h: 0.6, fontSize: 20 });
  const head = ['構面', '策略目標', '關鍵成功因素', '關鍵績效指標', '衡量公式', '單位'].map((text) => ({
    text,
  }));
  scorecard.addTable(
    [
      head,
      [
        { text: '顧客', options: { rowspan: 2 } },
        { text: 'AC1 提升讀者滿意度' },
        { text: '貼心服務' },
        { text: 'AC1.1 讀者滿意度' },
        { text: '滿意人數/受訪人數×100%' },
        { text: '%' },
      ],
      [
        { text: 'BC1 擴大數位服務使用' },
        { text: '推廣電子書' },
        { text: 'BC1.1 電子書借閱人次' },
        { text: '年度電子書借閱人次' },
        { text: '人次' },
      ],
    ],
    {
      ...FONT,
      x: 0.4,
      y: 1.2,
      w: 12.4,
      colW: [1, 2.4, 2.2, 2.6, 3, 1.2],
      border: { type: 'solid', pt: 0.75, color: '808080' },
    },
  );
  return Buffer.from((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
}
