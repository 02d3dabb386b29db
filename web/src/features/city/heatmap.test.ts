import { describe, expect, it } from 'vitest';
import type { OrganizationSummary } from '../../../../src/services/organizations/list-organizations.contract';
import { type CityScores, compareScores, filterRows, heatCells, heatRows, toPercent } from './heatmap';

const org = (id: number, name: string, parentId: number | null): OrganizationSummary => ({
  id,
  name,
  parentId,
  version: 1,
  plans: [],
});
const orgs = [
  org(1, '示範市政府', null),
  org(2, '示範市政府教育局', 1),
  org(3, '示範市政府社會局', 1),
  org(4, '示範市立第1圖書館', 2),
];
const row = (
  orgId: number | null,
  name: string,
  achievement: number | null,
  byTheme: Record<string, number | null>,
) => ({
  org: name,
  orgId,
  planId: orgId === null ? null : orgId * 10,
  achievement,
  light: achievement === null ? ('none' as const) : ('green' as const),
  counted: 1,
  byTheme,
});
const scores: CityScores = {
  year: 110,
  period: '110Q1',
  city: {
    orgId: 1,
    org: '示範市政府',
    planId: 10,
    themes: [
      { letter: 'A', name: '營造永續環境' },
      { letter: 'B', name: '健全都市發展' },
    ],
  },
  plan: { achievement: 0.9, light: 'yellow', counted: 3 },
  themes: [],
  // The API lists organisations in the order their plans were stored, not in the tree's.
  orgs: [
    row(4, '示範市立第1圖書館', 0.7, { A: 0.7, B: null }),
    row(3, '示範市政府社會局', 1.05, { A: 1.05, B: 0.85 }),
    row(1, '示範市政府', null, { A: null, B: null }),
    row(2, '示範市政府教育局', 0.8, { A: 0.8, B: 1 }),
  ],
  thresholds: { green: 1, yellow: 0.8 },
};
const { thresholds } = scores;

describe('city heatmap rows', () => {
  it('follows the organisation tree: the city, each bureau and then its agencies', () => {
    const rows = heatRows(scores, orgs, thresholds);
    // Siblings in the tree's order (by name, 社 before 教 by strokes).
    expect(rows.map((r) => r.org)).toEqual([
      '示範市政府',
      '示範市政府社會局',
      '示範市政府教育局',
      '示範市立第1圖書館',
    ]);
    expect(rows.map((r) => r.depth)).toEqual([0, 1, 1, 2]);
    expect(rows.map((r) => r.order)).toEqual([0, 1, 2, 3]);
    expect(rows[2]?.planId).toBe(20);
  });

  it("lights each theme cell by the city's thresholds, exactly on a threshold included", () => {
    const rows = heatRows(scores, orgs, thresholds);
    const bureau = rows[2];
    expect(bureau?.themes.A).toEqual({ achievement: 0.8, light: 'yellow' });
    expect(bureau?.themes.B).toEqual({ achievement: 1, light: 'green' });
    expect(rows[3]?.themes.A?.light).toBe('red');
    expect(rows[3]?.themes.B).toEqual({ achievement: null, light: 'none' });
  });

  it('leaves N/A cells out of the matrix instead of drawing a zero', () => {
    const rows = heatRows(scores, orgs, thresholds);
    const cells = heatCells(rows, ['A', 'B']);
    // The city row (y 0) has no data at all; the library (y 3) lacks B.
    expect(cells.filter((c) => c.y === 0)).toEqual([]);
    expect(cells.filter((c) => c.y === 3).map((c) => c.x)).toEqual([0, 1]);
    expect(cells).toContainEqual({ x: 2, y: 1, percent: 85, light: 'yellow' });
    expect(cells).toHaveLength(8);
  });

  it('puts organisations the tree does not know after the others', () => {
    const extra = { ...scores, orgs: [...scores.orgs, row(null, '甲機關', 0.5, { A: 0.5, B: null })] };
    const rows = heatRows(extra, orgs, thresholds);
    expect(rows[rows.length - 1]?.org).toBe('甲機關');
    expect(rows[rows.length - 1]?.key).toBe('name:甲機關');
  });

  it('filters by name with 台/臺 and width folded', () => {
    const rows = heatRows(scores, orgs, thresholds);
    expect(filterRows(rows, '教育').map((r) => r.org)).toEqual(['示範市政府教育局']);
    expect(filterRows(rows, '').length).toBe(4);
  });
});

describe('score sorting', () => {
  it('keeps N/A last whichever way the column is sorted', () => {
    const values = [0.5, null, 1.2, 0.9];
    const asc = [...values].sort((a, b) => compareScores(a, b, 'ascend'));
    expect(asc).toEqual([0.5, 0.9, 1.2, null]);
    // The table reverses the comparator for a descending sort.
    const desc = [...values].sort((a, b) => -compareScores(a, b, 'descend'));
    expect(desc).toEqual([1.2, 0.9, 0.5, null]);
  });

  it('shows per cent with one decimal', () => {
    expect(toPercent(0.85666)).toBe(85.7);
    expect(toPercent(1.2)).toBe(120);
  });
});
