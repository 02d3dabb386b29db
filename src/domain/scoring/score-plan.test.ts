import { describe, expect, it } from 'vitest';
import { scorePlan } from './score-plan';
import { ActualSchema, type ScorePlanInput, ScoringSettingsSchema, TargetSchema } from './types';

const targets = (rows: unknown[]) => rows.map((r) => TargetSchema.parse(r));
const actuals = (rows: unknown[]) => rows.map((r) => ActualSchema.parse(r));

function plan(overrides: Partial<ScorePlanInput> = {}): ScorePlanInput {
  return {
    themes: [{ letter: 'A' }, { letter: 'B' }],
    objectives: [
      { code: 'AC1', theme: 'A', perspective: 'C' },
      { code: 'AP1', theme: 'A', perspective: 'P' },
      { code: 'BC1', theme: 'B', perspective: 'C' },
      { code: 'F1', theme: null, perspective: 'F' },
    ],
    kpis: [
      { code: 'AC1.1', objective: 'AC1', polarity: 'higher' },
      { code: 'AC1.2', objective: 'AC1', polarity: 'lower' },
      { code: 'AP1.1', objective: 'AP1', polarity: 'milestone', stages: stages() },
      { code: 'BC1.1', objective: 'BC1', polarity: 'range' },
      {
        code: 'F1.1',
        objective: 'F1',
        polarity: 'higher',
        formula: '(資本門實支數+資本門應付未付數)/(資本門預算數)×100%',
      },
    ],
    targets: targets([
      { kpi: 'AC1.1', period: '110', value: 100 },
      { kpi: 'AC1.2', period: '110', value: 10 },
      { kpi: 'AP1.1', period: '110', stage: '啟用' },
      { kpi: 'BC1.1', period: '110', min: 4, max: 6 },
      { kpi: 'F1.1', period: '110', value: 90 },
    ]),
    actuals: actuals([
      { kpi: 'AC1.1', period: '110Q1', value: 90 },
      { kpi: 'AC1.2', period: '110Q1', value: 12 },
      { kpi: 'AP1.1', period: '110Q1', stage: '完工' },
      { kpi: 'BC1.1', period: '110Q1', value: 7 },
      { kpi: 'F1.1', period: '110Q1', inputs: { 資本門實支數: 80, 資本門應付未付數: 10, 資本門預算數: 100 } },
    ]),
    ...overrides,
  };
}

function stages() {
  return [
    { name: '招標', percent: 25 },
    { name: '完工', percent: 75 },
    { name: '啟用', percent: 100 },
  ];
}

