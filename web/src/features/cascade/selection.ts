import type { OrganizationSummary } from '../../../../src/services/organizations/list-organizations.contract';

/**
 * Which organisation and year the cascade page shows: what the address asks for when it names a
 * known organisation, else the city — the top of the tree holding most plans — and its latest year.
 */

function rootOf(org: OrganizationSummary, byId: Map<number, OrganizationSummary>): OrganizationSummary {
  let current = org;
  const seen = new Set<number>();
  while (current.parentId !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = byId.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current;
}

export function defaultOrg(orgs: OrganizationSummary[]): OrganizationSummary | undefined {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const plansUnder = new Map<number, number>();
  for (const o of orgs) {
    const root = rootOf(o, byId);
    plansUnder.set(root.id, (plansUnder.get(root.id) ?? 0) + o.plans.length);
  }
  const best = [...plansUnder].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const root = best ? byId.get(best[0]) : undefined;
  if (root && root.plans.length > 0) return root;
  // A city without a plan of its own: start from the first organisation that has one.
  return orgs.find((o) => o.plans.length > 0) ?? root;
}

export function yearsOf(org: OrganizationSummary | undefined): number[] {
  return [...new Set((org?.plans ?? []).map((p) => p.year))].sort((a, b) => b - a);
}

export interface CascadeSelection {
  org: OrganizationSummary | undefined;
  year: number | undefined;
}

export function resolveSelection(
  orgs: OrganizationSummary[],
  orgParam: string | null,
  yearParam: string | null,
): CascadeSelection {
  const asked = orgParam === null ? undefined : orgs.find((o) => String(o.id) === orgParam);
  const org = asked ?? defaultOrg(orgs);
  const years = yearsOf(org);
  const askedYear = yearParam === null ? Number.NaN : Number(yearParam);
  // A year the organisation has no plan for is still asked for: the page then says so.
  const year = asked && Number.isInteger(askedYear) && askedYear > 0 ? askedYear : years[0];
  return { org, year };
}
