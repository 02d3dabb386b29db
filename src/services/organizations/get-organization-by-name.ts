import { findOrgByName, type OrganizationRow } from '../../db/repositories/organizations';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { requireDirectoryAccess } from '../shared/directory-access';

/** The organisation a person named (台/臺, widths and spaces folded), as the CLI's `--parent` and `--org` take it. */
export async function getOrganizationByName(ctx: ServiceContext, name: string): Promise<OrganizationRow> {
  await requireDirectoryAccess(ctx);
  const org = await findOrgByName(ctx.db, name);
  if (!org) throw fail('org.unknown_name', { name });
  return org;
}
