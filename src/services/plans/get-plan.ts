import { and, eq } from 'drizzle-orm';
import { findOrgByName } from '../../db/repositories/organizations';
import { planDocumentOfRows } from '../../db/repositories/plan-document';
import { loadPlanRows, type PlanRow, type PlanRows } from '../../db/repositories/plan-rows';
import { plans } from '../../db/schema';
import type { PlanDocument } from '../../domain/plan-document';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { requireDirectoryAccess } from '../shared/directory-access';
import { ensureReadable, requireReadablePlan } from '../shared/plan-access';
import { currentGeneration, GenerationCache } from '../shared/read-cache';

/** A stored plan with every element, ids and versions included (for editing). */
export async function getPlan(ctx: ServiceContext, planId: number): Promise<PlanRows> {
  const plan = await requireReadablePlan(ctx.db, ctx, planId);
  return loadPlanRows(ctx.db, plan);
}

/** A stored plan as a `stratmap.plan/1` document. */
export async function getPlanDocument(ctx: ServiceContext, planId: number): Promise<PlanDocument> {
  // A copy: the cached document is shared by every request.
  return structuredClone((await cachedPlanDocument(ctx, planId)).doc);
}

/** The same document already serialised, for the API's most frequent read. */
export async function getPlanDocumentJson(ctx: ServiceContext, planId: number): Promise<string> {
  return (await cachedPlanDocument(ctx, planId)).json;
}

interface CachedDocument {
  plan: PlanRow;
  doc: PlanDocument;
  json: string;
}

/** One cache per database (tests open many in one process). */
const documentCaches = new WeakMap<object, GenerationCache<number, CachedDocument>>();

/**
 * Loading a whole plan costs a dozen queries; serving it from the cache costs one (the change
 * generation) plus the read check, which is always made for the caller at hand.
 */
async function cachedPlanDocument(ctx: ServiceContext, planId: number): Promise<CachedDocument> {
  let cache = documentCaches.get(ctx.db);
  if (!cache) {
    cache = new GenerationCache(500);
    documentCaches.set(ctx.db, cache);
  }
  const generation = ctx.generation ?? (await currentGeneration(ctx.db));
  const hit = cache.get(planId, generation);
  if (hit) {
    await ensureReadable(ctx.db, ctx, planId, hit.plan);
    return hit;
  }
  const rows = await getPlan(ctx, planId);
  const doc = planDocumentOfRows(rows);
  const entry = { plan: rows.plan, doc, json: JSON.stringify(doc) };
  cache.set(planId, generation, entry);
  return entry;
}

/** Finds the plan of an organisation (by name) and ROC year. */
export async function findPlanId(ctx: ServiceContext, orgName: string, year: number): Promise<number> {
  await requireDirectoryAccess(ctx);
  const org = await findOrgByName(ctx.db, orgName);
  if (!org) throw notFound(`organisation "${orgName}"`);
  const [row] = await ctx.db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.orgId, org.id), eq(plans.year, year)));
  if (!row) throw notFound(`a plan of ${org.name} for year ${year}`);
  return row.id;
}
