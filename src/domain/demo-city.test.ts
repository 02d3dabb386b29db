import { describe, expect, it } from 'vitest';
import { DEMO_CITY, demoCityYear, demoCityYears } from './demo-city';
import { currentRocYear } from './demo-city-year';
import { PlanDocumentSchema } from './plan-document';
import { checkPlanIntegrity } from './plan-integrity';

const options = { orgs: 60, years: 3, seed: 1, lastYear: 115 };

describe('demo city', () => {
  it('is deterministic: the same options give the same plans, another seed other plans', () => {
    expect(demoCityYear(options, 114)).toEqual(demoCityYear(options, 114));
    expect(demoCityYear({ ...options, seed: 2 }, 114)).not.toEqual(demoCityYear(options, 114));
  });

  it('makes valid plans shaped like a city: hierarchy, cascades, ~25 objectives, ~30 KPIs, quarterly actuals', () => {
    const plans = demoCityYear(options, 115).map((p) => PlanDocumentSchema.parse(p));
    expect(plans).toHaveLength(60);
    expect(plans[0]?.org).toEqual({ name: DEMO_CITY, parent: null });
    const names = new Set(plans.map((p) => p.org.name));
    for (const p of plans) {
      expect(checkPlanIntegrity(p), p.org.name).toEqual([]);
      if (p.org.parent) expect(names.has(p.org.parent)).toBe(true);
      expect(p.objectives.length).toBeGreaterThanOrEqual(16);
      expect(p.objectives.length).toBeLessThanOrEqual(p.themes.length * 8);
      expect(p.actuals?.length).toBe((p.kpis.length ?? 0) * 4);
    }
    const agency = plans.find((p) => p.org.name.startsWith('示範市立')) ?? plans[1];
    expect(agency?.themes.every((t) => t.cascadesFrom?.org === agency.org.parent)).toBe(true);
    expect(plans.filter((p) => p.org.parent === DEMO_CITY).length).toBe(8);
  });

  it('spans the requested years, approved except the current one', () => {
    expect(demoCityYears(options)).toEqual([113, 114, 115]);
    expect(demoCityYear(options, 113)[0]?.status).toBe('approved');
    expect(demoCityYear(options, 115)[0]?.status).toBe('draft');
    expect(currentRocYear(new Date('2026-11-23T00:00:00Z'))).toBe(115);
  });
});
