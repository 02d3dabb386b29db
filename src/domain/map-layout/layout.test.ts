import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type PlanDocument, type PlanDocumentInput, PlanDocumentSchema } from '../plan-document';
import { layoutProblems } from './check-layout';
import { layoutStrategyMap } from './layout';
import { LOOP_FIXTURE } from './layout.fixtures';
import { cascadeKey, SIZE } from './style';
import type { ArrowShape, CardShape, HeaderShape, LabelShape, MapLayout } from './types';

const sampleDir = fileURLToPath(new URL('../../../samples/', import.meta.url));
const samples = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort()
  .map((f) => ({ file: f, plan: PlanDocumentSchema.parse(JSON.parse(readFileSync(sampleDir + f, 'utf8'))) }));

function sample(org: string, year: number): PlanDocument {
  const found = samples.find((s) => s.plan.org.name === org && s.plan.year === year);
  if (!found) throw new Error(`sample ${org} ${year} is missing`);
  return found.plan;
}

const cards = (l: MapLayout) => l.shapes.filter((s): s is CardShape => s.kind === 'card');
const arrows = (l: MapLayout) => l.shapes.filter((s): s is ArrowShape => s.kind === 'arrow');
const headers = (l: MapLayout, role: HeaderShape['role']) =>
  l.shapes.filter((s): s is HeaderShape => s.kind === 'header' && s.role === role);
const text = (s: { texts: { lines: string[] }[] }) => s.texts.map((t) => t.lines.join('')).join('');

function plan(input: Partial<PlanDocumentInput>): PlanDocument {
  return PlanDocumentSchema.parse({
    format: 'stratmap.plan/1',
    org: { name: '測試局' },
    year: 112,
    ...input,
  });
}

/** Links of the usual shape inside each theme: L → P → C and F → P, to exercise the router. */
function withLinks(p: PlanDocument): PlanDocument {
  const links: { from: string; to: string }[] = [];
  for (const t of p.themes) {
    const of = (q: string) => p.objectives.filter((o) => o.theme === t.letter && o.perspective === q);
    const target = (list: PlanDocument['objectives']) => list[0]?.code;
    for (const o of [...of('L'), ...of('F')]) {
      const to = target(of('P')) ?? target(of('C'));
      if (to) links.push({ from: o.code, to });
    }
    for (const o of of('P')) {
      const to = target(of('C'));
      if (to) links.push({ from: o.code, to });
    }
  }
  const cross = p.objectives.filter((o) => o.code.startsWith('T') && o.theme === null);
  p.objectives
    .filter((o) => o.perspective === 'C' && o.theme !== null)
    .forEach((o, i) => {
      const to = cross[i % Math.max(cross.length, 1)];
      if (to) links.push({ from: o.code, to: to.code });
    });
  return { ...p, links };
}

