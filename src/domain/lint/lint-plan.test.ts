import { describe, expect, it } from 'vitest';
import { type PlanDocument, type PlanDocumentInput, PlanDocumentSchema } from '../plan-document';
import { lintPlan } from './lint-plan';

function plan(over: Partial<PlanDocumentInput> = {}): PlanDocument {
  return PlanDocumentSchema.parse({
    format: 'stratmap.plan/1',
    org: { name: '臺北市政府測試局' },
    year: 112,
    themes: [
      { letter: 'A', name: '主題甲' },
      { letter: 'B', name: '主題乙' },
    ],
    objectives: [
      { code: 'AC1', theme: 'A', perspective: 'C', name: '提升滿意度' },
      { code: 'BC1', theme: 'B', perspective: 'C', name: '提升參與' },
    ],
    kpis: [
      { code: 'AC1.1', objective: 'AC1', name: '滿意度' },
      { code: 'BC1.1', objective: 'BC1', name: '參與人次' },
    ],
    ...over,
  });
}

const rules = (p: PlanDocument, ctx = {}) => lintPlan(p, ctx).map((f) => f.rule);

describe('lintPlan', () => {
  it('is silent on a sound plan and tags findings with the plan', () => {
    expect(lintPlan(plan())).toEqual([]);
    const f = lintPlan(plan({ kpis: [{ code: 'AC1.1', objective: 'AC1', name: '滿意度' }] }));
    expect(f[0]?.plan).toEqual({ org: '臺北市政府測試局', year: 112 });
  });

  it('objective-without-kpi names the objective and its line', () => {
    const p = plan({ kpis: [{ code: 'AC1.1', objective: 'AC1', name: '滿意度' }] });
    const f = lintPlan(p, { codeLines: new Map([['BC1', 17]]) });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'objective-without-kpi',
      severity: 'warning',
      codes: ['BC1'],
      line: 17,
    });
    expect(f[0]?.message.zh).toContain('BC1「提升參與」');
  });

  it('a map without any KPI gets one plan-without-kpis, not one finding per objective', () => {
    expect(rules(plan({ kpis: [] }))).toEqual(['plan-without-kpis']);
  });

  it('theme-without-objectives and plan-without-objectives', () => {
    const p = plan({
      themes: [
        { letter: 'A', name: '主題甲' },
        { letter: 'B', name: '主題乙' },
        { letter: 'C', name: '主題丙' },
      ],
    });
    expect(lintPlan(p).find((f) => f.rule === 'theme-without-objectives')?.codes).toEqual(['C']);
    expect(rules(plan({ objectives: [], kpis: [] }))).toEqual(['plan-without-objectives']);
  });

  it('parent-missing on references that do not resolve (a hand-written file)', () => {
    const p = plan();
    p.kpis.push({ code: 'CC1.1', objective: 'CC1', name: '孤兒指標' });
    p.actions.push({ code: 'AC1.9.1', kpi: 'AC1.9', name: '孤兒方案' });
    p.ksfs.push({ code: 'DC1', objective: 'DC1', name: '孤兒因素' });
    const f = lintPlan(p).filter((x) => x.rule === 'parent-missing');
    expect(f.map((x) => x.codes)).toEqual(
      expect.arrayContaining([['CC1.1', 'CC1'], ['AC1.9.1', 'AC1.9'], ['DC1']]),
    );
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });

  /** Themes A and C, each with an objective and a KPI; B skipped. */
  const skippingB = (cascades: boolean) =>
    plan({
      themes: ['A', 'C'].map((letter) => ({
        letter,
        name: `主題${letter}`,
        ...(cascades ? { cascadesFrom: { org: '臺北市政府', letter } } : {}),
      })),
      objectives: [
        { code: 'AC1', theme: 'A', perspective: 'C', name: '提升滿意度' },
        { code: 'CC1', theme: 'C', perspective: 'C', name: '提升參與' },
      ],
      kpis: [
        { code: 'AC1.1', objective: 'AC1', name: '滿意度' },
        { code: 'CC1.1', objective: 'CC1', name: '參與' },
      ],
    });

  it('theme-letter-gap when the theme letters skip one', () => {
    expect(lintPlan(skippingB(false))).toMatchObject([{ rule: 'theme-letter-gap', codes: ['B'] }]);
  });

  it('theme-letter-gap stays silent when every theme carries the letter of the parent theme it takes up', () => {
    expect(lintPlan(skippingB(true))).toEqual([]);
  });

  it('duplicate-name among siblings only, and empty-name for punctuation-only names', () => {
    const p = plan({
      objectives: [
        { code: 'AC1', theme: 'A', perspective: 'C', name: '提升滿意度' },
        { code: 'AC2', theme: 'A', perspective: 'C', name: '提升 滿意度。' },
        { code: 'BC1', theme: 'B', perspective: 'C', name: '提升滿意度' },
      ],
      kpis: [
        { code: 'AC1.1', objective: 'AC1', name: '滿意度' },
        { code: 'AC2.1', objective: 'AC2', name: '—' },
        { code: 'BC1.1', objective: 'BC1', name: '滿意度' },
      ],
    });
    const f = lintPlan(p);
    expect(f.filter((x) => x.rule === 'duplicate-name').map((x) => x.codes)).toEqual([['AC1', 'AC2']]);
    expect(f.filter((x) => x.rule === 'empty-name').map((x) => x.codes)).toEqual([['AC2.1']]);
  });

  it('formula-unparsable quotes the formula and the problem', () => {
    const p = plan({
      kpis: [
        { code: 'AC1.1', objective: 'AC1', name: '滿意度', formula: '(滿意人數/受訪人數×100%', unit: '%' },
        { code: 'BC1.1', objective: 'BC1', name: '參與人次', formula: '參與人次總和' },
      ],
    });
    const f = lintPlan(p);
    expect(f).toMatchObject([{ rule: 'formula-unparsable', codes: ['AC1.1'] }]);
    expect(f[0]?.message.en).toContain('never closed');
  });

  it('stated-count-mismatch, total and per perspective', () => {
    const f = lintPlan(plan(), {
      statedCounts: [
        { what: 'objectives', count: 3, text: '訂定3項策略目標', line: 4 },
        { what: 'kpis', count: 2, text: '2項KPI指標', line: 4 },
        { what: 'objectives', count: 1, perspective: 'C', text: '顧客構面：1項策略目標', line: 9 },
      ],
    });
    expect(f.map((x) => [x.rule, x.line])).toEqual([
      ['stated-count-mismatch', 4],
      ['stated-count-mismatch', 9],
    ]);
    expect(f[0]?.message.zh).toContain('應有 3 項，實際讀到 2 項');
    expect(f[1]?.message.zh).toContain('顧客構面');
  });

  it('stated-count-mismatch within the theme or perspective the count was stated for', () => {
    const ok = lintPlan(plan(), {
      statedCounts: [
        { what: 'objectives', count: 1, theme: 'A', text: '本主題共1項策略目標', line: 3 },
        { what: 'kpis', count: 1, theme: 'B', perspective: 'C', text: '本構面1項KPI', line: 5 },
      ],
    });
    expect(ok).toEqual([]);
    const f = lintPlan(plan(), {
      statedCounts: [{ what: 'kpis', count: 2, theme: 'A', text: '本主題共2項KPI', line: 3 }],
    });
    expect(f).toMatchObject([{ rule: 'stated-count-mismatch', codes: ['A'], line: 3 }]);
    expect(f[0]?.message.zh).toContain('策略主題 A 關鍵績效指標應有 2 項，實際讀到 1 項');
    expect(f[0]?.message.en).toContain('2 KPIs of theme A, but 1 was found');
  });

  it('name-variant reports every spelling with its lines', () => {
    const f = lintPlan(plan(), {
      nameVariants: [
        {
          code: 'AC1',
          kind: 'objective',
          chosen: '提升滿意度',
          spellings: [
            { name: '提升滿意度', lines: [30, 12] },
            { name: '提昇滿意度', lines: [5] },
          ],
        },
      ],
    });
    expect(f).toMatchObject([{ rule: 'name-variant', codes: ['AC1'], line: 5 }]);
    expect(f[0]?.message.zh).toContain('第 12、30 行「提升滿意度」');
  });
});
