import type { OrganizationSummary } from '../../../../src/services/organizations/list-organizations.contract';
import type { Grant, PlanSummary, Role } from '../../api/types';

/** Organisation ids a grant list reaches: each granted organisation and everything below it. */
export function orgsInScope(grants: Grant[], orgs: OrganizationSummary[]): Set<number> {
  if (grants.some((g) => g.orgId === null)) return new Set(orgs.map((o) => o.id));
  const children = new Map<number, number[]>();
  for (const o of orgs) {
    if (o.parentId !== null) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id]);
  }
  const out = new Set<number>();
  const visit = (id: number) => {
    if (out.has(id)) return;
    out.add(id);
    for (const c of children.get(id) ?? []) visit(c);
  };
  for (const g of grants) if (g.orgId !== null) visit(g.orgId);
  return out;
}

/** The organisations named in the grants themselves (the city for an administrator). */
export function grantedOrgs(
  grants: Grant[],
  orgs: OrganizationSummary[],
): { org: OrganizationSummary; role: Role }[] {
  if (grants.some((g) => g.orgId === null)) {
    const role = grants.find((g) => g.orgId === null)?.role ?? 'viewer';
    return orgs.filter((o) => o.parentId === null).map((org) => ({ org, role }));
  }
  return grants.flatMap((g) => {
    const org = orgs.find((o) => o.id === g.orgId);
    return org ? [{ org, role: g.role }] : [];
  });
}

/** Plans grouped by ROC year, newest first. */
export function plansByYear(plans: PlanSummary[]): [number, PlanSummary[]][] {
  const years = new Map<number, PlanSummary[]>();
  for (const p of plans) years.set(p.year, [...(years.get(p.year) ?? []), p]);
  return [...years.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([y, list]) => [y, list.sort((a, b) => a.orgName.localeCompare(b.orgName, 'zh-Hant-TW'))]);
}
