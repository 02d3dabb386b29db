import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSPECTIVES } from '../codes';
import { type PlanDocument, PlanDocumentSchema } from '../plan-document';
import { layoutProblems } from './check-layout';
import { layoutStrategyMap } from './layout';

/**
 * Generated plans: 0–8 themes, up to 5 objectives per cell, shared and cross-theme objectives,
 * objectives of unlisted themes, names from one character to very long with markup characters,
 * and random cause→effect links. The fixed seed keeps failures reproducible.
 */

const NAME_PARTS = [
  '提升',
  '市民',
  '滿意度',
  '推動 AI 智慧治理',
  '<b>',
  '&',
  '「開放」資料',
  '，',
  'open data',
  '培育優秀人力',
  '強化跨機關資料整合與公共服務',
];

const name = fc.array(fc.constantFrom(...NAME_PARTS), { minLength: 1, maxLength: 9 }).map((p) => p.join(''));

const planArb = fc
  .record({
    themeCount: fc.integer({ min: 0, max: 8 }),
    cells: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 32, maxLength: 32 }),
    shared: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
    cross: fc.integer({ min: 0, max: 5 }),
    unknown: fc.integer({ min: 0, max: 2 }),
    names: fc.array(name, { minLength: 64, maxLength: 64 }),
    linkPicks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
    order: fc.shuffledSubarray([...PERSPECTIVES], { minLength: 4, maxLength: 4 }),
    width: fc.integer({ min: 600, max: 2400 }),
  })
  .map((g) => {
    const letters = 'ABCDEFGH'.slice(0, g.themeCount).split('');
    const objectives: { code: string; name: string }[] = [];
    let n = 0;
    const nextName = () => g.names[n++ % g.names.length] as string;
    letters.forEach((l, ti) => {
      PERSPECTIVES.forEach((p, pi) => {
        for (let k = 1; k <= (g.cells[ti * 4 + pi] ?? 0); k++)
          objectives.push({ code: `${l}${p}${k}`, name: nextName() });
      });
    });
    PERSPECTIVES.forEach((p, pi) => {
      for (let k = 1; k <= (g.shared[pi] ?? 0); k++) objectives.push({ code: `${p}${k}`, name: nextName() });
    });
    for (let k = 1; k <= g.cross; k++) objectives.push({ code: `TC${k}`, name: nextName() });
    for (let k = 1; k <= g.unknown; k++) objectives.push({ code: `ZL${k}`, name: nextName() });
    const links = objectives.length
      ? g.linkPicks.map(([a, b]) => ({
          from: (objectives[a % objectives.length] as { code: string }).code,
          to: (objectives[b % objectives.length] as { code: string }).code,
        }))
      : [];
    const plan: PlanDocument = PlanDocumentSchema.parse({
      format: 'stratmap.plan/1',
      org: { name: '生成機關' },
      year: 113,
      themes: letters.map((l, i) => ({ letter: l, name: g.names[i] })),
      objectives,
      links,
    });
    return { plan, order: g.order, width: g.width };
  });

describe('layout of generated plans', () => {
  it('keeps every layout promise', () => {
    fc.assert(
      fc.property(planArb, ({ plan, order, width }) => {
        const layout = layoutStrategyMap(plan, { perspectiveOrder: order, width });
        expect(layoutProblems(layout, plan)).toEqual([]);
      }),
      { seed: 20240611, numRuns: 60 },
    );
  });

  it('gives the same layout for the same input', () => {
    fc.assert(
      fc.property(planArb, ({ plan, width }) => {
        expect(JSON.stringify(layoutStrategyMap(plan, { width }))).toBe(
          JSON.stringify(layoutStrategyMap(structuredClone(plan), { width })),
        );
      }),
      { seed: 7, numRuns: 15 },
    );
  });

  it('lays out a plan with 80 objectives and long names legibly', () => {
    const letters = 'ABCDEFGH'.split('');
    const objectives = letters.flatMap((l) =>
      PERSPECTIVES.flatMap((p, pi) =>
        Array.from({ length: pi === 0 || pi === 1 ? 3 : 2 }, (_, k) => ({
          code: `${l}${p}${k + 1}`,
          name: `提升市民對於${l}${p}${k + 1}公共服務之整體滿意度與信任感`,
        })),
      ),
    );
    const links = objectives
      .filter((o) => !o.code.includes('C'))
      .map((o) => ({ from: o.code, to: `${o.code[0]}C1` }));
    const plan = PlanDocumentSchema.parse({
      format: 'stratmap.plan/1',
      org: { name: '大型機關' },
      year: 113,
      themes: letters.map((l) => ({ letter: l, name: `第${l}策略主題：強化跨機關資料整合` })),
      objectives,
      links,
    });
    expect(plan.objectives).toHaveLength(80);
    const layout = layoutStrategyMap(plan, { width: 1280 });
    expect(layout.width).toBeGreaterThan(1280);
    expect(layoutProblems(layout, plan)).toEqual([]);
  });
});
