import { eq } from 'drizzle-orm';
import type { PlanRow } from '../../db/repositories/plan-rows';
import { loadPlansForScoring, type OrgRow } from '../../db/repositories/plans-for-scoring';
import { plans } from '../../db/schema';
import { FREQUENCIES, formatPeriod, parsePeriod, periodContains, periodsOfYear } from '../../domain/periods';
import type { PlanDocument } from '../../domain/plan-document';
import { scoringInputOfPlan } from '../../domain/plan-scoring';
import { type CityOrgInput, type CityScore, scoreCity, scorePlan } from '../../domain/scoring';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireDirectoryAccess } from '../shared/directory-access';
import { planReadFilter } from '../shared/plan-access';
import { currentGeneration, GenerationCache } from '../shared/read-cache';

export interface CityScores {
  year: number;
  period: string;
  city: { orgId: number; org: string; planId: number | null; themes: { letter: string; name: string }[] };
  score: CityScore;
  /** Drill-down ids by organisation name. */
  ids: Map<string, { orgId: number; planId: number }>;
}

/** The organisation at the top of the tree under which most of the year's plans sit. */
function cityOf(orgs: Map<number, OrgRow>, yearPlans: PlanRow[]): OrgRow | undefined {
  const rootOf = (id: number) => {
    let org = orgs.get(id);
    const seen = new Set<number>();
    while (org?.parentId != null && !seen.has(org.id)) {
      seen.add(org.id);
      org = orgs.get(org.parentId);
    }
    return org;
  };
  const counts = new Map<number, number>();
  for (const p of yearPlans) {
    const root = rootOf(p.orgId);
    if (root) counts.set(root.id, (counts.get(root.id) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? orgs.get(best[0]) : [...orgs.values()].find((o) => o.parentId === null);
}

/**
 * Every organisation's plan of a year scored for a period and rolled up to the city (heatmap rows
 * by organisation × city theme). The roll-up is computed as if the plans the caller may not read
 * did not exist: they add no score, no row, no theme, no threshold and no cascade step (an agency
 * whose cascade runs through a hidden plan reaches no city theme), so a draft leaks nothing —
 * not even through which organisation counts as the city or which letters it has.
 */
export async function getCityScores(
  ctx: ServiceContext,
  year: number,
  periodText?: string,
): Promise<CityScores> {
  await requireDirectoryAccess(ctx);
  // Scoring a whole city reads every plan of the year; the answer stays valid until the next
  // audited change, and depends on the caller only through what they may read (their roles).
  let cache = cityCaches.get(ctx.db);
  if (!cache) {
    cache = new GenerationCache(50);
    cityCaches.set(ctx.db, cache);
  }
  const generation = ctx.generation ?? (await currentGeneration(ctx.db));
  const key = JSON.stringify([year, periodText ?? null, ctx.principal.kind, ctx.principal.grants]);
  const hit = cache.get(key, generation);
  if (hit) return hit;
  const computed = await computeCityScores(ctx, year, periodText);
  cache.set(key, generation, computed);
  return computed;
}

const cityCaches = new WeakMap<object, GenerationCache<string, CityScores>>();

async function computeCityScores(
  ctx: ServiceContext,
  year: number,
  periodText?: string,
): Promise<CityScores> {
  const r = parsePeriod(periodText ?? String(year));
  if (!r.ok || r.period.year !== year) {
    const message = r.ok ? `period ${periodText} is not in year ${year}` : r.error.en;
    throw new AppError('validation', message, [{ path: 'period', message }]);
  }
  const period = formatPeriod(r.period);
  const readable = await planReadFilter(ctx.db, ctx);
  const yearPlans = (await ctx.db.select().from(plans).where(eq(plans.year, year))).filter(readable);
  const inside = FREQUENCIES.flatMap((f) => periodsOfYear(year, f))
    .filter((p) => periodContains(r.period, p))
    .map(formatPeriod);
  const loaded = await loadPlansForScoring(ctx.db, yearPlans, { actualPeriods: inside });
  const city = cityOf(loaded.orgs, yearPlans);
  if (!city) throw new AppError('not_found', 'there are no organisations yet');
  const cityPlan = yearPlans.find((p) => p.orgId === city.id);
  const cityDoc = cityPlan ? loaded.documents.get(cityPlan.id) : undefined;
  const cityThemes = cityDoc
    ? cityDoc.themes.map((t) => ({ letter: t.letter, name: t.name }))
    : lettersCascadedFrom(city.name, [...loaded.documents.values()]);

  const ids = new Map<string, { orgId: number; planId: number }>();
  const orgs: CityOrgInput[] = yearPlans.map((p) => {
    const doc = loaded.documents.get(p.id);
    const name = loaded.orgs.get(p.orgId)?.name ?? '';
    if (doc) ids.set(name, { orgId: p.orgId, planId: p.id });
    return {
      org: name,
      themes: (doc?.themes ?? []).map((t) => ({
        letter: t.letter,
        weight: t.weight ?? null,
        cascadesFrom: t.cascadesFrom ? { org: t.cascadesFrom.org, letter: t.cascadesFrom.letter } : null,
      })),
      score: doc ? scorePlan(scoringInputOfPlan(doc), period) : null,
    };
  });
  const { perspectiveWeights: _w, ...settings } = cityDoc?.scoring ?? {};
  const score = scoreCity({
    city: { org: city.name, themes: cityThemes },
    orgs,
    // The city's own plan states the thresholds and roll-up its overview is judged by.
    settings,
  });
  return {
    year,
    period,
    city: { orgId: city.id, org: city.name, planId: cityPlan?.id ?? null, themes: cityThemes },
    score,
    ids,
  };
}

/** Without a city plan for the year, the city's themes are the letters agencies cascade from. */
function lettersCascadedFrom(city: string, docs: PlanDocument[]): { letter: string; name: string }[] {
  const letters = new Set<string>();
  for (const d of docs) {
    for (const t of d.themes) if (t.cascadesFrom?.org === city) letters.add(t.cascadesFrom.letter);
  }
  return [...letters].sort().map((letter) => ({ letter, name: letter }));
}
