import { describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../api/types';
import { zhTW } from '../../i18n/zh-TW';
import { indexPlan } from '../plans/model';
import { consequencesOf, describeConsequences, nextChildCode } from './elements';

const plan = {
  themes: [{ id: 1, letter: 'A', name: '主題', position: 0, cascadesFrom: null, version: 1 }],
  objectives: [
    { id: 10, code: 'AC1', themeId: 1, perspective: 'C', name: 'o1', position: 0, version: 1 },
    { id: 11, code: 'AP1', themeId: 1, perspective: 'P', name: 'o2', position: 1, version: 1 },
  ],
  ksfs: [{ id: 20, objectiveId: 10, code: 'AC1', name: 'k', position: 0, version: 1 }],
  kpis: [
    {
      id: 30,
      objectiveId: 10,
      code: 'AC1.1',
      name: 'kpi',
      formula: null,
      unit: null,
      position: 0,
      version: 1,
    },
    {
      id: 31,
      objectiveId: 10,
      code: 'AC1.2',
      name: 'kpi',
      formula: null,
      unit: null,
      position: 1,
      version: 1,
    },
  ],
  actions: [{ id: 40, kpiId: 30, code: 'AC1.1.1', name: 'a', position: 0, version: 1 }],
  links: [{ id: 50, fromObjectiveId: 11, toObjectiveId: 10 }],
} as unknown as PlanDetail;
const index = indexPlan(plan);

describe('what a delete takes with it', () => {
  it('counts an objective’s KSFs, KPIs, action plans and links', () => {
    const c = consequencesOf(plan, index, 'objective', plan.objectives[0] as never);
    expect(c).toEqual({ objectives: 0, ksfs: 1, kpis: 2, actions: 1, links: 1 });
    expect(describeConsequences(zhTW, c)).toBe(
      '將一併刪除：1 項關鍵成功因素、2 項KPI、1 項行動方案、1 條因果關聯。',
    );
  });

  it('counts a theme’s objectives and, for a KPI, its action plans', () => {
    expect(consequencesOf(plan, index, 'theme', plan.themes[0] as never).objectives).toBe(2);
    expect(consequencesOf(plan, index, 'kpi', plan.kpis[1] as never).actions).toBe(0);
    expect(describeConsequences(zhTW, consequencesOf(plan, index, 'action', plan.actions[0] as never))).toBe(
      '不會影響其他項目。',
    );
  });

  it('suggests the next child code', () => {
    expect(nextChildCode('AC1', plan.kpis)).toBe('AC1.3');
    expect(nextChildCode('AP1', [])).toBe('AP1.1');
  });
});
