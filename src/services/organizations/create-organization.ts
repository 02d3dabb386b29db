import { findOrgById, findOrgByName, type OrganizationRow } from '../../db/repositories/organizations';
import { organizations } from '../../db/schema';
import { orgNameKey } from '../../domain/org-names';
import type { ServiceContext } from '../context';
import { fail, failAt } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { checkInput } from '../shared/check-input';
import { inTransaction } from '../shared/transaction';
import { CreateOrganizationInput } from './create-organization.contract';

export async function createOrganization(
  ctx: ServiceContext,
  raw: CreateOrganizationInput,
): Promise<OrganizationRow> {
  const input = checkInput(CreateOrganizationInput, raw);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, ctx, 'org.manage', null);
    if (await findOrgByName(tx, input.name)) throw fail('org.name_taken', { name: input.name });
    if (input.parentId != null && !(await findOrgById(tx, input.parentId))) {
      throw failAt('parentId', 'org.parent_not_found', { id: input.parentId });
    }
    const [row] = await tx
      .insert(organizations)
      .values({ name: input.name, nameKey: orgNameKey(input.name), parentId: input.parentId ?? null })
      .returning();
    const org = row as OrganizationRow;
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'organization',
      entityId: org.id,
      orgId: org.id,
      after: org,
    });
    return org;
  });
}
