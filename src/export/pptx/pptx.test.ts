import { describe, expect, it } from 'vitest';
import { readDeck } from '../ooxml-inspect';
import { generatedPlan, samplePlan, samplePlans } from '../test-plans';
import { writePptx } from './index';

const NOW = new Date('2021-06-01T04:00:00Z');

function outside(deck: ReturnType<typeof readDeck>) {
  return deck.slides
    .flat()
    .filter((s) => s.x < 0 || s.y < 0 || s.x + s.w > deck.width || s.y + s.h > deck.height);
}

describe('writePptx', () => {
  it('builds a 16:9 deck: cover, mission, map, one scorecard per theme, every text zh-TW', async () => {
    const plan = samplePlan('臺北市政府人事處-110.json');
    const deck = readDeck(await writePptx(plan, { now: NOW }));
    expect(deck.width / deck.height).toBeCloseTo(16 / 9, 2);
    const texts = deck.slides.map((s) => s.map((x) => x.text).join('\n'));
    expect(texts[0]).toContain('臺北市政府人事處');
    expect(texts[0]).toContain('110年策略地圖及平衡計分卡');
    expect(texts[0]).toContain('民國110年6月1日');
    expect(texts[1]).toContain('建構高效能具競爭力的市府團隊');
    const map = deck.slides[2] ?? [];
    for (const o of plan.objectives) expect(map.some((s) => s.name === `${o.code} ${o.name}`)).toBe(true);
    expect(map.find((s) => s.name.startsWith('AC1 '))?.xml).toContain('prst="roundRect"');
    for (const t of plan.themes)
      expect(texts.some((x) => x.includes(`策略主題 ${t.letter} ${t.name}`))).toBe(true);
    for (const k of plan.kpis) expect(texts.slice(3).join('\n')).toContain(k.name);
    const runs = deck.slides.flat().flatMap((s) => [...s.xml.matchAll(/<a:rPr\b[^>]*>/g)].map((m) => m[0]));
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.filter((r) => !r.includes('lang="zh-TW"'))).toEqual([]);
  });

  it('keeps every shape and table of a plan with 80 long objectives on its slide', async () => {
    const plan = generatedPlan();
    expect(plan.objectives).toHaveLength(80);
    const deck = readDeck(await writePptx(plan, { now: NOW }));
    expect(outside(deck)).toEqual([]);
    const text = deck.slides
      .flat()
      .map((s) => s.text)
      .join('\n');
    for (const a of plan.actions) expect(text).toContain(a.code);
    // Scorecards were split: more than one slide per theme, each table within the content area.
    expect(deck.slides.filter((s) => s.some((x) => x.text.includes('（2/')))).not.toHaveLength(0);
    const tables = deck.slides.flat().filter((s) => s.xml.includes('<a:tbl>'));
    for (const t of tables) expect(t.y + t.h).toBeLessThanOrEqual(deck.height - 0.4 * 914400);
  });

  it('draws links as freeform arrows, one 關聯圖 per theme, and a results slide with lights', async () => {
    const plan = generatedPlan(4);
    const deck = readDeck(await writePptx(plan, { now: NOW }));
    const map = deck.slides[2] ?? [];
    const arrows = map.filter((s) => s.xml.includes('<a:custGeom>'));
    expect(arrows).toHaveLength(plan.links.length);
    expect(arrows[0]?.xml).toContain('<a:tailEnd type="triangle"/>');
    expect(deck.slides.filter((s) => s.some((x) => x.text.startsWith('關聯圖')))).toHaveLength(8);
    const results = deck.slides.filter((s) => s.some((x) => x.text.startsWith('績效成果')));
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]?.map((s) => s.text).join('\n')).toMatch(/整體達成率 \d+\.\d%/);
    expect(map.some((s) => s.name.endsWith(' light'))).toBe(true);
  });

  it('fits every sample deck on its slides', async () => {
    for (const plan of samplePlans()) {
      const deck = readDeck(await writePptx(plan, { now: NOW }));
      expect(outside(deck), plan.org.name).toEqual([]);
    }
  });
});
