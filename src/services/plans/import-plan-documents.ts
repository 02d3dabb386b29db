import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { findOrgByName, type OrganizationRow } from '../../db/repositories/organizations';
import {
  deletePlanElements,
  insertPlanElements,
  planDocumentOfRows,
} from '../../db/repositories/plan-document';
import { loadPlanRows, type PlanRow } from '../../db/repositories/plan-rows';
import { organizations, plans } from '../../db/schema';
import { cleanOrgName, orgNameKey } from '../../domain/org-names';
import { diffPlans, type PlanChange } from '../../domain/plan-diff';
import type { PlanDocument } from '../../domain/plan-document';
import { checkPlanIntegrity } from '../../domain/plan-integrity';
import type { ServiceContext } from '../context';
import { AppError, type FieldIssue, formatPath } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize, requireSignedIn } from '../shared/authorize';
import { inTransaction } from '../shared/transaction';
import { checkPlanSizes } from './plan-size';

export interface ImportOptions {
  /** Replace plans that already exist for the same organisation and year. */
  replace?: boolean;
  /** Check and report everything, then roll back. */
  dryRun?: boolean;
}

export interface PlanImportOutcome {
  org: string;
  year: number;
  action: 'created' | 'replaced' | 'unchanged';
  planId: number | null;
  /** Organisations that did not exist and were (or would be) created. */
  createdOrgs: string[];
  /** For an existing plan: what the document changes. */
  changes: PlanChange[];
}

class DryRunRollback extends Error {}

/**
 * Stores plan documents, all or nothing. Organisations are created on the way when their parent
 * is known (already stored, or in the same batch); an organisation-year that already has a plan
 * is refused unless `replace` is set, and the refusal says what would change.
 */
