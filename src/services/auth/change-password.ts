import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { findUserById } from '../../db/repositories/users';
import { sessions, users } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../shared/audit';
import { requireSignedIn } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { hashPassword, MIN_PASSWORD_LENGTH, refusePasswordWithLogin, verifyPassword } from './passwords';

export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `a password has at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200);

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'the current password is required'),
  newPassword: NewPassword,
});

/** Changes the signed-in user's own password; every other session of theirs ends. */
export async function changePassword(
  ctx: ServiceContext,
  raw: z.input<typeof ChangePasswordInput>,
  keepSessionHash?: string,
): Promise<void> {
  const input = parseInput(ChangePasswordInput, raw);
  requireSignedIn(ctx);
  if (ctx.principal.kind !== 'user' || ctx.principal.userId === null) {
    throw new AppError('forbidden', 'only a signed-in person can change their password');
  }
  const userId = ctx.principal.userId;
  const user = await findUserById(ctx.db, userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('validation', 'the current password is wrong', [
      { path: 'currentPassword', message: 'the current password is wrong' },
    ]);
  }
  refusePasswordWithLogin(input.newPassword, user.login, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date(), version: user.version + 1, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await tx
      .delete(sessions)
      .where(
        keepSessionHash
          ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepSessionHash))
          : eq(sessions.userId, userId),
      );
    await writeAudit(tx, ctx.actor, {
      action: 'password.change',
      entity: 'user',
      entityId: userId,
      orgId: user.orgId,
    });
  });
}
