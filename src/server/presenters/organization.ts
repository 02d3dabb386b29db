import type { OrganizationRow } from '../../db/repositories/organizations';
import type { Organization } from '../../services/organizations/get-organization.contract';
import type { OrganizationSummary } from '../../services/organizations/list-organizations.contract';

/** The response types come from the contracts, so a field the contract lacks does not compile. */
export function presentOrganization(org: OrganizationRow): Organization {
  return {
    id: org.id,
    name: org.name,
    parentId: org.parentId,
    version: org.version,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  };
}

export function presentOrganizationSummary(org: OrganizationSummary): OrganizationSummary {
  return {
    id: org.id,
    name: org.name,
    parentId: org.parentId,
    version: org.version,
    plans: org.plans.map((p) => ({ id: p.id, year: p.year, status: p.status })),
  };
}
