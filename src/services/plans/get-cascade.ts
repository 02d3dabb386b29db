import { and, asc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { findOrgById } from '../../db/repositories/organizations';
import { objectives, organizations, plans, themeMembers, themes } from '../../db/schema';
import {
  buildCascadeTree,
  type CascadeThemeRow,
  type CascadeTreeNode,
  themesUnder,
} from '../../domain/cascade-tree';
import { orgNameKey } from '../../domain/org-names';
import type { ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { requireDirectoryAccess } from '../shared/directory-access';
import { planReadFilter } from '../shared/plan-access';
import { currentGeneration, GenerationCache } from '../shared/read-cache';

export interface CascadeObjective {
  code: string;
  name: string;
  perspective: string;
}

export interface CascadeNode {
  theme: CascadeThemeRow;
  objectives: CascadeObjective[];
  children: CascadeNode[];
}

/** An organisation the theme names as lead (主功) or member (分組成員), and whether it takes the theme up. */
export interface NamedOrg {
  name: string;
  role: 'lead' | 'member';
  orgId: number | null;
  /** Its plan of the same year, when there is one the caller may read. */
  planId: number | null;
  takesUp: boolean;
}

export interface CascadeRoot extends CascadeNode {
  named: NamedOrg[];
}

export interface Cascade {
  org: { id: number; name: string };
  year: number;
  plan: { id: number; status: string; title: string | null };
  /** Years with a plan of this organisation the caller may read, newest first. */
  years: number[];
  themes: CascadeRoot[];
  /** Themes no readable plan takes up. */
  untaken: { letter: string; name: string }[];
}

/**
 * For each theme of an organisation's plan of a year: the themes of every organisation that takes
 * it up (at any depth) with their objectives, and the organisations the theme names. Only plans
 * the caller may read appear; a theme taken up only in plans hidden from the caller shows as not
 * taken up, so that other agencies' drafts do not leak. `year` defaults to the latest readable one.
 */
export async function getCascade(ctx: ServiceContext, orgId: number, year?: number): Promise<Cascade> {
  await requireDirectoryAccess(ctx);
  let cache = cascadeCaches.get(ctx.db);
  if (!cache) {
    cache = new GenerationCache(50);
    cascadeCaches.set(ctx.db, cache);
  }
  const generation = ctx.generation ?? (await currentGeneration(ctx.db));
  // The answer depends on the caller only through what they may read (their roles).
  const key = JSON.stringify([orgId, year ?? null, ctx.principal.kind, ctx.principal.grants]);
  const hit = cache.get(key, generation);
  if (hit) return hit;
  const computed = await computeCascade(ctx, orgId, year);
  cache.set(key, generation, computed);
  return computed;
}

const cascadeCaches = new WeakMap<object, GenerationCache<string, Cascade>>();

const themeColumns = {
  themeId: themes.id,
  letter: themes.letter,
  name: themes.name,
  position: themes.position,
  fromOrgId: themes.cascadesFromOrgId,
  fromLetter: themes.cascadesFromLetter,
  fromYear: themes.cascadesFromYear,
  planId: plans.id,
  year: plans.year,
  status: plans.status,
  orgId: plans.orgId,
  orgName: organizations.name,
};

type ThemeQueryRow = {
  themeId: number;
  letter: string;
  name: string;
  position: number;
  fromOrgId: number | null;
  fromLetter: string | null;
  fromYear: number | null;
  planId: number;
  year: number;
  status: string;
  orgId: number;
  orgName: string;
};

function toThemeRow(r: ThemeQueryRow): CascadeThemeRow {
  const { fromOrgId, fromLetter, fromYear, ...rest } = r;
  return {
    ...rest,
    from:
      fromOrgId !== null && fromLetter !== null
        ? { orgId: fromOrgId, letter: fromLetter, year: fromYear }
        : null,
  };
}

/** Themes with their plan and organisation, in display order. */
async function themesWhere(ctx: ServiceContext, where: SQL | undefined): Promise<CascadeThemeRow[]> {
  const rows = await ctx.db
    .select(themeColumns)
    .from(themes)
    .innerJoin(plans, eq(plans.id, themes.planId))
    .innerJoin(organizations, eq(organizations.id, plans.orgId))
    .where(where)
    .orderBy(asc(themes.position), asc(themes.id));
  return rows.map(toThemeRow);
}

async function computeCascade(ctx: ServiceContext, orgId: number, year?: number): Promise<Cascade> {
  const org = await findOrgById(ctx.db, orgId);
  if (!org) throw notFound(`organisation ${orgId}`);
  const readable = await planReadFilter(ctx.db, ctx);
  const orgPlans = (await ctx.db.select().from(plans).where(eq(plans.orgId, orgId))).filter(readable);
  const years = orgPlans.map((p) => p.year).sort((a, b) => b - a);
  const chosenYear = year ?? years[0];
  const plan = orgPlans.find((p) => p.year === chosenYear);
  if (!plan || chosenYear === undefined) {
    const message =
      year === undefined
        ? `${org.name} has no plan you may read`
        : `${org.name} has no plan for year ${year} that you may read`;
    throw new AppError('not_found', message, [], { years });
  }

  const rootRows = await themesWhere(ctx, eq(themes.planId, plan.id));

  // Breadth-first over organisations: one query per level of the tree, whatever its width.
  const candidates: CascadeThemeRow[] = [];
  const asked = new Set<number>([orgId]);
  let frontier = [orgId];
  while (frontier.length > 0) {
    const level = (
      await themesWhere(
        ctx,
        and(isNotNull(themes.cascadesFromOrgId), inArray(themes.cascadesFromOrgId, frontier)),
      )
    ).filter((t) => readable(t));
    candidates.push(...level);
    frontier = [...new Set(level.map((t) => t.orgId))].filter((id) => !asked.has(id));
    for (const id of frontier) asked.add(id);
  }
  const tree = buildCascadeTree(rootRows, candidates);

  const themeIds = tree.flatMap(themesUnder).map((t) => t.themeId);
  const objectiveRows =
    themeIds.length === 0
      ? []
      : await ctx.db
          .select({
            themeId: objectives.themeId,
            code: objectives.code,
            name: objectives.name,
            perspective: objectives.perspective,
          })
          .from(objectives)
          .where(inArray(objectives.themeId, themeIds))
          .orderBy(asc(objectives.position), asc(objectives.id));
  const objectivesOf = new Map<number, CascadeObjective[]>();
  for (const { themeId, ...o } of objectiveRows) {
    if (themeId === null) continue;
    const list = objectivesOf.get(themeId);
    if (list) list.push(o);
    else objectivesOf.set(themeId, [o]);
  }
  const withObjectives = (node: CascadeTreeNode): CascadeNode => ({
    theme: node.theme,
    objectives: objectivesOf.get(node.theme.themeId) ?? [],
    children: node.children.map(withObjectives),
  });

  const named = await namedOrganisations(ctx, tree, chosenYear, readable);
  return {
    org: { id: org.id, name: org.name },
    year: chosenYear,
    plan: { id: plan.id, status: plan.status, title: plan.title },
    years,
    themes: tree.map((node) => ({ ...withObjectives(node), named: named.get(node.theme.themeId) ?? [] })),
    untaken: tree
      .filter((node) => node.children.length === 0)
      .map(({ theme }) => ({ letter: theme.letter, name: theme.name })),
  };
}

/** The lead and member organisations each root theme names, matched to stored organisations by folded name. */
async function namedOrganisations(
  ctx: ServiceContext,
  tree: CascadeTreeNode[],
  year: number,
  readable: (plan: { orgId: number; status: string }) => boolean,
): Promise<Map<number, NamedOrg[]>> {
  const rootIds = tree.map((n) => n.theme.themeId);
  if (rootIds.length === 0) return new Map();
  const members = await ctx.db
    .select()
    .from(themeMembers)
    .where(inArray(themeMembers.themeId, rootIds))
    .orderBy(asc(themeMembers.position), asc(themeMembers.id));
  if (members.length === 0) return new Map();
  const keys = [...new Set(members.map((m) => orgNameKey(m.orgName)))];
  const orgRows = await ctx.db
    .select({ id: organizations.id, nameKey: organizations.nameKey })
    .from(organizations)
    .where(inArray(organizations.nameKey, keys));
  const orgIdByKey = new Map(orgRows.map((o) => [o.nameKey, o.id]));
  const ids = orgRows.map((o) => o.id);
  const yearPlans =
    ids.length === 0
      ? []
      : (
          await ctx.db
            .select({ id: plans.id, orgId: plans.orgId, status: plans.status })
            .from(plans)
            .where(and(inArray(plans.orgId, ids), eq(plans.year, year)))
        ).filter(readable);
  const planOf = new Map(yearPlans.map((p) => [p.orgId, p.id]));

  const out = new Map<number, NamedOrg[]>();
  for (const node of tree) {
    const takers = new Set(
      themesUnder(node)
        .slice(1)
        .map((t) => t.orgId),
    );
    out.set(
      node.theme.themeId,
      members
        .filter((m) => m.themeId === node.theme.themeId)
        .map((m) => {
          const id = orgIdByKey.get(orgNameKey(m.orgName)) ?? null;
          return {
            name: m.orgName,
            role: m.role === 'lead' ? ('lead' as const) : ('member' as const),
            orgId: id,
            planId: id === null ? null : (planOf.get(id) ?? null),
            takesUp: id !== null && takers.has(id),
          };
        }),
    );
  }
  return out;
}
