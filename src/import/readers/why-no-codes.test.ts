import { describe, expect, it } from 'vitest';
import { importDocument } from '../import-document';
import { deck, para, refusalOf, wordDocument } from './test-office';

const refusal = (bytes: Uint8Array, name: string) => refusalOf(() => importDocument(bytes, name));

const PNG =
  'image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const GOALS: [string, string[]][] = [
  ['一、提升服務品質(25%)', ['民眾滿意度', '案件結案率', '線上申辦比率']],
  ['二、精進內部流程（權重30％）', ['流程簡化件數', '公文時效']],
  ['三、培育專業人才(25%)', ['訓練時數', '專業證照人數', '知識分享場次']],
  ['四、提高預算執行效能(20%)', ['預算執行率', '節約經費', '爭取補助款']],
];

describe('why a document without codes is refused', () => {
  it('a KPI table numbered by goals with weights: counts the goals and indicators and asks for codes', async () => {
    const row = (...cells: string[]) =>
      `<w:tr>${cells.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`;
    const rows = GOALS.flatMap(([goal, indicators]) =>
      indicators.map((ind, i) => row(i === 0 ? goal : '', `${i + 1}. ${ind}`, '統計數據', '100%')),
    );
    const body = `${para('臺北市政府測試局 112年度績效指標')}<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="3000"/><w:gridCol w:w="1500"/><w:gridCol w:w="1000"/></w:tblGrid>${row('目標', '績效指標', '評估方式', '目標值')}${rows.join('')}</w:tbl>`;
    const e = await refusal(wordDocument({ body }), 'kpi.docx');
    expect(e.code).toBe('kpi-table-without-codes');
    expect(e.message).toContain(
      'found 4 numbered goal(s) with weights (such as "一、提升服務品質(25%)") and 11 indicator(s)',
    );
    expect(e.message).toContain('no strategy-map codes such as AC1 / AC1.1');
    expect(e.zh).toContain('找到 4 個附權重的編號目標');
  });

  it('the same goals as numbered lines of text', async () => {
    const text = [
      '臺北市政府測試局 112年度績效指標',
      ...GOALS.flatMap(([g, inds]) => [g, ...inds.map((x, i) => `(${i + 1}) ${x}`)]),
    ];
    const e = await refusal(new TextEncoder().encode(text.join('\n')), 'kpi.txt');
    expect(e.code).toBe('kpi-table-without-codes');
    expect(e.message).toContain('found 4 numbered goal(s)');
    expect(e.message).toContain('and 11 indicator(s)');
  });

  it('a map that is only a picture: says which slides hold pictures', async () => {
    const bytes = await deck((p) => {
      p.addSlide().addText('臺北市政府測試局 112年策略地圖', { x: 1, y: 1, w: 8, h: 1 });
      p.addSlide().addImage({ data: PNG, x: 0.5, y: 0.5, w: 12, h: 6.5 });
      p.addSlide().addImage({ data: PNG, x: 0.5, y: 0.5, w: 12, h: 6.5 });
      // A logo is not a map.
      p.addSlide().addImage({ data: PNG, x: 12, y: 0.1, w: 1, h: 0.5 });
    });
    const e = await refusal(bytes, 'map.pptx');
    expect(e.code).toBe('map-is-picture');
    expect(e.message).toContain('found 4 slides, with 2 large picture(s) on slides 2, 3');
    expect(e.zh).toContain('共 4 張投影片，投影片 2、3有 2 張大型圖片');
  });

  it('anything else keeps the general refusal', async () => {
    const e = await refusal(
      new TextEncoder().encode('臺北市政府測試局 112年策略地圖\n使命：服務\n'),
      'x.txt',
    );
    expect(e.code).toBe('no-codes');
  });
});