export async function importPlanDocuments(
  ctx: ServiceContext,
  docs: PlanDocument[],
  options: ImportOptions = {},
): Promise<PlanImportOutcome[]> {
  checkBatch(docs);
  let outcomes: PlanImportOutcome[] = [];
  try {
    await inTransaction(ctx, async (tx) => {
      outcomes = await importInTransaction(tx, ctx, docs, options);
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return outcomes;
}

function checkBatch(docs: PlanDocument[]): void {
  checkPlanSizes(docs);
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  docs.forEach((doc, i) => {
    const prefix = docs.length > 1 ? ['plans', i] : [];
    for (const p of checkPlanIntegrity(doc))
      issues.push({ path: formatPath([...prefix, ...p.path]), message: p.message });
    const key = `${orgNameKey(doc.org.name)}/${doc.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        path: formatPath([...prefix, 'org']),
        message: `${doc.org.name} ${doc.year} appears twice in this import (also plan ${earlier + 1})`,
      });
    }
    seen.set(key, i);
  });
  if (issues.length > 0) {
    throw new AppError(
      'validation',
      `the plan document has ${issues.length} problem(s); nothing was stored`,
      issues,
    );
  }
}

async function importInTransaction(
  tx: Tx,
  ctx: ServiceContext,
  docs: PlanDocument[],
  options: ImportOptions,
): Promise<PlanImportOutcome[]> {
  requireSignedIn(ctx);
  const actor = ctx.actor;
  const orgs = new OrgResolver(tx, ctx, docs);
  const outcomes: PlanImportOutcome[] = [];
  const conflicts: { org: string; year: number; changes: PlanChange[] }[] = [];
  for (const doc of docs) {
    const { org, created } = await orgs.resolve(doc.org.name, doc.org.parent ?? null);
    await authorize(tx, ctx, 'plan.write', org.id, org.name);
    const cascadeIds = new Map<string, number>();
    for (const t of doc.themes) {
      if (t.cascadesFrom)
        cascadeIds.set(t.cascadesFrom.org, (await orgs.resolve(t.cascadesFrom.org, null)).org.id);
    }
    const cascadeOrgId = (name: string) => cascadeIds.get(name) as number;
    const [existing] = await tx
      .select()
      .from(plans)
      .where(and(eq(plans.orgId, org.id), eq(plans.year, doc.year)))
      .for('update');
    if (!existing) {
      const planId = await storeNewPlan(tx, actor, org.id, doc, cascadeOrgId);
      outcomes.push({
        org: org.name,
        year: doc.year,
        action: 'created',
        planId,
        createdOrgs: created,
        changes: [],
      });
      continue;
    }
    const before = planDocumentOfRows(await loadPlanRows(tx, existing));
    const incoming = withKeptResults(doc, before);
    const changes = diffPlans(before, { ...incoming, org: before.org, status: before.status });
    if (changes.length === 0) {
      outcomes.push({
        org: org.name,
        year: doc.year,
        action: 'unchanged',
        planId: existing.id,
        createdOrgs: created,
        changes,
      });
      continue;
    }
    if (!options.replace) {
      conflicts.push({ org: org.name, year: doc.year, changes });
      continue;
    }
    await replacePlan(tx, actor, existing, before, incoming, cascadeOrgId);
    outcomes.push({
      org: org.name,
      year: doc.year,
      action: 'replaced',
      planId: existing.id,
      createdOrgs: created,
      changes,
    });
  }
  if (conflicts.length > 0) {
    const list = conflicts.map((c) => `${c.org} ${c.year} (${c.changes.length} change(s))`).join(', ');
    throw new AppError(
      'conflict',
      `a plan already exists for ${list}; import again with replace to overwrite it`,
      [],
      {
        conflicts,
      },
    );
  }
  return outcomes;
}

async function storeNewPlan(
  tx: Tx,
  actor: string,
  orgId: number,
  doc: PlanDocument,
  cascadeOrgId: (name: string) => number,
): Promise<number> {
  const [row] = await tx
    .insert(plans)
    .values({
      orgId,
      year: doc.year,
      title: doc.title ?? null,
      status: doc.status ?? 'draft',
      issuedOn: doc.issued ?? null,
      mission: doc.mission,
      vision: doc.vision,
      coreValues: doc.coreValues,
      perspectiveOrder: doc.perspectiveOrder ?? ['C', 'P', 'L', 'F'],
      scoring: doc.scoring ?? null,
    })
    .returning({ id: plans.id });
  const planId = (row as { id: number }).id;
  await insertPlanElements(tx, planId, doc, cascadeOrgId, actor);
  await writeAudit(tx, actor, {
    action: 'import',
    entity: 'plan',
    entityId: planId,
    orgId,
    planId,
    after: doc,
  });
  return planId;
}

async function replacePlan(
  tx: Tx,
  actor: string,
  existing: PlanRow,
  before: PlanDocument,
  doc: PlanDocument,
  cascadeOrgId: (name: string) => number,
): Promise<void> {
  if (existing.status === 'approved' || existing.status === 'archived') {
    throw new AppError(
      'conflict',
      `the ${existing.year} plan is ${existing.status} and read-only; it must be reopened before it can be replaced`,
    );
  }
  await deletePlanElements(tx, existing.id);
  await tx
    .update(plans)
    .set({
      title: doc.title ?? null,
      issuedOn: doc.issued ?? null,
      mission: doc.mission,
      vision: doc.vision,
      coreValues: doc.coreValues,
      perspectiveOrder: doc.perspectiveOrder ?? existing.perspectiveOrder,
      scoring: doc.scoring ?? null,
      version: existing.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(plans.id, existing.id));
  await insertPlanElements(tx, existing.id, doc, cascadeOrgId, actor);
  await writeAudit(tx, actor, {
    action: 'import.replace',
    entity: 'plan',
    entityId: existing.id,
    orgId: existing.orgId,
    planId: existing.id,
    before,
    after: doc,
  });
}

/**
 * A document that says nothing about results (one read from a Word file, say) must not wipe the
 * targets and actuals already entered: they stay for the KPIs it keeps, and so do the settings.
 * A document that carries `targets` or `actuals`, even empty, states them in full.
 */
function withKeptResults(doc: PlanDocument, stored: PlanDocument): PlanDocument {
  const codes = new Set(doc.kpis.map((k) => k.code));
  const out = { ...doc };
  if (doc.scoring === undefined && stored.scoring !== undefined) out.scoring = stored.scoring;
  if (doc.targets === undefined && stored.targets) {
    out.targets = stored.targets.filter((t) => codes.has(t.kpi));
  }
  if (doc.actuals === undefined && stored.actuals) {
    out.actuals = stored.actuals.filter((a) => codes.has(a.kpi));
  }
  return out;
}

/** Finds or creates the organisations a batch names, parents before children. */
class OrgResolver {
  private readonly parentInBatch = new Map<string, string | null>();
  private readonly resolving = new Set<string>();

  private readonly actor: string;

  constructor(
    private readonly tx: Tx,
    private readonly ctx: ServiceContext,
    docs: PlanDocument[],
  ) {
    this.actor = ctx.actor;
    for (const d of docs) {
      const key = orgNameKey(d.org.name);
      if (!this.parentInBatch.get(key)) this.parentInBatch.set(key, d.org.parent ?? null);
    }
  }

  async resolve(
    rawName: string,
    parentName: string | null,
  ): Promise<{ org: OrganizationRow; created: string[] }> {
    const name = cleanOrgName(rawName);
    const existing = await findOrgByName(this.tx, name);
    if (existing) return { org: await this.adoptParent(existing, parentName), created: [] };
    const key = orgNameKey(name);
    const inBatch = this.parentInBatch.has(key);
    if (!inBatch) {
      throw new AppError(
        'validation',
        `unknown organisation "${name}": import its plan in the same batch or create it first`,
        [{ path: 'org', message: `organisation "${name}" is not known` }],
      );
    }
    if (this.resolving.has(key))
      throw new AppError('validation', `organisations ${name} and its parents form a cycle`);
    this.resolving.add(key);
    const parent = parentName ?? this.parentInBatch.get(key) ?? null;
    let parentId: number | null = null;
    const created: string[] = [];
    if (parent) {
      const parentOrg = await findOrgByName(this.tx, parent);
      if (parentOrg) parentId = parentOrg.id;
      else if (this.parentInBatch.has(orgNameKey(parent))) {
        const resolved = await this.resolve(parent, null);
        parentId = resolved.org.id;
        created.push(...resolved.created);
      } else {
        throw new AppError(
          'validation',
          `unknown parent organisation "${parent}" of ${name}: create it first (stratmap orgs add) or import its plan together`,
          [{ path: 'org.parent', message: `organisation "${parent}" is not known` }],
        );
      }
    }
    await authorize(this.tx, this.ctx, 'org.manage', null);
    const [row] = await this.tx.insert(organizations).values({ name, nameKey: key, parentId }).returning();
    const org = row as OrganizationRow;
    await writeAudit(this.tx, this.actor, {
      action: 'create',
      entity: 'organization',
      entityId: org.id,
      orgId: org.id,
      after: org,
    });
    this.resolving.delete(key);
    return { org, created: [...created, name] };
  }

  /** A stored root organisation takes the parent a document gives it; a different parent is an error. */
  private async adoptParent(org: OrganizationRow, parentName: string | null): Promise<OrganizationRow> {
    if (!parentName) return org;
    const parent = await findOrgByName(this.tx, parentName);
    if (parent && org.parentId === parent.id) return org;
    if (org.parentId !== null) {
      throw new AppError(
        'validation',
        `${org.name} is stored under another parent organisation than "${parentName}"; move it first if that is intended`,
        [{ path: 'org.parent', message: 'differs from the stored parent' }],
      );
    }
    await authorize(this.tx, this.ctx, 'org.manage', null);
    const parentOrg = parent ?? (await this.resolve(parentName, null)).org;
    const [row] = await this.tx
      .update(organizations)
      .set({ parentId: parentOrg.id, version: org.version + 1, updatedAt: new Date() })
      .where(eq(organizations.id, org.id))
      .returning();
    await writeAudit(this.tx, this.actor, {
      action: 'update',
      entity: 'organization',
      entityId: org.id,
      orgId: org.id,
      before: org,
      after: row,
    });
    return row as OrganizationRow;
  }
}
