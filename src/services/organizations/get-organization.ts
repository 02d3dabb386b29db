import { findOrgById, type OrganizationRow } from '../../db/repositories/organizations';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { requireDirectoryAccess } from '../shared/directory-access';

export async function getOrganization(ctx: ServiceContext, id: number): Promise<OrganizationRow> {
  await requireDirectoryAccess(ctx);
  const org = await findOrgById(ctx.db, id);
  if (!org) throw fail('common.not_found', { entity: 'organisation', id });
  return org;
}
