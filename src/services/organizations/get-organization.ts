import { findOrgById, type OrganizationRow } from '../../db/repositories/organizations';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';

export async function getOrganization(ctx: ServiceContext, id: number): Promise<OrganizationRow> {
  const org = await findOrgById(ctx.db, id);
  if (!org) throw notFound(`organisation ${id}`);
  return org;
}
