import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../domain/lint/finding';
import { flatten } from '../../readers/flatten';
import { recoverPlans } from '../recover-plans';
import {
  card,
  cellBox,
  type MapSpec,
  mapItems,
  planNamed,
  ROWS,
  recoverPages,
  slide,
  table,
  text,
} from './test-pages';

const CARDS = [
  'AC1 提升環境品質',
  'BC1 強化水資源運用',
  'CC1 發展在地文化',
  'DC1 優化產業環境',
  'EC1 強化社會支持',
  'AP1 推動綠色能源',
  'BP1 推動都市更新',
  'CP1 推廣藝文活動',
  'DP1 強化產業輔導',
  'EP1 整合社福資源',
  'AL1 培育環境人才',
  'BL1 強化專業訓練',
  'CL1 提升文化素養',
  'DL1 精進勞動知能',
  'EL1 提升社工專業',
];

const NAMES = ['營造永續環境', '健全都市發展', '發展多元文化', '優化產業勞動', '強化社會支持'];

function mapDeck(spec: Partial<MapSpec>) {
  const { items } = mapItems({
    title: '教育局110年策略地圖',
    headers: NAMES,
    rows: ROWS,
    cards: CARDS,
    ...spec,
  });
  return recoverPages([slide(1, items)]);
}

const rules = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const themeNames = (result: Parameters<typeof planNamed>[0], org: string) =>
  planNamed(result, org).themes.map((t) => t.name);

