import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { findOrgById } from '../../db/repositories/organizations';
import { grantsOf, type UserRow } from '../../db/repositories/users';
import { roleGrants, sessions, users } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow, updateVersionedRow } from '../shared/versioned-row';
import { keepAnAdministrator } from './last-admin';
import { DisplayName, GrantInput } from './user-inputs';

export const UpdateUserInput = z.object({
  version: z.number().int().positive(),
  displayName: DisplayName.optional(),
  orgId: z.number().int().positive().nullable().optional(),
  disabled: z.boolean().optional(),
  /** Replaces every role of the user. */
  grants: z.array(GrantInput).max(50).optional(),
});

/**
 * An administrator changes an account: name, organisation, roles, or disables it (which ends its
 * sessions at once) — never so that no enabled administrator is left.
 */
export async function updateUser(
  ctx: ServiceContext,
  id: number,
  raw: z.input<typeof UpdateUserInput>,
): Promise<UserRow> {
  const input = parseInput(UpdateUserInput, raw);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, ctx, 'user.manage', null);
    const before = await lockVersionedRow(tx, users, 'user', id, { version: input.version });
    if (input.disabled && ctx.principal.userId === id) {
      throw new AppError('validation', 'you cannot disable your own account', [
        { path: 'disabled', message: 'own account' },
      ]);
    }
    for (const orgId of [input.orgId, ...(input.grants ?? []).map((g) => g.orgId)]) {
      if (orgId != null && !(await findOrgById(tx, orgId))) {
        throw new AppError('validation', `organisation ${orgId} does not exist`);
      }
    }
    const grantsBefore = await grantsOf(tx, id);
    await keepAnAdministrator(tx, before, grantsBefore, input);
    const values: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
    if (input.displayName !== undefined) values.displayName = input.displayName;
    if (input.orgId !== undefined) values.orgId = input.orgId;
    if (input.disabled !== undefined) values.disabled = input.disabled;
    const after = await updateVersionedRow(tx, users, id, values);
    if (input.grants !== undefined) {
      await tx.delete(roleGrants).where(eq(roleGrants.userId, id));
      if (input.grants.length > 0) {
        await tx
          .insert(roleGrants)
          .values(input.grants.map((g) => ({ userId: id, orgId: g.orgId, role: g.role })));
      }
    }
    if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
    const summary = (u: UserRow, grants: unknown) => ({
      login: u.login,
      displayName: u.displayName,
      orgId: u.orgId,
      disabled: u.disabled,
      grants,
    });
    await writeAudit(tx, ctx.actor, {
      action: input.grants !== undefined ? 'update.roles' : 'update',
      entity: 'user',
      entityId: id,
      orgId: after.orgId,
      before: summary(before, grantsBefore),
      after: summary(after, input.grants ?? grantsBefore),
    });
    return after;
  });
}
