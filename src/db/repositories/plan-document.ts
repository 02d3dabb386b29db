import { eq } from 'drizzle-orm';
import type { Perspective } from '../../domain/codes';
import { PLAN_FORMAT, type PlanDocument, type PlanStatus } from '../../domain/plan-document';
import { insertInBatches, insertReturningInBatches } from '../batch-insert';
import type { Tx } from '../client';
import {
  actions,
  kpiActuals,
  kpis,
  kpiTargets,
  ksfs,
  links,
  objectives,
  themeMembers,
  themes,
} from '../schema';
import { insertPlanResults, kpiScoringColumns, kpiScoringFields, resultsOfRows } from './plan-results';
import type { PlanRows } from './plan-rows';

/** The stored plan as a `stratmap.plan/1` document (what export writes and import reads). */
export function planDocumentOfRows(rows: PlanRows): PlanDocument {
  const themeLetter = new Map(rows.themes.map((t) => [t.id, t.letter]));
  const objectiveCode = new Map(rows.objectives.map((o) => [o.id, o.code]));
  const kpiCode = new Map(rows.kpis.map((k) => [k.id, k.code]));
  const doc: PlanDocument = {
    format: PLAN_FORMAT,
    org: { name: rows.org.name, parent: rows.org.parentName },
    year: rows.plan.year,
    title: rows.plan.title,
    issued: rows.plan.issuedOn,
    status: rows.plan.status as PlanStatus,
    mission: rows.plan.mission,
    vision: rows.plan.vision,
    coreValues: rows.plan.coreValues,
    perspectiveOrder: rows.plan.perspectiveOrder as Perspective[],
    themes: rows.themes.map((t) => {
      const lead = t.members.find((m) => m.role === 'lead');
      const members = t.members.filter((m) => m.role === 'member').map((m) => m.orgName);
      return {
        letter: t.letter,
        name: t.name,
        cascadesFrom:
          t.cascadesFromOrgName && t.cascadesFromLetter
            ? { org: t.cascadesFromOrgName, letter: t.cascadesFromLetter, year: t.cascadesFromYear }
            : null,
        lead: lead?.orgName ?? null,
        members,
        ...(t.weight !== 1 ? { weight: t.weight } : {}),
      };
    }),
    objectives: rows.objectives.map((o) => ({
      code: o.code,
      theme: o.themeId === null ? null : (themeLetter.get(o.themeId) ?? null),
      perspective: o.perspective as Perspective,
      name: o.name,
      ...(o.weight !== 1 ? { weight: o.weight } : {}),
    })),
    ksfs: rows.ksfs.map((k) => ({
      code: k.code,
      objective: objectiveCode.get(k.objectiveId) ?? '',
      name: k.name,
    })),
    kpis: rows.kpis.map((k) => ({
      code: k.code,
      objective: objectiveCode.get(k.objectiveId) ?? '',
      name: k.name,
      formula: k.formula,
      unit: k.unit,
      ...(k.note !== null ? { note: k.note } : {}),
      ...kpiScoringFields(k),
    })),
    actions: rows.actions.map((a) => ({ code: a.code, kpi: kpiCode.get(a.kpiId) ?? '', name: a.name })),
    links: rows.links.map((l) => ({
      from: objectiveCode.get(l.fromObjectiveId) ?? '',
      to: objectiveCode.get(l.toObjectiveId) ?? '',
    })),
    ...resultsOfRows(rows),
  };
  return doc;
}

/**
 * Inserts every element of a document, its targets and actuals included, into an (empty) plan.
 * The document must have passed `checkPlanIntegrity`; organisation names of cascades are
 * resolved by the caller. `actor` is recorded as the reporter of the actuals.
 */
