import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../domain/lint/finding';
import type { Box, PageItem } from '../../pages';
import { arrow, card, edge, mapItems, planNamed, ROWS, recoverPages, slide, text } from './test-pages';

const CARDS = [
  'AC1 提升環境品質',
  'BC1 強化水資源運用',
  'AP1 推動綠色能源',
  'BP1 推動都市更新',
  'AL1 培育環境人才',
  'BL1 強化專業訓練',
];

function deck(draw: (at: (code: string) => Box) => PageItem[], extra: PageItem[] = []) {
  const { items, boxes } = mapItems({
    title: '教育局110年策略地圖',
    headers: ['A營造永續環境', 'B健全都市發展'],
    rows: ROWS.slice(0, 3),
    cards: CARDS,
  });
  const at = (code: string) => boxes.get(code) as Box;
  const result = recoverPages([slide(1, [...items, ...draw(at), ...extra])]);
  return { result, plan: planNamed(result, '臺北市政府教育局') };
}

const rules = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const links = (plan: { links: { from: string; to: string }[] }) =>
  plan.links.map((l) => `${l.from}>${l.to}`).sort();

describe('arrows between cards are cause→effect links', () => {
  it('links the cards a loose line touches, in the direction of its head', () => {
    const { plan, result } = deck((at) => [
      arrow(edge(at('AL1'), 'top'), edge(at('AP1'), 'bottom')),
      // A head at the start: drawn from the effect to the cause.
      arrow(edge(at('AC1'), 'bottom'), edge(at('AP1'), 'top'), 'start'),
      // Ends a few points short of the cards, and one end inside a card.
      arrow([at('BL1').x + 40, at('BL1').y - 4], [at('BP1').x + 40, at('BP1').y + 10]),
    ]);
    expect(links(plan)).toEqual(['AL1>AP1', 'AP1>AC1', 'BL1>BP1']);
    expect(rules(result.findings, 'link-direction-unknown')).toEqual([]);
  });

  it('links the cards glued connectors name, through a grouped rectangle and its text box', () => {
    const group = (id: string, code: string, name: string, box: Box): PageItem[] => [
      card('', box, { id: `${id}r`, group: id }),
      text(
        `${code}\n${name}`,
        { x: box.x + 3, y: box.y + 2, w: box.w - 6, h: box.h - 4 },
        { id: `${id}t`, group: id },
      ),
    ];
    const items: PageItem[] = [
      text('教育局110年策略地圖', { x: 20, y: 5, w: 900, h: 30 }, { role: 'title' }),
      card('A營造永續環境', { x: 130, y: 60, w: 150, h: 40 }),
      card('顧客', { x: 20, y: 110, w: 90, h: 90 }),
      card('內部流程', { x: 20, y: 210, w: 90, h: 90 }),
      ...group('g1', '●AC1', '提升環境品質', { x: 130, y: 120, w: 150, h: 40 }),
      ...group('g2', '●AP1', '推動綠色能源', { x: 130, y: 220, w: 150, h: 40 }),
      ...group('g3', '●AP2', '推動資源回收', { x: 300, y: 220, w: 150, h: 40 }),
      // Glued to the rectangle inside a group, the group itself, and a text box; an elbow's
      // bend passes far from its ends and does not count.
      arrow([200, 220], [200, 160], 'end', { startId: 'g2r', endId: 'g1' }),
      arrow([375, 220], [205, 160], 'end', {
        startId: 'g3t',
        endId: 'g1r',
        via: [
          { x: 375, y: 190 },
          { x: 600, y: 190 },
        ],
      }),
    ];
    const result = recoverPages([slide(1, items)]);
    const plan = planNamed(result, '臺北市政府教育局');
    expect(plan.objectives.map((o) => `${o.code}${o.name}`)).toEqual([
      'AC1提升環境品質',
      'AP1推動綠色能源',
      'AP2推動資源回收',
    ]);
    expect(links(plan)).toEqual(['AP1>AC1', 'AP2>AC1']);
  });

  it('ignores lines that end near no card: separators, borders, decoration', () => {
    const { plan, result } = deck((at) => [
      arrow([120, 60], [120, 400], 'none'),
      arrow([130, 55], [450, 55], 'none'),
      arrow([700, 100], [800, 300]),
      arrow([at('AC1').x + 75, at('AC1').y + 15], [205, 520], 'end'),
    ]);
    expect(plan.links).toEqual([]);
    expect(result.findings.filter((f) => f.rule.startsWith('link-'))).toEqual([]);
  });

  it('makes no link of an arrow with heads at both ends, and says so', () => {
    const { plan, result } = deck((at) => [arrow(edge(at('AL1'), 'top'), edge(at('AP1'), 'bottom'), 'both')]);
    expect(plan.links).toEqual([]);
    const [f] = rules(result.findings, 'link-direction-unknown');
    expect(f).toMatchObject({ severity: 'warning', codes: ['AL1', 'AP1'] });
    expect(f?.message.zh).toContain('兩端都有箭頭');
  });

  it('reads a line without a head upwards (lower row causes the upper), as uncertain', () => {
    const { plan, result } = deck((at) => [
      arrow(edge(at('AP1'), 'bottom'), edge(at('AL1'), 'top'), 'none'),
      arrow(edge(at('AP1'), 'right'), edge(at('BP1'), 'left'), 'none'),
    ]);
    expect(links(plan)).toEqual(['AL1>AP1']);
    const found = rules(result.findings, 'link-direction-unknown').sort((a, b) =>
      (a.codes[0] ?? '').localeCompare(b.codes[0] ?? ''),
    );
    expect(found.map((f) => [f.severity, f.codes.join(',')])).toEqual([
      ['info', 'AL1,AP1'],
      ['warning', 'AP1,BP1'],
    ]);
    expect(found[0]?.message.zh).toBe(
      'AL1 與 AP1 之間的連線沒有箭頭；依策略地圖由下而上的讀法判定為 AL1 → AP1，請確認',
    );
  });

  it('lets the text give the direction of an undirected line, and keeps the text when the arrow disagrees', () => {
    const chain = text('AP1 → AL1；BL1 → BP1', { x: 20, y: 480, w: 500, h: 30 });
    const { plan, result } = deck(
      (at) => [
        arrow(edge(at('AL1'), 'top'), edge(at('AP1'), 'bottom'), 'both'),
        arrow(edge(at('BP1'), 'bottom'), edge(at('BL1'), 'top')),
      ],
      [chain],
    );
    expect(links(plan)).toEqual(['AP1>AL1', 'BL1>BP1']);
    expect(rules(result.findings, 'link-direction-unknown')).toEqual([]);
    const [conflict, ...more] = rules(result.findings, 'link-direction-conflict');
    expect(more).toEqual([]);
    expect(conflict?.message.zh).toBe(
      '策略地圖上的箭頭為 BP1 → BL1，但文字寫為 BL1 → BP1；採用文字的方向，請確認',
    );
  });

  it('unions drawn links with the text links, once each', () => {
    const chain = text('AL1 → AP1 → AC1', { x: 20, y: 480, w: 500, h: 30 });
    const { plan } = deck(
      (at) => [
        arrow(edge(at('AL1'), 'top'), edge(at('AP1'), 'bottom')),
        arrow(edge(at('BP1'), 'top'), edge(at('BC1'), 'bottom')),
      ],
      [chain],
    );
    expect(links(plan)).toEqual(['AL1>AP1', 'AP1>AC1', 'BP1>BC1']);
  });

  it('makes no link of an arrow pointing at a theme header or a band, and says so', () => {
    const band = card('', { x: 115, y: 305, w: 840, h: 95 });
    const { plan, result } = deck(
      (at) => [arrow(edge(at('AC1'), 'top'), [205, 80]), arrow(edge(at('BP1'), 'bottom'), [600, 330])],
      [band],
    );
    expect(plan.links).toEqual([]);
    expect(rules(result.findings, 'link-not-between-objectives').map((f) => f.message.zh)).toEqual([
      'AC1 的箭頭指向「A營造永續環境」（不是策略目標），未建立關聯；請讓箭頭連到策略目標',
      'BP1 的箭頭指向一個不是策略目標的圖形，未建立關聯；請讓箭頭連到策略目標',
    ]);
  });
});
