import { describe, expect, it } from 'vitest';
import { diffPlans } from './plan-diff';
import { type PlanDocumentInput, parsePlanFile } from './plan-document';
import { checkPlanIntegrity } from './plan-integrity';
import { scorePlanDocument } from './plan-scoring';

function plan(extra: Partial<PlanDocumentInput> = {}) {
  const r = parsePlanFile({
    format: 'stratmap.plan/1',
    org: { name: '測試機關' },
    year: 110,
    themes: [{ letter: 'A', name: '主題', weight: 2 }],
    objectives: [
      { code: 'AC1', name: '目標一' },
      { code: 'F1', name: '財務', weight: 0 },
    ],
    kpis: [
      { code: 'AC1.1', objective: 'AC1', name: '指標', polarity: 'lower', frequency: 'quarter' },
      { code: 'F1.1', objective: 'F1', name: '執行率', formula: '實支數/預算數×100%' },
    ],
    targets: [
      { kpi: 'AC1.1', period: '110', value: 10 },
      { kpi: 'F1.1', period: '110', value: 90 },
    ],
    actuals: [
      { kpi: 'ac1.1', period: '110q1', value: 8 },
      { kpi: 'F1.1', period: '110Q1', inputs: { 實支數: 45, 預算數: 50 } },
    ],
    scoring: { cap: 1.1, perspectiveWeights: { F: 3 } },
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plans[0] as NonNullable<(typeof r.plans)[0]>;
}

describe('plan documents with scoring', () => {
  it('reads the scoring fields, normalises codes and periods, and keeps documents without them as they were', () => {
    const doc = plan();
    expect(doc.actuals?.[0]).toMatchObject({ kpi: 'AC1.1', period: '110Q1' });
    const bare = parsePlanFile({ format: 'stratmap.plan/1', org: { name: 'x' }, year: 110 });
    expect(bare.ok && 'targets' in (bare.plans[0] ?? {})).toBe(false);
  });

  it('scores a document with its weights, settings and formula inputs', () => {
    const s = scorePlanDocument(plan(), '110Q1');
    // lower: 2 − 8/10 = 1.2, capped at 1.1 by the plan's settings; F1.1 = 90/90 but F1 weighs 0 in theme A.
    expect(s.kpis.map((k) => [k.code, k.achievement])).toEqual([
      ['AC1.1', 1.2],
      ['F1.1', 1],
    ]);
    expect(s.themes[0]).toMatchObject({ letter: 'A', achievement: 1.1, counted: 1 });
    expect(s.plan.achievement).toBe(1.1);
    expect(s.settings.cap).toBe(1.1);
  });

  it('refuses bad settings with the rule they break', () => {
    const r = parsePlanFile({ ...plan(), scoring: { thresholds: { green: 1.5 }, cap: 1.2 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toContain('green threshold cannot be above the cap');
  });

  it('checks that results name KPIs of the plan and periods of its year or earlier, once each', () => {
    const doc = plan({
      targets: [
        { kpi: 'AC1.1', period: '111', value: 1 },
        { kpi: 'ZZ1.1', period: '110', value: 1 },
        { kpi: 'AC1.1', period: '109Q4', value: 1 },
        { kpi: 'AC1.1', period: '109Q4', value: 2 },
      ],
      actuals: [{ kpi: 'AC1.1', period: '110Q1', note: '只有說明' }],
    });
    expect(checkPlanIntegrity(doc).map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      "targets.0.period: period 111 is after the plan's year 110",
      'targets.1.kpi: ZZ1.1 is not a KPI of the plan',
      'targets.3.period: AC1.1 has two targets for 109Q4',
      "actuals.0.value: the actual of AC1.1 for 110Q1 needs a value, a stage or the formula's inputs",
    ]);
  });

  it('reports target and definition changes in a diff', () => {
    const before = plan();
    const after = plan({
      kpis: [
        { code: 'AC1.1', objective: 'AC1', name: '指標', polarity: 'higher', frequency: 'quarter' },
        { code: 'F1.1', objective: 'F1', name: '執行率', formula: '實支數/預算數×100%' },
      ],
      targets: [
        { kpi: 'AC1.1', period: '110', value: 12 },
        { kpi: 'AC1.1', period: '110Q1', min: 1, max: 3 },
      ],
    });
    expect(
      diffPlans(before, after).map((c) => [c.element, c.change, c.code, c.field, c.before, c.after]),
    ).toEqual([
      ['kpi', 'changed', 'AC1.1', 'polarity', 'lower', 'higher'],
      ['target', 'changed', 'AC1.1@110', 'target', '10', '12'],
      ['target', 'removed', 'F1.1@110', undefined, 'F1.1@110', undefined],
      ['target', 'added', 'AC1.1@110Q1', undefined, undefined, 'AC1.1@110Q1'],
    ]);
  });
});
