import {
  ancestorIds,
  findOrgById,
  findOrgByName,
  type OrganizationRow,
} from '../../db/repositories/organizations';
import { organizations } from '../../db/schema';
import { orgNameKey } from '../../domain/org-names';
import type { ServiceContext } from '../context';
import { fail, failAt } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { checkInput } from '../shared/check-input';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';
import { UpdateOrganizationInput } from './update-organization.contract';

export async function updateOrganization(
  ctx: ServiceContext,
  id: number,
  raw: UpdateOrganizationInput,
): Promise<OrganizationRow> {
  const input = checkInput(UpdateOrganizationInput, raw);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, ctx, 'org.manage', null);
    const before = await lockVersionedRow(tx, organizations, 'organisation', id, { version: input.version });
    const values: Partial<typeof organizations.$inferInsert> = {};
    if (input.name !== undefined && input.name !== before.name) {
      const clash = await findOrgByName(tx, input.name);
      if (clash && clash.id !== id) throw fail('org.name_taken', { name: input.name });
      values.name = input.name;
      values.nameKey = orgNameKey(input.name);
    }
    if (input.parentId !== undefined && input.parentId !== before.parentId) {
      if (input.parentId !== null) {
        if (input.parentId === id) throw failAt('parentId', 'org.parent_is_self');
        if (!(await findOrgById(tx, input.parentId))) {
          throw failAt('parentId', 'org.parent_not_found', { id: input.parentId });
        }
        if ((await ancestorIds(tx, input.parentId)).includes(id)) {
          throw failAt('parentId', 'org.parent_is_descendant');
        }
      }
      values.parentId = input.parentId;
    }
    const after = await updateVersionedRow(tx, organizations, id, values);
    await writeAudit(tx, ctx.actor, {
      action: 'update',
      entity: 'organization',
      entityId: id,
      orgId: id,
      before,
      after,
    });
    return after;
  });
}
