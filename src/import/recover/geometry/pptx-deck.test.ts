import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../import-document';

/**
 * End to end through the PowerPoint reader: a deck written by pptxgenjs (text boxes in a grid,
 * plain lines with arrow heads, a scorecard table with merged cells) imports with its theme
 * names, its cause→effect links and its KPI rows.
 */

const FONT = { fontFace: 'Microsoft JhengHei', lang: 'zh-TW', fontSize: 11 } as const;
type Box = { x: number; y: number; w: number; h: number };

async function deck(build: (pptx: PptxGenJS) => void): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  build(pptx);
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

const themes = ['提供優質學前教育', '打造友善校園'];
const col = (i: number) => 1.6 + i * 2.6;
const row = (j: number) => 1.9 + j * 1.4;
const cardBox = (i: number, j: number, slot = 0): Box => ({
  x: col(i),
  y: row(j) + slot * 0.5,
  w: 2.3,
  h: 0.45,
});

function mapSlide(
  pptx: PptxGenJS,
  cards: [string, number, number, number][],
  arrows: [Box, Box, PptxGenJS.ShapeLineProps][],
) {
  const slide = pptx.addSlide();
  slide.addText('教育局110年策略地圖', { ...FONT, x: 0.4, y: 0.3, w: 8, h: 0.6, fontSize: 20 });
  themes.forEach((t, i) => {
    slide.addText(t, {
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
    slide.addText(p, {
      ...FONT,
      x: 0.3,
      y: row(j) - 0.2,
      w: 1.1,
      h: 1.0,
      fill: { color: '2E75B6' },
      color: 'FFFFFF',
    });
  });
  for (const [text, i, j, slot] of cards)
    slide.addText(text, {
      ...FONT,
      ...cardBox(i, j, slot),
      shape: pptx.ShapeType.rect,
      line: { color: '1F4E79', width: 1 },
    });
  for (const [from, to, line] of arrows) {
    // Upwards from the top edge of one card to the bottom edge of the other.
    const x1 = from.x + from.w / 2;
    const y1 = from.y;
    const x2 = to.x + to.w / 2;
    const y2 = to.y + to.h;
    slide.addShape(pptx.ShapeType.line, {
      x: Math.min(x1, x2),
      y: Math.min(y1, y2),
      w: Math.max(Math.abs(x2 - x1), 0.001),
      h: Math.max(Math.abs(y2 - y1), 0.001),
      flipH: x2 < x1,
      flipV: y2 < y1,
      line: { color: '52606D', width: 1.25, ...line },
    });
  }
}

describe('PowerPoint decks through the reader', () => {
  it('reads theme names from headers, cards by the grid and links from arrow lines', async () => {
    const bytes = await deck((pptx) =>
      mapSlide(
        pptx,
        [
          ['AC1 減輕家長育兒負擔', 0, 0, 0],
          ['BC1 建構安全校園', 1, 0, 0],
          ['AP1 推展公共化教保', 0, 1, 0],
          ['AL1 推動教保人員增能', 0, 2, 0],
          ['BP1 強化校安通報', 0, 2, 1],
          ['BL1 培育優秀人才', 1, 2, 0],
        ],
        [
          [cardBox(0, 1), cardBox(0, 0), { endArrowType: 'triangle' }],
          [cardBox(1, 0), cardBox(1, 2), { beginArrowType: 'triangle' }],
          [cardBox(0, 2), cardBox(0, 1), { beginArrowType: 'triangle', endArrowType: 'triangle' }],
        ],
      ),
    );
    const result = await importDocument(bytes, 'map.pptx');
    const plan = result.plans.find((p) => p.org.name === '臺北市政府教育局');
    expect(plan?.themes.map((t) => `${t.letter}${t.name}`)).toEqual(['A提供優質學前教育', 'B打造友善校園']);
    expect(plan?.links.map((l) => `${l.from}>${l.to}`).sort()).toEqual(['AP1>AC1', 'BL1>BC1']);
    const rules = result.findings.map((f) => `${f.rule}:${f.codes.join(',')}`).sort();
    expect(rules).toContain('map-position-mismatch:BP1');
    expect(rules).toContain('link-direction-unknown:AL1,AP1');
    const misplaced = result.findings.find((f) => f.rule === 'map-position-mismatch');
    expect(misplaced?.page).toEqual({ kind: 'slide', number: 1 });
    expect(misplaced?.message.zh).toBe(
      'BP1 位於主題 A 欄 / 學習成長列，但代碼表示主題 B / 內部流程構面；依代碼判定',
    );
  });

  it('reads a scorecard table with merged cells and a formula continued in the next row', async () => {
    const bytes = await deck((pptx) => {
      mapSlide(
        pptx,
        [
          ['AC1 減輕家長育兒負擔', 0, 0, 0],
          ['BC1 建構安全校園', 1, 0, 0],
        ],
        [],
      );
      const slide = pptx.addSlide();
      slide.addText('教育局110年平衡計分卡', { ...FONT, x: 0.4, y: 0.3, w: 8, h: 0.6, fontSize: 20 });
      const head = ['構面', '策略目標', '關鍵成功因素', '關鍵績效指標', '衡量公式', '單位'].map((text) => ({
        text,
      }));
      slide.addTable(
        [
          head,
          [
            { text: '顧客', options: { rowspan: 3 } },
            { text: 'AC1 減輕家長育兒負擔', options: { rowspan: 2 } },
            { text: '提供平價教保服務', options: { rowspan: 2 } },
            { text: 'AC1.1 公共化教保服務人數比率' },
            { text: '公共化教保服務人數/' },
            { text: '%' },
          ],
          [{ text: '' }, { text: '全市幼兒人數×100%' }, { text: '' }],
          [
            { text: 'BC1 建構安全校園' },
            { text: '強化校安' },
            { text: 'BC1.1 校安通報時效' },
            { text: '準時通報數/通報數×100%' },
            { text: '%' },
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
    });
    const result = await importDocument(bytes, 'scorecard.pptx');
    const plan = result.plans.find((p) => p.org.name === '臺北市政府教育局');
    expect(plan?.kpis.map((k) => [k.code, k.objective, k.formula, k.unit])).toEqual([
      ['AC1.1', 'AC1', '公共化教保服務人數/全市幼兒人數×100%', '%'],
      ['BC1.1', 'BC1', '準時通報數/通報數×100%', '%'],
    ]);
    expect(plan?.ksfs.map((k) => `${k.objective}:${k.name}`)).toEqual([
      'AC1:提供平價教保服務',
      'BC1:強化校安',
    ]);
  });
});