describe('sample plans', () => {
  it('has the five sample plans to check', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
  });

  for (const { file, plan: p } of samples) {
    it(`${file}: keeps every layout promise, with and without links`, () => {
      expect(layoutProblems(layoutStrategyMap(p), p)).toEqual([]);
      const linked = withLinks(p);
      const layout = layoutStrategyMap(linked, { width: 1280 });
      expect(arrows(layout).length).toBe(linked.links.length);
      expect(layoutProblems(layout, linked)).toEqual([]);
    });

    it(`${file}: one column per theme in plan order, one card per objective`, () => {
      const layout = layoutStrategyMap(p);
      expect(layout.columns.map((c) => c.letter)).toEqual(p.themes.map((t) => t.letter));
      expect(
        cards(layout)
          .map((c) => c.code)
          .sort(),
      ).toEqual(p.objectives.map((o) => o.code).sort());
      expect(layout.rows.map((r) => r.perspective)).toEqual(['C', 'P', 'L', 'F']);
    });
  }

  it('臺北市立圖書館 108: 4 theme columns, 29 cards, all four themes under 教育局 H', () => {
    const layout = layoutStrategyMap(sample('臺北市立圖書館', 108), {
      parentThemeNames: { [cascadeKey('臺北市政府教育局', 'H')]: '推廣終身教育' },
    });
    expect(layout.columns).toHaveLength(4);
    expect(cards(layout)).toHaveLength(29);
    const cascade = headers(layout, 'cascade');
    expect(cascade).toHaveLength(1);
    expect(text(cascade[0] as HeaderShape)).toBe('承接 臺北市政府教育局 H 推廣終身教育');
    const [a, d] = [layout.columns[0], layout.columns[3]];
    expect(cascade[0]?.rect.x).toBeLessThan((a?.x ?? 0) + 10);
    expect((cascade[0]?.rect.x ?? 0) + (cascade[0]?.rect.w ?? 0)).toBeGreaterThan(
      (d?.x ?? 0) + (d?.w ?? 0) - 10,
    );
  });

  it('臺北市政府 110: TC1–TC4 as a strip on top of the customer row, leads and members below', () => {
    const layout = layoutStrategyMap(sample('臺北市政府', 110));
    const all = cards(layout);
    const tc = all.filter((c) => c.placement === 'cross');
    expect(tc.map((c) => c.code)).toEqual(['TC1', 'TC2', 'TC3', 'TC4']);
    const themeC = all.filter((c) => c.perspective === 'C' && c.placement === 'theme');
    const lowestTc = Math.max(...tc.map((c) => c.rect.y + c.rect.h));
    for (const c of themeC) expect(c.rect.y).toBeGreaterThan(lowestTc);
    expect(layout.rows[0]?.perspective).toBe('C');
    for (const c of tc)
      expect(c.rect.y).toBeLessThan(
        Math.min(...all.filter((x) => x.placement !== 'cross').map((x) => x.rect.y)),
      );
    const footer = layout.shapes.filter((s): s is LabelShape => s.kind === 'label' && s.role === 'lead');
    expect(footer).toHaveLength(8);
    expect(text(footer[0] as LabelShape)).toContain('環保局（主功）');
    expect(text(footer[0] as LabelShape)).not.toContain('臺北市政府');
  });

  it('shows mission, vision and core values when the plan has them', () => {
    const layout = layoutStrategyMap(sample('臺北市政府', 110));
    expect(text(headers(layout, 'vision')[0] as HeaderShape)).toContain('成為宜居永續城市');
    expect(text(headers(layout, 'values')[0] as HeaderShape)).toContain(
      '正直誠信、團隊合作、創新卓越、開放共享',
    );
  });
});

describe('options', () => {
  const lib = sample('臺北市立圖書館', 108);

  it('orders the rows as asked', () => {
    const layout = layoutStrategyMap(lib, { perspectiveOrder: ['F', 'L', 'P', 'C'] });
    expect(layout.rows.map((r) => r.perspective)).toEqual(['F', 'L', 'P', 'C']);
    expect(layout.rows[0]?.y).toBeLessThan(layout.rows[3]?.y ?? 0);
    expect(layoutProblems(layout, lib)).toEqual([]);
  });

  it('draws lights as dots and findings as a red outline', () => {
    const layout = layoutStrategyMap(lib, {
      lights: { AC1: 'green', BC1: 'red', CC1: 'none' },
      highlight: ['AP1'],
    });
    const byCode = new Map(cards(layout).map((c) => [c.code, c]));
    expect(byCode.get('AC1')?.lightDot?.fill).toBe('#2f9e44');
    expect(byCode.get('BC1')?.lightDot?.fill).toBe('#d64545');
    expect(byCode.get('CC1')?.light).toBe('none');
    expect(byCode.get('CC1')?.lightDot).toBeNull();
    expect(byCode.get('DC1')?.light).toBeNull();
    expect(byCode.get('AP1')?.highlighted).toBe(true);
    expect(byCode.get('AP1')?.stroke).toBe('#d64545');
    expect(byCode.get('AP2')?.highlighted).toBe(false);
  });

  it('labels in English when asked', () => {
    const layout = layoutStrategyMap(lib, { locale: 'en' });
    expect(layout.rows.map((r) => r.label)).toEqual([
      'Customer C',
      'Internal process P',
      'Learning & growth L',
      'Financial F',
    ]);
    expect(layoutProblems(layout, lib)).toEqual([]);
  });

  it('grows the canvas instead of shrinking text when themes do not fit the width', () => {
    const letters = 'ABCDEFGHIJKL'.split('');
    const p = plan({
      themes: letters.map((l) => ({ letter: l, name: `主題${l}提升市民對於公共服務之整體滿意度` })),
      objectives: letters.map((l) => ({
        code: `${l}C1`,
        name: '提升市民對於公共服務之整體滿意度與信任感及參與',
      })),
    });
    const layout = layoutStrategyMap(p, { width: 1000 });
    expect(layout.width).toBeGreaterThan(1000);
    for (const c of layout.columns) expect(c.w).toBeGreaterThanOrEqual(SIZE.minColumn);
    for (const c of cards(layout))
      for (const t of c.texts) expect(t.fontSize).toBeGreaterThanOrEqual(SIZE.minFont);
    expect(layoutProblems(layout, p)).toEqual([]);
  });

  it('is deterministic and leaves the plan untouched', () => {
    const p = withLinks(sample('臺北市政府教育局', 108));
    const before = JSON.stringify(p);
    const a = JSON.stringify(layoutStrategyMap(p, { width: 1400 }));
    const b = JSON.stringify(layoutStrategyMap(structuredClone(p), { width: 1400 }));
    expect(a).toBe(b);
    expect(JSON.stringify(p)).toBe(before);
  });
});

