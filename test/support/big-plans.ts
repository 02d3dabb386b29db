import type { PlanDocumentInput } from '../../src/domain/plan-document';

/**
 * Plans large enough that storing them takes a noticeable time (for the fault tests that kill a
 * process in the middle of an import): `count` agencies under one bureau, each with 8 themes of
 * 4 perspectives × 3 objectives, 2 KPIs and 2 action plans each.
 */
export function bigPlanBatch(count: number, year = 120): PlanDocumentInput[] {
  const letters = 'ABCDEFGH'.split('');
  const plans: PlanDocumentInput[] = [];
  for (let n = 1; n <= count; n++) {
    const objectives: PlanDocumentInput['objectives'] = [];
    const kpis: NonNullable<PlanDocumentInput['kpis']> = [];
    const actions: NonNullable<PlanDocumentInput['actions']> = [];
    for (const letter of letters) {
      for (const p of ['C', 'P', 'L', 'F'] as const) {
        for (let i = 1; i <= 3; i++) {
          const code = `${letter}${p}${i}`;
          objectives?.push({ code, name: `第${n}機關策略目標${code}` });
          for (let k = 1; k <= 2; k++) {
            kpis.push({
              code: `${code}.${k}`,
              objective: code,
              name: `指標${code}.${k}`,
              formula: '分子/分母×100%',
              unit: '%',
            });
            for (let a = 1; a <= 2; a++)
              actions.push({ code: `${code}.${k}.${a}`, kpi: `${code}.${k}`, name: `方案${code}.${k}.${a}` });
          }
        }
      }
    }
    plans.push({
      format: 'stratmap.plan/1',
      org: { name: `測試機關${n}`, parent: n === 1 ? null : '測試機關1' },
      year,
      mission: '使命',
      vision: '願景',
      coreValues: ['正直誠信'],
      themes: letters.map((letter) => ({ letter, name: `策略主題${letter}` })),
      objectives,
      kpis,
      actions,
    });
  }
  return plans;
}
