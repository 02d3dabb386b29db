import { describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../api/types';
import { indexPlan, sortObjectives } from '../plans/model';
import { scorecardRows } from './rows';

function plan(): PlanDetail {
  const o = (id: number, code: string, perspective: 'C' | 'P' | 'L' | 'F') => ({
    id,
    code,
    themeId: 1,
    perspective,
    name: code,
    position: id,
    version: 1,
  });
  return {
    id: 1,
    orgId: 1,
    year: 110,
    title: null,
    status: 'draft',
    issued: null,
    mission: null,
    vision: null,
    coreValues: [],
    perspectiveOrder: ['C', 'P', 'L', 'F'],
    scoring: null,
    version: 1,
    createdAt: '',
    updatedAt: '',
    org: { id: 1, name: 'x', parent: null },
    themes: [{ id: 1, letter: 'A', name: 'A', position: 0, cascadesFrom: null, version: 1 }],
    objectives: [o(3, 'AP1', 'P'), o(1, 'AC1', 'C'), o(2, 'AC2', 'C'), o(4, 'AF1', 'F')],
    ksfs: [{ id: 1, objectiveId: 1, code: 'AC1', name: 'k', position: 0, version: 1 }],
    kpis: [
      {
        id: 11,
        objectiveId: 1,
        code: 'AC1.2',
        name: 'b',
        formula: null,
        note: null,
        unit: null,
        position: 1,
        version: 1,
      },
      {
        id: 10,
        objectiveId: 1,
        code: 'AC1.1',
        name: 'a',
        formula: 'x/y',
        note: null,
        unit: '%',
        position: 0,
        version: 1,
      },
      {
        id: 12,
        objectiveId: 2,
        code: 'AC2.1',
        name: 'c',
        formula: null,
        note: null,
        unit: null,
        position: 2,
        version: 1,
      },
      {
        id: 13,
        objectiveId: 3,
        code: 'AP1.1',
        name: 'd',
        formula: null,
        note: null,
        unit: null,
        position: 3,
        version: 1,
      },
    ],
    actions: [{ id: 1, kpiId: 10, code: 'AC1.1.1', name: 'act', position: 0, version: 1 }],
    links: [],
  };
}

describe('scorecard rows', () => {
  it('gives one row per KPI, spans objectives over their KPIs and perspectives over their runs', () => {
    const p = plan();
    const rows = scorecardRows(sortObjectives(p, p.objectives), indexPlan(p));
    expect(rows.map((r) => r.kpi?.code ?? r.objective.code)).toEqual([
      'AC1.1',
      'AC1.2',
      'AC2.1',
      'AP1.1',
      'AF1',
    ]);
    expect(rows.map((r) => r.objectiveSpan)).toEqual([2, 0, 1, 1, 1]);
    expect(rows.map((r) => r.perspectiveSpan)).toEqual([3, 0, 0, 1, 1]);
    expect(rows[0]?.actions.map((a) => a.code)).toEqual(['AC1.1.1']);
    expect(rows[0]?.ksfs.map((k) => k.code)).toEqual(['AC1']);
  });

  it('follows the plan’s perspective order', () => {
    const p = { ...plan(), perspectiveOrder: ['F', 'C', 'P', 'L'] as PlanDetail['perspectiveOrder'] };
    const rows = scorecardRows(sortObjectives(p, p.objectives), indexPlan(p));
    expect(rows.map((r) => r.objective.code)).toEqual(['AF1', 'AC1', 'AC1', 'AC2', 'AP1']);
  });

  it('has no rows for a theme without objectives', () => {
    const p = plan();
    expect(scorecardRows([], indexPlan(p))).toEqual([]);
  });
});