describe('unusual plans', () => {
  it('a plan without themes: shared objectives span the map', () => {
    const p = plan({
      objectives: [
        { code: 'F1', name: '加強基金預算運用效能' },
        { code: 'L1', name: '培育優秀人力' },
        { code: 'L2', name: '型塑當責文化' },
      ],
    });
    const layout = layoutStrategyMap(p);
    expect(layout.columns).toHaveLength(0);
    expect(cards(layout).every((c) => c.placement === 'shared' && c.theme === null)).toBe(true);
    expect(layoutProblems(layout, p)).toEqual([]);
  });

  it('shared objectives next to themed ones span all theme columns in their row', () => {
    const p = plan({
      themes: [
        { letter: 'A', name: '甲' },
        { letter: 'B', name: '乙' },
        { letter: 'C', name: '丙' },
      ],
      objectives: [
        { code: 'AC1', name: '一' },
        { code: 'BF1', name: '二' },
        { code: 'F1', name: '共同財務目標' },
      ],
      links: [
        { from: 'F1', to: 'AC1' },
        { from: 'BF1', to: 'F1' },
      ],
    });
    const layout = layoutStrategyMap(p);
    const f1 = cards(layout).find((c) => c.code === 'F1') as CardShape;
    const [a, , c] = layout.columns;
    expect(f1.rect.x).toBeLessThan((a?.x ?? 0) + SIZE.cellPadX + 1);
    expect(f1.rect.x + f1.rect.w).toBeGreaterThan((c?.x ?? 0) + (c?.w ?? 0) - SIZE.cellPadX - 1);
    expect(layoutProblems(layout, p)).toEqual([]);
  });

  it('a theme with no objectives keeps its column; an unknown theme letter gets one', () => {
    const p = plan({
      themes: [
        { letter: 'A', name: '甲' },
        { letter: 'B', name: '空的主題' },
      ],
      objectives: [
        { code: 'AC1', name: '一' },
        { code: 'ZP1', name: '主題不明' },
      ],
    });
    const layout = layoutStrategyMap(p);
    expect(layout.columns.map((c) => [c.letter, c.unknown])).toEqual([
      ['A', false],
      ['B', false],
      ['Z', true],
    ]);
    const z = cards(layout).find((c) => c.code === 'ZP1');
    expect(z?.placement).toBe('unknown-theme');
    expect(z?.dashed).toBe(true);
    expect(layoutProblems(layout, p)).toEqual([]);
  });

  it('a city plan with a real theme T files TC1 under it', () => {
    const p = plan({
      themes: [{ letter: 'T', name: '交通' }],
      objectives: [{ code: 'TC1', name: '交通順暢' }],
    });
    const c = cards(layoutStrategyMap(p))[0];
    expect(c?.placement).toBe('theme');
    expect(c?.theme).toBe('T');
  });

  it('a plan with one theme gets a narrower canvas rather than very wide cards', () => {
    const p = plan({ themes: [{ letter: 'A', name: '甲' }], objectives: [{ code: 'AC1', name: '一' }] });
    const layout = layoutStrategyMap(p);
    expect(layout.width).toBeLessThan(1000);
    expect(layoutProblems(layout, p)).toEqual([]);
  });

  it('a very long name wraps over more lines and the card grows', () => {
    const long =
      '推動跨機關資料整合與開放資料平台以提升市民對於公共服務之整體滿意度與信任感並強化政策溝通與公民參與';
    const p = plan({
      themes: 'ABCD'.split('').map((letter) => ({ letter, name: letter })),
      objectives: [
        { code: 'AC1', name: long },
        { code: 'BC1', name: '短' },
      ],
    });
    const layout = layoutStrategyMap(p, { width: 1000 });
    const [c1, c2] = cards(layout);
    expect(c1?.texts[1]?.lines.join('')).toBe(long);
    expect(c1?.texts[1]?.lines.length).toBeGreaterThan(2);
    expect(c2?.rect.h).toBe(c1?.rect.h);
    expect(layoutProblems(layout, p)).toEqual([]);
  });

  it('links between neighbours in one column are one straight vertical arrow', () => {
    const p = plan({
      themes: [
        { letter: 'A', name: '甲' },
        { letter: 'B', name: '乙' },
      ],
      objectives: [
        { code: 'AC1', name: '一' },
        { code: 'AP1', name: '二' },
        { code: 'AL1', name: '三' },
        { code: 'BC1', name: '四' },
      ],
      links: [
        { from: 'AP1', to: 'AC1' },
        { from: 'AL1', to: 'AP1' },
        { from: 'AL1', to: 'BC1' },
      ],
    });
    const layout = layoutStrategyMap(p);
    const [ap, al] = arrows(layout);
    for (const a of [ap, al]) {
      expect(a?.points).toHaveLength(2);
      expect(a?.points[0]?.x).toBe(a?.points[1]?.x);
      expect(a?.points[0]?.y).toBeGreaterThan(a?.points[1]?.y ?? 0);
    }
    expect(layoutProblems(layout, p)).toEqual([]);
  });

  it('routes links in both directions between two objectives (feedback loops)', () => {
    const p = plan({
      themes: [
        { letter: 'A', name: '甲' },
        { letter: 'B', name: '乙' },
      ],
      objectives: [
        { code: 'AC1', name: '一' },
        { code: 'AP1', name: '二' },
        { code: 'BL1', name: '三' },
        { code: 'BP1', name: '四' },
      ],
      links: [
        { from: 'BL1', to: 'BP1' },
        { from: 'BP1', to: 'BL1' },
        { from: 'BL1', to: 'AC1' },
        { from: 'AP1', to: 'BL1' },
        { from: 'BP1', to: 'AC1' },
      ],
    });
    const layout = layoutStrategyMap(p);
    expect(arrows(layout)).toHaveLength(5);
    expect(layoutProblems(layout, p)).toEqual([]);
  });

  it('does not loop when arrows in both directions share lanes (a generated plan that once crashed the router)', () => {
    const p = plan(LOOP_FIXTURE);
    const layout = layoutStrategyMap(p, { width: 1331 });
    expect(arrows(layout)).toHaveLength(p.links.length);
    expect(layoutProblems(layout, p)).toEqual([]);
  });

  it('skips links to objectives that are not on the map, self-links and repeats', () => {
    const p = plan({
      themes: [{ letter: 'A', name: '甲' }],
      objectives: [
        { code: 'AC1', name: '一' },
        { code: 'AP1', name: '二' },
      ],
      links: [
        { from: 'AP1', to: 'AC1' },
        { from: 'AP1', to: 'AC1' },
        { from: 'AP1', to: 'AP1' },
        { from: 'AL9', to: 'AC1' },
      ],
    });
    expect(arrows(layoutStrategyMap(p)).map((a) => a.id)).toEqual(['link-AP1-AC1']);
  });
});
