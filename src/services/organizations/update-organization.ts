import { z } from 'zod';
import {
  ancestorIds,
  findOrgById,
  findOrgByName,
  type OrganizationRow,
} from '../../db/repositories/organizations';
import { organizations } from '../../db/schema';
import { cleanOrgName, orgNameKey } from '../../domain/org-names';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';

export const UpdateOrganizationInput = z.object({
  version: z.number().int().positive(),
  name: z
    .string()
    .transform(cleanOrgName)
    .pipe(z.string().min(1, 'name must not be empty').max(200))
    .optional(),
  parentId: z.number().int().positive().nullable().optional(),
});
export type UpdateOrganizationInput = z.input<typeof UpdateOrganizationInput>;

export async function updateOrganization(
  ctx: ServiceContext,
  id: number,
  raw: UpdateOrganizationInput,
): Promise<OrganizationRow> {
  const input = parseInput(UpdateOrganizationInput, raw);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, ctx, 'org.manage', null);
    const before = await lockVersionedRow(tx, organizations, 'organisation', id, { version: input.version });
    const values: Partial<typeof organizations.$inferInsert> = {};
    if (input.name !== undefined && input.name !== before.name) {
      const clash = await findOrgByName(tx, input.name);
      if (clash && clash.id !== id)
        throw new AppError('conflict', `an organisation named ${input.name} already exists`);
      values.name = input.name;
      values.nameKey = orgNameKey(input.name);
    }
    if (input.parentId !== undefined && input.parentId !== before.parentId) {
      if (input.parentId !== null) {
        if (input.parentId === id || !(await findOrgById(tx, input.parentId))) {
          throw new AppError('validation', 'the parent organisation must be another existing organisation', [
            { path: 'parentId', message: 'not a valid parent' },
          ]);
        }
        if ((await ancestorIds(tx, input.parentId)).includes(id)) {
          throw new AppError(
            'validation',
            'an organisation cannot be placed under one of its own descendants',
            [{ path: 'parentId', message: 'would create a cycle' }],
          );
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
