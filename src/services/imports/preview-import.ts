import { findPlan } from '../../db/repositories/plan-rows';
import { diffPlans, type PlanChange } from '../../domain/plan-diff';
import type { PlanDocument } from '../../domain/plan-document';
import type { ImportResult } from '../../import';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { findPlanId, getPlanDocument } from '../plans/get-plan';
import { checkPlanSizes } from '../plans/plan-size';
import { requireSignedIn } from '../shared/authorize';
import { canReadPlan } from '../shared/plan-access';
import { type DocumentHints, readDocument } from './read-document';

/** A plan of the document that is already stored, and what importing it with replace would change. */
export interface ExistingPlan {
  org: string;
  year: number;
  planId: number;
  changes: PlanChange[];
}

export interface ImportPreview extends ImportResult {
  existing: ExistingPlan[];
}

/**
 * The first step of importing from the web app: read an uploaded document and say what storing
 * it would do, writing nothing. Confirming sends the previewed plan documents to the plan import.
 */
export async function previewImport(
  ctx: ServiceContext,
  bytes: Uint8Array,
  fileName: string,
  hints: DocumentHints = {},
): Promise<ImportPreview> {
  requireSignedIn(ctx);
  const result = await readDocument(bytes, fileName, hints);
  checkPlanSizes(result.plans);
  return { ...result, existing: await findExistingPlans(ctx, result.plans) };
}

/**
 * The stored counterparts of plan documents, compared the way a replace-import compares them.
 * A stored plan the caller may not read is left out, exactly as if it did not exist: the preview
 * must not tell an outsider that an agency has a draft (storing it needs editor rights anyway).
 */
export async function findExistingPlans(ctx: ServiceContext, docs: PlanDocument[]): Promise<ExistingPlan[]> {
  const existing: ExistingPlan[] = [];
  for (const doc of docs) {
    const planId = await storedPlanId(ctx, doc.org.name, doc.year);
    if (planId === null) continue;
    const stored = await findPlan(ctx.db, planId);
    if (!stored || !(await canReadPlan(ctx.db, ctx, stored))) continue;
    const before = await getPlanDocument(ctx, planId);
    // Organisation and status are not the document's to change; the import keeps the stored ones.
    const changes = diffPlans(before, { ...doc, org: before.org, status: before.status });
    existing.push({ org: before.org.name, year: doc.year, planId, changes });
  }
  return existing;
}

async function storedPlanId(ctx: ServiceContext, org: string, year: number): Promise<number | null> {
  try {
    return await findPlanId(ctx, org, year);
  } catch (error) {
    // A new organisation or a new year: the import would create it, which is not an error here.
    if (error instanceof AppError && error.kind === 'not_found') return null;
    throw error;
  }
}
