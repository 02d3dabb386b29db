import { z } from 'zod';
import { findOrgById } from '../../db/repositories/organizations';
import { findUserByLogin, type UserRow } from '../../db/repositories/users';
import { roleGrants, users } from '../../db/schema';
import { NewPassword } from '../auth/change-password';
import {
  generatePassword,
  hashPassword,
  PASSWORD_CONTAINS_LOGIN,
  passwordContainsLogin,
} from '../auth/passwords';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { DisplayName, GrantInput, LoginName } from './user-inputs';

export const CreateUserInput = z
  .object({
    login: LoginName,
    displayName: DisplayName,
    orgId: z.number().int().positive().nullish(),
    password: NewPassword.optional(),
    grants: z.array(GrantInput).max(50).default([]),
  })
  .refine((u) => u.password === undefined || !passwordContainsLogin(u.password, u.login), {
    message: PASSWORD_CONTAINS_LOGIN,
    path: ['password'],
  });

/** Creates an account; without a password one is generated and returned once, never stored in clear. */
export async function createUser(
  ctx: ServiceContext,
  raw: z.input<typeof CreateUserInput>,
): Promise<{ user: UserRow; password: string; generated: boolean }> {
  const input = parseInput(CreateUserInput, raw);
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await inTransaction(ctx, async (tx) => {
    await authorize(tx, ctx, 'user.manage', null);
    if (await findUserByLogin(tx, input.login))
      throw new AppError('conflict', `the login ${input.login} is taken`);
    for (const id of [input.orgId, ...input.grants.map((g) => g.orgId)]) {
      if (id != null && !(await findOrgById(tx, id))) {
        throw new AppError('validation', `organisation ${id} does not exist`, [
          { path: 'orgId', message: 'unknown organisation' },
        ]);
      }
    }
    const [row] = await tx
      .insert(users)
      .values({
        login: input.login,
        displayName: input.displayName,
        orgId: input.orgId ?? null,
        passwordHash,
      })
      .returning();
    const created = row as UserRow;
    if (input.grants.length > 0) {
      await tx
        .insert(roleGrants)
        .values(input.grants.map((g) => ({ userId: created.id, orgId: g.orgId, role: g.role })));
    }
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'user',
      entityId: created.id,
      orgId: created.orgId,
      after: {
        login: created.login,
        displayName: created.displayName,
        orgId: created.orgId,
        grants: input.grants,
      },
    });
    return created;
  });
  return { user, password, generated: input.password === undefined };
}
