import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../scripts/corpus/kinds';
import type { Finding } from '../../src/domain/lint/finding';
import { type PlanDocument, PlanDocumentSchema } from '../../src/domain/plan-document';
import { comparePlans } from './compare';

const plan = (over: Partial<PlanDocument> = {}): PlanDocument =>
  PlanDocumentSchema.parse({
    format: 'stratmap.plan/1',
    org: { name: '臺北市立圖書館', parent: '臺北市政府教育局' },
    year: 108,
    themes: [
      { letter: 'A', name: '發展館藏資源', cascadesFrom: { org: '臺北市政府教育局', letter: 'H' } },
      { letter: 'B', name: '推廣閱讀與終身學習', cascadesFrom: { org: '臺北市政府教育局', letter: 'H' } },
    ],
    objectives: [
      { code: 'AC1', name: '提升市民圖書資料擁有率' },
      { code: 'AP1', name: '提供質量兼具的圖書及視聽資料' },
      { code: 'BC1', name: '提升圖書館活動參與人次' },
    ],
    kpis: [{ code: 'AC1.1', objective: 'AC1', name: '每位市民平均擁書冊數', formula: null, unit: '冊' }],
    links: [{ from: 'AP1', to: 'AC1' }],
    ...over,
  });

const finding = (codes: string[], rule = 'x'): Finding => ({
  rule,
  severity: 'warning',
  codes,
  message: { zh: '', en: '' },
  plan: { org: '臺北市立圖書館', year: 108 },
});

const ALL = ['plan', 'parent', 'themes', 'cascades', 'objectives', 'kpis', 'formulas', 'links'] as const;

describe('comparePlans', () => {
  it('counts every element exact when the import is the plan', () => {
    const c = comparePlans([{ plan: plan(), kinds: ALL }], [plan()], []);
    expect(c.differences).toEqual([]);
    expect(c.tally.objectives).toEqual({ exact: 3, total: 3 });
    expect(c.tally.links).toEqual({ exact: 1, total: 1 });
  });

  it('reports a wrong name, a lost cascade, a missing link and an extra objective as unexplained', () => {
    const got = plan({
      themes: [
        { letter: 'A', name: '發展館藏資源', cascadesFrom: { org: '臺北市政府教育局', letter: 'A' } },
        { letter: 'B', name: '推廣閱讀與 終身學習' },
      ],
      objectives: [...plan().objectives, { code: 'EC1', theme: 'E', perspective: 'C', name: '2 策略地圖' }],
      links: [],
    });
    const c = comparePlans([{ plan: plan(), kinds: ALL }], [got], []);
    expect(c.unexplained.map((d) => `${d.kind} ${d.key}`).sort()).toEqual(
      ['cascades A', 'cascades B', 'links AP1→AC1', 'objectives EC1', 'themes B'].sort(),
    );
    expect(c.tally.themes).toEqual({ exact: 1, total: 2 });
  });

  it('accepts a difference only when a finding of that plan names the element or what it hangs from', () => {
    const got = plan({
      kpis: [{ code: 'AC1.1', objective: 'AC1', name: '每位市民平均擁書', formula: null, unit: null }],
    });
    const expected = [{ plan: plan(), kinds: ALL }];
    expect(comparePlans(expected, [got], [finding(['BC1'])]).unexplained).toHaveLength(2);
    const named = comparePlans(expected, [got], [finding(['AC1'], 'kpi-name-wrapped')]);
    expect(named.unexplained).toEqual([]);
    expect(named.differences.map((d) => d.explainedBy)).toEqual(['kpi-name-wrapped', 'kpi-name-wrapped']);
    const otherPlan = { ...finding(['AC1']), plan: { org: '臺北市政府教育局', year: 108 } };
    expect(comparePlans(expected, [got], [otherPlan]).unexplained).toHaveLength(2);
  });

  it('compares only what the form states, and flags plans the form does not hold', () => {
    const mapOnly = projectPlan(plan(), ['plan', 'themes', 'objectives']);
    const c = comparePlans([{ plan: mapOnly, kinds: ['plan', 'themes', 'objectives'] }], [plan()], []);
    expect(c.differences).toEqual([]);
    const phantom = plan({ org: { name: '臺北市政府教育局' } });
    const extra = comparePlans([{ plan: plan(), kinds: ALL }], [plan(), phantom], []);
    expect(extra.unexplained.map((d) => d.plan)).toEqual(['臺北市政府教育局 108']);
    expect(
      comparePlans([{ plan: plan(), kinds: ALL }], [plan(), phantom], [], ['臺北市政府教育局 108'])
        .differences,
    ).toEqual([]);
  });

  it('counts a plan that did not come back as every element missing', () => {
    const c = comparePlans([{ plan: plan(), kinds: ALL }], [], []);
    expect(c.tally.objectives).toEqual({ exact: 0, total: 3 });
    expect(c.unexplained.length).toBeGreaterThan(5);
  });
});
