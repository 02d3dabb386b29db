import { describe, expect, it } from 'vitest';
import { type CityOrgInput, scoreCity } from './score-city';
import type { PlanScore } from './types';

/** A plan score with only what the city roll-up reads: the plan and its theme scores. */
function score(plan: number | null, themes: Record<string, number | null>): PlanScore {
  const group = (achievement: number | null) => ({ achievement, light: 'none' as const, counted: 1 });
  return {
    period: '110Q1',
    settings: {
      thresholds: { green: 1, yellow: 0.8 },
      cap: 1.2,
      rollup: 'weighted',
      planFrom: 'perspectives',
    },
    kpis: [],
    objectives: [],
    perspectives: [],
    themes: Object.entries(themes).map(([letter, a]) => ({ letter, ...group(a) })),
    plan: group(plan),
  };
}

const city = { org: '臺北市政府', themes: [{ letter: 'G' }, { letter: 'H' }] };
const orgs: CityOrgInput[] = [
  { org: '臺北市政府', themes: [{ letter: 'G' }, { letter: 'H' }], score: score(0.9, { G: 0.9, H: null }) },
  {
    org: '臺北市政府教育局',
    themes: [
      { letter: 'A', cascadesFrom: { org: '臺北市政府', letter: 'G' } },
      { letter: 'H', cascadesFrom: { org: '台北市政府', letter: 'H' } },
      { letter: 'Z' },
    ],
    score: score(0.8, { A: 0.6, H: 1, Z: 0.1 }),
  },
  {
    org: '臺北市立圖書館',
    themes: [
      { letter: 'A', cascadesFrom: { org: '臺北市政府教育局', letter: 'H' } },
      { letter: 'B', cascadesFrom: { org: '臺北市政府教育局', letter: 'H' }, weight: 3 },
    ],
    score: score(0.7, { A: 0.4, B: 0.8 }),
  },
];

describe('scoreCity', () => {
  const r = scoreCity({ city, orgs });

  it('averages the organisations for the city score', () => {
    expect(r.plan.achievement).toBeCloseTo(0.8, 9);
    expect(r.plan).toMatchObject({ light: 'yellow', counted: 3 });
  });

  it('follows cascades through bureaus, counting each organisation once per city theme', () => {
    const lib = r.orgs.find((o) => o.org === '臺北市立圖書館');
    // Library A and B both serve city H via 教育局 H: (0.4 + 3 × 0.8) / 4.
    expect(lib?.byTheme).toEqual({ G: null, H: 0.7 });
    expect(r.orgs[1]?.byTheme).toEqual({ G: 0.6, H: 1 });
    const g = r.themes.find((t) => t.letter === 'G');
    expect(g?.achievement).toBe(0.75);
    expect(g?.contributors.map((c) => c.org)).toEqual(['臺北市政府', '臺北市政府教育局']);
    const h = r.themes.find((t) => t.letter === 'H');
    expect(h?.achievement).toBe(0.85);
    expect(h?.counted).toBe(2);
  });

  it('weights organisations and can take the worst one', () => {
    const weighted = scoreCity({ city, orgs: orgs.map((o, i) => ({ ...o, weight: i === 0 ? 2 : 1 })) });
    expect(weighted.plan.achievement).toBeCloseTo(0.825, 9);
    expect(scoreCity({ city, orgs, settings: { rollup: 'worst' } }).plan.achievement).toBe(0.7);
  });

  it('follows a cascade through an organisation that is listed without a score', () => {
    const r2 = scoreCity({
      city,
      orgs: [{ ...orgs[1], score: null } as CityOrgInput, orgs[2] as CityOrgInput],
    });
    expect(r2.orgs.map((o) => o.org)).toEqual(['臺北市立圖書館']);
    expect(r2.themes.find((t) => t.letter === 'H')?.achievement).toBe(0.7);
  });

  it('stops at cascades that loop or never reach the city', () => {
    const loop: CityOrgInput[] = [
      {
        org: 'X',
        themes: [{ letter: 'A', cascadesFrom: { org: 'Y', letter: 'A' } }],
        score: score(1, { A: 1 }),
      },
      {
        org: 'Y',
        themes: [{ letter: 'A', cascadesFrom: { org: 'X', letter: 'A' } }],
        score: score(1, { A: 1 }),
      },
    ];
    const r2 = scoreCity({ city, orgs: loop });
    expect(r2.themes.every((t) => t.achievement === null)).toBe(true);
    expect(r2.plan.achievement).toBe(1);
  });
});