describe('scorePlan', () => {
  const r = scorePlan(plan(), '110q1');
  const kpi = (code: string) => r.kpis.find((k) => k.code === code);

  it('scores every KPI by its polarity against the year target', () => {
    expect(r.period).toBe('110Q1');
    expect(kpi('AC1.1')).toMatchObject({ target: 100, actual: 90, achievement: 0.9, light: 'yellow' });
    expect(kpi('AC1.2')).toMatchObject({ target: 10, actual: 12, achievement: 0.8, light: 'yellow' });
    expect(kpi('AP1.1')).toMatchObject({ target: 100, actual: 75, achievement: 0.75, light: 'red' });
    expect(kpi('BC1.1')).toMatchObject({
      target: { min: 4, max: 6 },
      actual: 7,
      achievement: 0.5,
      light: 'red',
    });
    expect(kpi('F1.1')).toMatchObject({
      target: 90,
      actual: 90,
      achievement: 1,
      light: 'green',
      problem: null,
    });
  });

  it('rolls up objectives, themes with the shared objective in each, perspectives and the plan', () => {
    const obj = Object.fromEntries(r.objectives.map((o) => [o.code, o.achievement]));
    expect(obj).toEqual({ AC1: 0.85, AP1: 0.75, BC1: 0.5, F1: 1 });
    const themes = Object.fromEntries(r.themes.map((t) => [t.letter, t.achievement]));
    expect(themes.A).toBeCloseTo((0.85 + 0.75 + 1) / 3, 9);
    expect(themes.B).toBe(0.75);
    const persp = Object.fromEntries(r.perspectives.map((p) => [p.perspective, p.achievement]));
    expect(persp).toEqual({ C: 0.675, P: 0.75, L: null, F: 1 });
    // L has no data and is skipped: (0.675 + 0.75 + 1) / 3.
    expect(r.plan.achievement).toBeCloseTo(0.8083333333, 9);
    expect(r.plan).toMatchObject({ light: 'yellow', counted: 3 });
  });

  it('caps over-achievement before rolling up and honours weights and worst-child', () => {
    const p = plan();
    p.actuals = p.actuals.map((a) => (a.kpi === 'AC1.1' ? { ...a, value: 200 } : a));
    const capped = scorePlan(p, '110Q1');
    expect(capped.kpis[0]).toMatchObject({ achievement: 2, capped: 1.2, light: 'green' });
    expect(capped.objectives[0]?.achievement).toBe(1);
    p.kpis = p.kpis.map((k) => (k.code === 'AC1.2' ? { ...k, weight: 3 } : k));
    expect(scorePlan(p, '110Q1').objectives[0]?.achievement).toBe(0.9);
    p.settings = { rollup: 'worst', cap: 1.5 };
    const worst = scorePlan(p, '110Q1');
    expect(worst.objectives[0]?.achievement).toBe(0.8);
    expect(worst.plan.achievement).toBe(0.5);
  });

  it('applies per-plan thresholds and perspective weights', () => {
    const r2 = scorePlan(
      plan({
        settings: { thresholds: { green: 0.9, yellow: 0.5 } },
        perspectiveWeights: { C: 0, P: 1, F: 1 },
      }),
      '110Q1',
    );
    expect(r2.kpis[0]?.light).toBe('green');
    expect(r2.plan.achievement).toBe(0.875);
  });

  it('can score the plan from its themes instead of its perspectives', () => {
    const r2 = scorePlan(
      plan({ settings: { planFrom: 'themes' }, themes: [{ letter: 'A', weight: 0 }, { letter: 'B' }] }),
      '110Q1',
    );
    expect(r2.plan.achievement).toBe(0.75);
  });

  it('leaves a KPI without actual or target N/A and says why, without dragging the roll-up', () => {
    const p = plan();
    p.actuals = p.actuals.filter((a) => a.kpi !== 'AC1.2');
    p.targets = p.targets.filter((t) => t.kpi !== 'AC1.1');
    const r2 = scorePlan(p, '110Q1');
    expect(r2.kpis[0]).toMatchObject({
      achievement: null,
      light: 'none',
      problem: { en: 'no target is set' },
    });
    expect(r2.kpis[1]).toMatchObject({
      achievement: null,
      light: 'none',
      problem: { en: 'no actual is reported' },
    });
    expect(r2.objectives[0]).toMatchObject({ achievement: null, light: 'none', counted: 0 });
    expect(r2.themes[0]?.achievement).toBeCloseTo(0.875, 9);
  });

  it('reports a formula that cannot be computed instead of scoring 0', () => {
    const p = plan();
    p.actuals = p.actuals.map((a) =>
      a.kpi === 'F1.1' ? { ...a, inputs: { 資本門實支數: 1, 資本門應付未付數: 0, 資本門預算數: 0 } } : a,
    );
    const f = scorePlan(p, '110Q1').kpis[4];
    expect(f).toMatchObject({ actual: null, achievement: null, light: 'none' });
    expect(f?.problem?.en).toMatch(/110Q1: cannot divide by zero/);
  });

  it('prefers a period target over the year target, and a half target over the year one', () => {
    const p = plan();
    p.targets = [
      ...p.targets,
      ...targets([
        { kpi: 'AC1.1', period: '110Q1', value: 90 },
        { kpi: 'AC1.1', period: '110H1', value: 80 },
      ]),
    ];
    expect(scorePlan(p, '110Q1').kpis[0]).toMatchObject({ target: 90, achievement: 1 });
    p.actuals = [...p.actuals, ...actuals([{ kpi: 'AC1.1', period: '110Q2', value: 80 }])];
    expect(scorePlan(p, '110Q2').kpis[0]).toMatchObject({ target: 80, achievement: 1 });
  });

  it('scores a year from quarter actuals: the latest, or the sum for counted KPIs', () => {
    const p = plan();
    p.actuals = [
      ...p.actuals,
      ...actuals([
        { kpi: 'AC1.1', period: '110Q3', value: 95 },
        { kpi: 'AC1.1', period: '110M02', value: 1 },
      ]),
    ];
    expect(scorePlan(p, '110').kpis[0]).toMatchObject({ actual: 95, achievement: 0.95 });
    p.kpis = p.kpis.map((k) => (k.code === 'AC1.1' ? { ...k, aggregate: 'sum' } : k));
    // Quarters are the coarsest entries inside the year; the month is not counted twice.
    expect(scorePlan(p, '110').kpis[0]).toMatchObject({ actual: 185, achievement: 1.85, capped: 1.2 });
    // A year actual never stands for a quarter.
    const y = plan({ actuals: actuals([{ kpi: 'AC1.1', period: '110', value: 100 }]) });
    expect(scorePlan(y, '110Q1').kpis[0]?.achievement).toBeNull();
  });

  it('reports a stage that is not one of the KPI stages', () => {
    const p = plan({ actuals: actuals([{ kpi: 'AP1.1', period: '110Q1', stage: '驗收' }]) });
    expect(scorePlan(p, '110Q1').kpis[2]?.problem?.en).toMatch(/stage "驗收"/);
  });
});

describe('scoring schemas', () => {
  it('normalise codes and periods, and refuse what cannot be scored', () => {
    expect(TargetSchema.parse({ kpi: 'ac1.1', period: '110q1', value: 1 })).toMatchObject({
      kpi: 'AC1.1',
      period: '110Q1',
    });
    expect(TargetSchema.safeParse({ kpi: 'AC1.1', period: '110Q5', value: 1 }).success).toBe(false);
    expect(TargetSchema.safeParse({ kpi: 'AC1.1', period: '110' }).success).toBe(false);
    expect(TargetSchema.safeParse({ kpi: 'AC1.1', period: '110', min: 5, max: 4 }).success).toBe(false);
    expect(ActualSchema.safeParse({ kpi: 'AC1.1', period: '110', value: '90' }).success).toBe(false);
    expect(ScoringSettingsSchema.safeParse({ thresholds: { green: 0.7, yellow: 0.8 } }).success).toBe(false);
    expect(ScoringSettingsSchema.safeParse({ cap: 0.9 }).success).toBe(false);
    expect(ScoringSettingsSchema.parse({})).toEqual({
      thresholds: { green: 1, yellow: 0.8 },
      cap: 1.2,
      rollup: 'weighted',
      planFrom: 'perspectives',
    });
  });
});