describe('map slides: the grid places every card', () => {
  it('reads theme names from headers without letters, by the letter their column of cards shares', () => {
    const result = mapDeck({ spanning: ['F1 加強基金預算運用效能'] });
    const plan = planNamed(result, '臺北市政府教育局');
    expect(plan.themes.map((t) => `${t.letter}${t.name}`)).toEqual(NAMES.map((n, i) => `${'ABCDE'[i]}${n}`));
    expect(plan.objectives).toHaveLength(16);
    expect(plan.objectives.find((o) => o.code === 'F1')).toMatchObject({ theme: null, perspective: 'F' });
    expect(plan.perspectiveOrder).toEqual(['C', 'P', 'L', 'F']);
    expect(rules(result.findings, 'theme-letter-missing')).toEqual([]);
    expect(rules(result.findings, 'map-position-mismatch')).toEqual([]);
  });

  it('without the geometry the same slide loses every theme name (the reason for it)', () => {
    const { items } = mapItems({ title: '教育局110年策略地圖', headers: NAMES, rows: ROWS, cards: CARDS });
    const doc = flatten({ fileName: 'deck.pptx', format: 'pptx', pages: [slide(1, items)] });
    delete doc.pages;
    const plan = recoverPlans(doc, { fallbackCity: '臺北市政府' }).plans[0];
    expect(plan?.themes.map((t) => t.name)).toEqual([
      '策略主題 A',
      '策略主題 B',
      '策略主題 C',
      '策略主題 D',
      '策略主題 E',
    ]);
  });

  it('reports a card drawn in another theme column and perspective row, trusting its code', () => {
    const result = mapDeck({ moved: { AC1: [1, 2] } });
    const plan = planNamed(result, '臺北市政府教育局');
    expect(plan.objectives.find((o) => o.code === 'AC1')).toMatchObject({ theme: 'A', perspective: 'C' });
    const [f, ...more] = rules(result.findings, 'map-position-mismatch');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', codes: ['AC1'] });
    expect(f?.message.zh).toBe('AC1 位於主題 B 欄 / 學習成長列，但代碼表示主題 A / 顧客構面；依代碼判定');
    expect(f?.message.en).toBe(
      "AC1 is drawn in theme B's column and the learning and growth row, but its code says theme A and the customer perspective; the code was trusted",
    );
    expect(f?.line).toBeGreaterThan(0);
    // The text's own row check (a reading-order guess on a map) gives way to the map's.
    expect(rules(result.findings, 'perspective-row-mismatch')).toEqual([]);
  });

  it('reports a card only in the wrong row when its column is right', () => {
    const result = mapDeck({ moved: { BP1: [1, 2] } });
    expect(rules(result.findings, 'map-position-mismatch').map((f) => f.message.zh)).toEqual([
      'BP1 位於學習成長列，但代碼表示內部流程構面；依代碼判定',
    ]);
  });

  it('reads lettered headers in every form agencies print them', () => {
    for (const headers of [
      NAMES.map((n, i) => `${'ABCDE'[i]}${n}`),
      NAMES.map((n, i) => `${'ABCDE'[i]}\n${n}`),
      NAMES.map((n, i) => `${n}\n${'ABCDE'[i]}`),
      NAMES.map((n, i) => `策略主題 ${'ABCDE'[i]} ${n}`),
      NAMES.map((n, i) => `${n}(${'ABCDE'[i]})\n承接府級F打造優質教育`),
      NAMES.map((n, i) => `${'ABCDE'[i]} ${n}\n承接臺北市政府教育局「H 推廣\n終身教育」`),
      NAMES.map((n, i) => `承接府級「F 打造優質教育」\n${'ABCDE'[i]}\n${n}`),
    ]) {
      const plan = planNamed(mapDeck({ headers }), '臺北市政府教育局');
      expect(
        plan.themes.map((t) => `${t.letter}${t.name}`),
        headers.join('|'),
      ).toEqual(NAMES.map((n, i) => `${'ABCDE'[i]}${n}`));
    }
  });

  it('a lettered header wins over its cards: a column of another letter is a misplacement', () => {
    const headers = ['A營造永續環境', 'C發展多元文化', 'B健全都市發展', 'D優化產業勞動', 'E強化社會支持'];
    const result = mapDeck({
      headers,
      cards: ['AC1 提升環境品質', 'BC1 強化水資源運用', 'CC1 發展在地文化'],
    });
    const plan = planNamed(result, '臺北市政府教育局');
    expect(plan.themes.find((t) => t.letter === 'B')?.name).toBe('健全都市發展');
    expect(rules(result.findings, 'map-position-mismatch').map((f) => f.codes[0])).toEqual(['BC1', 'CC1']);
  });

  it('the map header wins over a different theme name in the text, with a finding', () => {
    const { items } = mapItems({
      title: '教育局110年策略地圖',
      headers: NAMES.map((n, i) => `${'ABCDE'[i]}${n}`),
      rows: ROWS,
      cards: CARDS,
    });
    const list = text(['A營造永續環境', 'B健全都市發展', 'C發展文化多元', 'D優化產業勞動', 'E強化社會支持'], {
      x: 20,
      y: 40,
      w: 300,
      h: 200,
    });
    const result = recoverPages([
      slide(1, [text('教育局110年策略地圖', { x: 20, y: 5, w: 900, h: 30 }, { role: 'title' }), list]),
      slide(2, items),
    ]);
    const plan = planNamed(result, '臺北市政府教育局');
    expect(plan.themes.find((t) => t.letter === 'C')?.name).toBe('發展多元文化');
    const [f] = rules(result.findings, 'map-theme-name');
    expect(f?.codes).toEqual(['C']);
    expect(f?.message.zh).toContain('「發展多元文化」');
    expect(f?.message.zh).toContain('「發展文化多元」');
  });

  it('takes the headers nearest the cards, not a theme list, section title or mission printed above them', () => {
    const { items } = mapItems({
      title: '教育局110年策略地圖',
      headers: NAMES.map((n, i) => `${'ABCDE'[i]}${n}`),
      rows: ROWS,
      cards: CARDS,
    });
    items.push(
      text('推動終身學習，打造書香城市', { x: 130, y: 0, w: 150, h: 10 }),
      text(['A. A營造永續環境', 'B. B健全都市發展', 'C. C發展文化多元'], { x: 140, y: 12, w: 150, h: 36 }),
      text('參、策略地圖', { x: 125, y: 50, w: 100, h: 9 }),
    );
    const result = recoverPages([slide(1, items)]);
    const plan = planNamed(result, '臺北市政府教育局');
    expect(plan.themes.map((t) => `${t.letter}${t.name}`)).toEqual(NAMES.map((n, i) => `${'ABCDE'[i]}${n}`));
  });

  it('drops a theme letter the text kept in the name, silently: 「A. A營造永續環境」 numbered by letter', () => {
    const { items } = mapItems({
      title: '教育局110年策略地圖',
      headers: NAMES.map((n, i) => `${'ABCDE'[i]}${n}`),
      rows: ROWS,
      cards: CARDS,
    });
    const list = text(
      NAMES.map((n, i) => `${'ABCDE'[i]}. ${'ABCDE'[i]}${n}`),
      { x: 20, y: 40, w: 300, h: 200 },
    );
    const result = recoverPages([
      slide(1, [text('教育局110年策略地圖', { x: 20, y: 5, w: 900, h: 30 }, { role: 'title' }), list]),
      slide(2, items),
    ]);
    const plan = planNamed(result, '臺北市政府教育局');
    expect(plan.themes.map((t) => `${t.letter}${t.name}`)).toEqual(NAMES.map((n, i) => `${'ABCDE'[i]}${n}`));
    expect(rules(result.findings, 'map-theme-name')).toEqual([]);
  });

  it('places city-wide objectives by their span: TC1 across all columns belongs to none', () => {
    const result = mapDeck({
      title: '本府110年策略地圖',
      spanning: ['TC1 提升滿意的住民', 'L1 強化人力資源'],
    });
    const plan = planNamed(result, '臺北市政府');
    expect(plan.objectives.find((o) => o.code === 'TC1')).toMatchObject({ theme: null, perspective: 'C' });
    expect(plan.objectives.find((o) => o.code === 'L1')).toMatchObject({ theme: null, perspective: 'L' });
    expect(rules(result.findings, 'map-position-mismatch')).toEqual([]);
  });

  it('reads English maps: perspective labels and lettered headers', () => {
    const { items } = mapItems({
      title: '臺北市政府衛生局108年策略地圖',
      headers: ['A Healthy Environment', 'B Safe Communities'],
      rows: [
        { label: 'Strategic Objective (Customer)', perspective: 'C' },
        { label: 'Strategic Objective (Internal Process)', perspective: 'P' },
      ],
      cards: ['AC1 Cleaner air', 'BC1 Safer streets', 'AP1 Inspect factories', 'BP1 Patrol more'],
      moved: { BP1: [1, 0] },
    });
    const result = recoverPages([slide(1, items)]);
    const plan = planNamed(result, '臺北市政府衛生局');
    expect(plan.themes.map((t) => `${t.letter} ${t.name}`)).toEqual([
      'A Healthy Environment',
      'B Safe Communities',
    ]);
    expect(rules(result.findings, 'map-position-mismatch').map((f) => f.message.en)).toEqual([
      'BP1 is drawn in the customer row, but its code says the internal process perspective; the code was trusted',
    ]);
  });

  it('reads perspective rows drawn as bands: a label inside a band, or a band that is its own label', () => {
    const items = [
      text('教育局110年策略地圖', { x: 20, y: 5, w: 900, h: 30 }, { role: 'title' }),
      card('A營造永續環境', { x: 130, y: 50, w: 150, h: 30 }),
      card('B健全都市發展', { x: 300, y: 50, w: 150, h: 30 }),
      // A band behind the customer row with a small label in its top-left corner.
      card('', { x: 20, y: 90, w: 600, h: 110 }),
      text('顧客構面', { x: 25, y: 92, w: 60, h: 12 }),
      // The process row: one wide shape holding its own label.
      card('內部流程構面', { x: 20, y: 210, w: 600, h: 110 }),
      card('AC1 提升環境品質', { x: 135, y: 100, w: 140, h: 30 }),
      card('AC2 建構低碳城市', { x: 135, y: 165, w: 140, h: 30 }),
      card('BP1 推動都市更新', { x: 305, y: 280, w: 140, h: 30 }),
      card('BC1 強化水資源運用', { x: 305, y: 230, w: 140, h: 30 }),
    ];
    const result = recoverPages([slide(1, items)]);
    expect(rules(result.findings, 'map-position-mismatch').map((f) => f.message.zh)).toEqual([
      'BC1 位於內部流程列，但代碼表示顧客構面；依代碼判定',
    ]);
  });

  it('reads a map turned on its side: perspectives as columns, themes as rows', () => {
    const items = [
      text('教育局110年策略地圖', { x: 20, y: 5, w: 900, h: 30 }, { role: 'title' }),
      card('學習成長', { x: 130, y: 50, w: 150, h: 30 }),
      card('內部流程', { x: 300, y: 50, w: 150, h: 30 }),
      card('顧客', { x: 470, y: 50, w: 150, h: 30 }),
      card('A營造永續環境', { x: 20, y: 100, w: 100, h: 80 }),
      card('B健全都市發展', { x: 20, y: 200, w: 100, h: 80 }),
      card('AL1 培育環境人才', { x: 135, y: 120, w: 140, h: 30 }),
      card('AP1 推動綠色能源', { x: 305, y: 120, w: 140, h: 30 }),
      card('AC1 提升環境品質', { x: 475, y: 120, w: 140, h: 30 }),
      card('BL1 強化專業訓練', { x: 135, y: 220, w: 140, h: 30 }),
      card('BC1 強化水資源運用', { x: 305, y: 220, w: 140, h: 30 }),
      card('BP1 推動都市更新', { x: 475, y: 220, w: 140, h: 30 }),
    ];
    const result = recoverPages([slide(1, items)]);
    const plan = planNamed(result, '臺北市政府教育局');
    expect(plan.themes.map((t) => t.name)).toEqual(['營造永續環境', '健全都市發展']);
    expect(rules(result.findings, 'map-position-mismatch').map((f) => f.message.zh)).toEqual([
      'BC1 位於內部流程欄，但代碼表示顧客構面；依代碼判定',
      'BP1 位於顧客欄，但代碼表示內部流程構面；依代碼判定',
    ]);
  });

  it('reads a map drawn as one table, with a row of shared objectives merged across the themes', () => {
    const map = table([
      ['策略主題', '營造永續環境(A)', '健全都市發展(B)', '發展多元文化(C)'],
      [{ text: '顧客構面', rowSpan: 2 }, { text: 'TC1 提升滿意的住民', colSpan: 3 }, null, null],
      [null, 'AC1 提升環境品質\nAC2 建構低碳城市', 'BC1 強化水資源運用', 'CC1 發展在地文化'],
      ['內部流程構面', 'AP1 推動綠色能源', 'BP1 推動都市更新', 'AC3 推廣藝文活動'],
    ]);
    const result = recoverPages([
      slide(1, [text('本府110年策略地圖', { x: 20, y: 5, w: 900, h: 30 }, { role: 'title' }), map]),
    ]);
    const plan = planNamed(result, '臺北市政府');
    expect(plan.themes.map((t) => `${t.letter}${t.name}`)).toEqual([
      'A營造永續環境',
      'B健全都市發展',
      'C發展多元文化',
    ]);
    expect(rules(result.findings, 'map-position-mismatch').map((f) => f.message.zh)).toEqual([
      'AC3 位於主題 C 欄 / 內部流程列，但代碼表示主題 A / 顧客構面；依代碼判定',
    ]);
  });

  it("reads the parent's map on the first slide as the parent's plan, and each map for its own part", () => {
    const city = mapItems({
      title: '本府策略地圖',
      headers: ['A營造永續環境', 'B健全都市發展'],
      rows: ROWS.slice(0, 2),
      cards: ['AC1 提升環境品質', 'BC1 強化水資源運用', 'AP1 推動綠色能源', 'BP1 推動都市更新'],
      moved: { BP1: [0, 1] },
    });
    const bureau = mapItems({
      title: '教育局110年策略地圖',
      headers: ['提供優質學前教育', '打造友善校園'],
      rows: ROWS.slice(0, 2),
      cards: ['AC1 減輕家長負擔', 'BC1 建構安全校園', 'AP1 推展公共化教保', 'BP1 強化校安通報'],
    });
    const result = recoverPages([slide(1, city.items), slide(2, bureau.items)]);
    expect(themeNames(result, '臺北市政府')).toEqual(['營造永續環境', '健全都市發展']);
    expect(themeNames(result, '臺北市政府教育局')).toEqual(['提供優質學前教育', '打造友善校園']);
    const misplaced = rules(result.findings, 'map-position-mismatch');
    expect(misplaced.map((f) => [f.plan?.org, f.codes[0]])).toEqual([['臺北市政府', 'BP1']]);
  });

  it('splits one page holding two maps (a Word body) between their parts, though both tables start alike', () => {
    const mapTable = (names: string[], cards: string[][]) =>
      table([
        ['策略主題', ...names],
        ['顧客', ...(cards[0] ?? [])],
        ['內部流程', ...(cards[1] ?? [])],
      ]);
    const page = {
      number: 1,
      kind: 'page' as const,
      items: [
        { kind: 'text' as const, lines: ['本府策略地圖'] },
        mapTable(
          ['A營造永續環境', 'B健全都市發展'],
          [
            ['AC1 提升環境品質', 'BC1 強化水資源運用'],
            ['AP1 推動綠色能源', 'BP1 推動都市更新'],
          ],
        ),
        { kind: 'text' as const, lines: ['教育局110年策略地圖'] },
        mapTable(
          ['A提供優質學前教育', 'B打造友善校園'],
          [
            ['AC1 減輕家長負擔', 'BP1 強化校安通報'],
            ['AP1 推展公共化教保', 'BC1 建構安全校園'],
          ],
        ),
      ],
    };
    const result = recoverPages([page]);
    expect(themeNames(result, '臺北市政府')).toEqual(['營造永續環境', '健全都市發展']);
    expect(themeNames(result, '臺北市政府教育局')).toEqual(['提供優質學前教育', '打造友善校園']);
    expect(
      rules(result.findings, 'map-position-mismatch').map((f) => `${f.plan?.org} ${f.codes[0]}`),
    ).toEqual(['臺北市政府教育局 BP1', '臺北市政府教育局 BC1']);
  });

  it('finds each objective of a frame that lists several, at its own line', () => {
    const { items } = mapItems({
      title: '教育局110年策略地圖',
      headers: NAMES.slice(0, 2),
      rows: ROWS.slice(0, 2),
      cards: [],
    });
    const box = cellBox(0, 0);
    items.push(card('AC1 提升環境品質\nAC2 建構低碳城市\nBP1 推動都市更新', { ...box, h: 90 }));
    items.push(card('BC1 強化水資源運用', cellBox(1, 0)));
    const result = recoverPages([slide(1, items)]);
    expect(rules(result.findings, 'map-position-mismatch').map((f) => f.message.zh)).toEqual([
      'BP1 位於主題 A 欄 / 顧客列，但代碼表示主題 B / 內部流程構面；依代碼判定',
    ]);
  });
});
