import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cityPlan } from '../../test/support/fixtures';
import { PlanDocumentSchema, parsePlanFile } from './plan-document';
import { planJsonSchema } from './plan-json-schema';

describe('plan document', () => {
  it('normalises codes, letters and text, and fills theme and perspective from the code', () => {
    const doc = PlanDocumentSchema.parse({
      format: 'stratmap.plan/1',
      org: { name: ' 臺北市立圖書館 ' },
      year: 108,
      themes: [{ letter: 'ａ', name: '發展館藏資源' }],
      objectives: [
        { code: 'ａｃ１', name: '提升市民圖書資料擁有率' },
        { code: 'F1', name: '加強基金預算運用效能' },
        { code: 'TC1', name: '提升滿意的住民' },
      ],
      kpis: [{ code: 'AC1 .1', objective: 'ac1', name: '每位市民平均擁書冊數' }],
    });
    expect(doc.org.name).toBe('臺北市立圖書館');
    expect(doc.themes[0]?.letter).toBe('A');
    expect(doc.objectives).toEqual([
      { code: 'AC1', theme: 'A', perspective: 'C', name: '提升市民圖書資料擁有率' },
      { code: 'F1', theme: null, perspective: 'F', name: '加強基金預算運用效能' },
      { code: 'TC1', theme: null, perspective: 'C', name: '提升滿意的住民' },
    ]);
    expect(doc.kpis[0]).toMatchObject({ code: 'AC1.1', objective: 'AC1' });
    expect(doc.mission).toBe('');
    expect(doc.links).toEqual([]);
  });

  it('reports every violation with its path', () => {
    const result = parsePlanFile({
      format: 'other',
      org: {},
      year: 2021,
      objectives: [{ code: 'AC1', perspective: 'X' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toMatchObject({
      format: 'format must be "stratmap.plan/1"',
      'org.name': 'organisation name is required',
      year: 'year is a ROC year (民國), e.g. 110 for 2021, not a Gregorian year',
      'objectives.0.perspective': 'perspective must be one of C (顧客), P (內部流程), L (學習成長), F (財務)',
      'objectives.0.name': 'objective name is required',
    });
  });

  it('reads one plan or { plans: [...] }', () => {
    const single = parsePlanFile(cityPlan());
    const multi = parsePlanFile({ plans: [cityPlan(), cityPlan({ year: 111 })] });
    expect(single.ok && single.plans.length).toBe(1);
    expect(multi.ok && multi.plans.map((p) => p.year)).toEqual([110, 111]);
    const empty = parsePlanFile({ plans: [] });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.issues[0]?.message).toBe('plans must hold at least one plan');
  });

  it('is described by the committed docs/plan.schema.json', () => {
    const committed = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../docs/plan.schema.json'), 'utf8'),
    );
    expect(committed, 'run: npx tsx scripts/build-plan-schema.ts').toEqual(planJsonSchema());
  });
});
