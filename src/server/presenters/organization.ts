import type { OrganizationRow } from '../../db/repositories/organizations';
import type { OrganizationSummary } from '../../services/organizations/list-organizations';

export function presentOrganization(org: OrganizationRow) {
  return {
    id: org.id,
    name: org.name,
    parentId: org.parentId,
    version: org.version,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  };
}

export function presentOrganizationSummary(org: OrganizationSummary) {
  return {
    id: org.id,
    name: org.name,
    parentId: org.parentId,
    version: org.version,
    plans: org.plans.map((p) => ({ id: p.id, year: p.year, status: p.status })),
  };
}
