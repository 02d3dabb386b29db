import { describe, expect, it } from 'vitest';
import { readDeck } from '../ooxml-inspect';
import { generatedPlan } from '../test-plans';
import { writePptx } from './index';

const NOW = new Date('2021-06-01T04:00:00Z');

describe('scorecard pages', () => {
  it("print a KPI's note under its formula, and a long one still keeps every table on its slide", async () => {
    const plan = generatedPlan(3);
    const [short, long] = plan.kpis;
    if (!short || !long) throw new Error('the generated plan has KPIs');
    short.note = '以上各數均含保留款';
    long.note = '本指標之實支數含以前年度保留款及應付未付數，'.repeat(40);
    const deck = readDeck(await writePptx(plan, { now: NOW }));
    const cells = deck.slides.flat().filter((s) => s.xml.includes('<a:tbl>'));
    const text = cells.map((s) => s.text).join('\n');
    expect(text).toContain('備註：以上各數均含保留款');
    expect(text).toContain('備註：本指標之實支數含以前年度保留款');
    for (const t of cells) expect(t.y + t.h).toBeLessThanOrEqual(deck.height - 0.4 * 914400);
  });
});
