import { z } from 'zod';
import { findOrgById, findOrgByName, type OrganizationRow } from '../../db/repositories/organizations';
import { organizations } from '../../db/schema';
import { cleanOrgName, orgNameKey } from '../../domain/org-names';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';

export const CreateOrganizationInput = z.object({
  name: z.string().transform(cleanOrgName).pipe(z.string().min(1, 'name must not be empty').max(200)),
  parentId: z.number().int().positive().nullish(),
});
export type CreateOrganizationInput = z.input<typeof CreateOrganizationInput>;

export async function createOrganization(
  ctx: ServiceContext,
  raw: CreateOrganizationInput,
): Promise<OrganizationRow> {
  const input = parseInput(CreateOrganizationInput, raw);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, ctx, 'org.manage', null);
    if (await findOrgByName(tx, input.name)) {
      throw new AppError('conflict', `an organisation named ${input.name} already exists`);
    }
    if (input.parentId != null && !(await findOrgById(tx, input.parentId))) {
      throw new AppError('validation', `parent organisation ${input.parentId} does not exist`, [
        { path: 'parentId', message: 'no organisation has this id' },
      ]);
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
