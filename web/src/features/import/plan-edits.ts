import { orgNameKey } from '../../../../src/domain/org-names';
import type { PlanDocument } from '../../../../src/domain/plan-document';

/** The parent theme a theme takes up (承接), as a plan document names it. */
export interface CascadePick {
  org: string;
  letter: string;
  /** Always stated: a document's "same year" (none given) is the plan's year as read. */
  year: number;
}

/**
 * What the planner decided about one plan read from the document before it is stored: whether
 * to store it at all, under which organisation and year, and which parent theme each theme takes
 * up. The plan documents sent to the import are the read ones with these applied.
 */
export interface PlanEdit {
  include: boolean;
  org: string;
  /** The organisation's parent: the tree's for a known organisation, the document's otherwise. */
  parent: string | null;
  year: number;
  /** By theme letter; null takes up nothing. */
  cascades: Record<string, CascadePick | null>;
}

export const sameOrg = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && orgNameKey(a) === orgNameKey(b);

/**
 * The parent's map that agencies put on their first slides comes back as a plan of its own. It
 * is there to show what the agency takes up, usually without KPIs: storing it would overwrite
 * the parent's real plan (and an agency's editor may not write it anyway), so it starts left out.
 */
export function isParentContext(plans: PlanDocument[], index: number): boolean {
  const plan = plans[index];
  if (!plan || plans.length < 2) return false;
  return plans.some((other, i) => i !== index && sameOrg(other.org.parent, plan.org.name));
}

export function initialEdits(plans: PlanDocument[]): PlanEdit[] {
  return plans.map((plan, i) => ({
    include: !isParentContext(plans, i),
    org: plan.org.name,
    parent: plan.org.parent ?? null,
    year: plan.year,
    cascades: Object.fromEntries(
      plan.themes.map((t) => [
        t.letter,
        t.cascadesFrom
          ? { org: t.cascadesFrom.org, letter: t.cascadesFrom.letter, year: t.cascadesFrom.year ?? plan.year }
          : null,
      ]),
    ),
  }));
}

/**
 * Another organisation: parent themes picked from the old parent no longer apply and are
 * dropped; those of another organisation (a grandparent, say) stay.
 */
export function withOrg(edit: PlanEdit, org: string, parent: string | null): PlanEdit {
  const parentChanged = !(parent === edit.parent || sameOrg(parent, edit.parent));
  const cascades = Object.fromEntries(
    Object.entries(edit.cascades).map(([letter, pick]) => [
      letter,
      pick && parentChanged && sameOrg(pick.org, edit.parent) ? null : pick,
    ]),
  );
  return { ...edit, org, parent, cascades };
}

/**
 * A stored organisation keeps the parent it has (the import refuses another one): `parentOf`
 * gives it for a known organisation, undefined for one the import would create.
 */
export function withKnownParent(
  edit: PlanEdit,
  parentOf: (org: string) => string | null | undefined,
): PlanEdit {
  const parent = parentOf(edit.org);
  return parent === undefined || parent === edit.parent ? edit : { ...edit, parent };
}

/** Another year: parent themes of the plan's own year move with it. */
export function withYear(edit: PlanEdit, year: number): PlanEdit {
  const cascades = Object.fromEntries(
    Object.entries(edit.cascades).map(([letter, pick]) => [
      letter,
      pick && pick.year === edit.year ? { ...pick, year } : pick,
    ]),
  );
  return { ...edit, year, cascades };
}

export function withCascade(edit: PlanEdit, letter: string, pick: CascadePick | null): PlanEdit {
  return { ...edit, cascades: { ...edit.cascades, [letter]: pick } };
}

/**
 * A title that states the read year ("110年策略地圖", "Strategy Map 2021") states the chosen
 * one instead; any other title is kept as it is.
 */
export function retitle(
  title: string | null | undefined,
  from: number,
  to: number,
): string | null | undefined {
  if (!title || from === to) return title;
  return title
    .replace(new RegExp(`(?<!\\d)${from}(?=\\s*年)`, 'g'), String(to))
    .replace(new RegExp(`(?<!\\d)${from + 1911}(?!\\d)`, 'g'), String(to + 1911));
}

/** One read plan with the planner's decisions applied. */
export function applyEdit(plan: PlanDocument, edit: PlanEdit): PlanDocument {
  return {
    ...plan,
    org: { name: edit.org, parent: edit.parent },
    year: edit.year,
    title: retitle(plan.title, plan.year, edit.year),
    themes: plan.themes.map((t) => {
      const pick = edit.cascades[t.letter] ?? null;
      return { ...t, cascadesFrom: pick ? { org: pick.org, letter: pick.letter, year: pick.year } : null };
    }),
  };
}

/** The plan documents the import will store: the included ones, as edited. */
export function preparedPlans(plans: PlanDocument[], edits: PlanEdit[]): PlanDocument[] {
  return plans.flatMap((plan, i) => {
    const edit = edits[i];
    return edit?.include ? [applyEdit(plan, edit)] : [];
  });
}