export async function insertPlanElements(
  tx: Tx,
  planId: number,
  doc: PlanDocument,
  cascadeOrgId: (name: string) => number,
  actor: string,
): Promise<void> {
  const themeIds = idsByKey(
    await insertReturningInBatches(
      tx,
      themes,
      doc.themes.map((t, position) => ({
        planId,
        letter: t.letter,
        name: t.name,
        position,
        cascadesFromOrgId: t.cascadesFrom ? cascadeOrgId(t.cascadesFrom.org) : null,
        cascadesFromLetter: t.cascadesFrom?.letter ?? null,
        cascadesFromYear: t.cascadesFrom?.year ?? null,
        weight: t.weight ?? 1,
      })),
      { id: themes.id, key: themes.letter },
    ),
  );
  await insertInBatches(
    tx,
    themeMembers,
    doc.themes.flatMap((t) => {
      const members = [
        ...(t.lead ? [{ orgName: t.lead, role: 'lead' }] : []),
        ...(t.members ?? []).filter((m) => m !== t.lead).map((m) => ({ orgName: m, role: 'member' })),
      ];
      const seen = new Set<string>();
      const unique = members.filter((m) => !seen.has(m.orgName) && seen.add(m.orgName));
      const themeId = themeIds.get(t.letter) as number;
      return unique.map((m, position) => ({ themeId, ...m, position }));
    }),
  );

  const objectiveIds = await insertReturningIds(
    tx,
    objectives,
    doc.objectives.map((o, position) => ({
      planId,
      themeId: o.theme === null ? null : (themeIds.get(o.theme) ?? null),
      code: o.code,
      perspective: o.perspective,
      name: o.name,
      weight: o.weight ?? 1,
      position,
    })),
  );
  const objectiveId = (code: string) => objectiveIds.get(code) as number;

  await insertInBatches(
    tx,
    ksfs,
    doc.ksfs.map((k, position) => ({
      planId,
      objectiveId: objectiveId(k.objective),
      code: k.code ?? null,
      name: k.name,
      position,
    })),
  );
  const kpiIds = await insertReturningIds(
    tx,
    kpis,
    doc.kpis.map((k, position) => ({
      planId,
      objectiveId: objectiveId(k.objective),
      code: k.code,
      name: k.name,
      formula: k.formula ?? null,
      note: k.note ?? null,
      unit: k.unit ?? null,
      ...kpiScoringColumns(k),
      position,
    })),
  );
  await insertInBatches(
    tx,
    actions,
    doc.actions.map((a, position) => ({
      planId,
      kpiId: kpiIds.get(a.kpi) as number,
      code: a.code,
      name: a.name,
      position,
    })),
  );
  await insertInBatches(
    tx,
    links,
    doc.links.map((l) => ({
      planId,
      fromObjectiveId: objectiveId(l.from),
      toObjectiveId: objectiveId(l.to),
    })),
  );
  await insertPlanResults(tx, planId, doc, kpiIds, actor);
}

async function insertReturningIds(
  tx: Tx,
  table: typeof objectives | typeof kpis,
  values: (typeof objectives.$inferInsert | typeof kpis.$inferInsert)[],
): Promise<Map<string, number>> {
  return idsByKey(
    await insertReturningInBatches(
      tx,
      table as typeof objectives,
      values as (typeof objectives.$inferInsert)[],
      {
        id: table.id,
        key: table.code,
      },
    ),
  );
}

function idsByKey(rows: { id: unknown; key: unknown }[]): Map<string, number> {
  return new Map(rows.map((r) => [r.key as string, r.id as number]));
}

/** Removes every element of a plan (the plan row stays), e.g. before a replace. */
export async function deletePlanElements(tx: Tx, planId: number): Promise<void> {
  // Children first: links and KPIs reference objectives, actions and results reference KPIs.
  await tx.delete(kpiActuals).where(eq(kpiActuals.planId, planId));
  await tx.delete(kpiTargets).where(eq(kpiTargets.planId, planId));
  await tx.delete(links).where(eq(links.planId, planId));
  await tx.delete(actions).where(eq(actions.planId, planId));
  await tx.delete(kpis).where(eq(kpis.planId, planId));
  await tx.delete(ksfs).where(eq(ksfs.planId, planId));
  await tx.delete(objectives).where(eq(objectives.planId, planId));
  await tx.delete(themes).where(eq(themes.planId, planId));
}
