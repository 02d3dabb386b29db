import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { sessions, users } from '../../db/schema';
import { NewPassword } from '../auth/change-password';
import { forgetDevices } from '../auth/known-devices';
import { clearAllFailures } from '../auth/login-failures';
import { generatePassword, hashPassword, refusePasswordWithLogin } from '../auth/passwords';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { authorize } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { lockVersionedRow } from '../shared/versioned-row';

export const ResetPasswordInput = z.object({ password: NewPassword.optional() });

/**
 * An administrator sets a new password (generated when none is given), unlocks the account, signs
 * the user out and forgets the browsers they signed in from.
 */
export async function resetPassword(
  ctx: ServiceContext,
  id: number,
  raw: z.input<typeof ResetPasswordInput> = {},
): Promise<{ password: string; generated: boolean }> {
  const input = parseInput(ResetPasswordInput, raw);
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    await authorize(tx, ctx, 'user.manage', null);
    const before = await lockVersionedRow(tx, users, 'user', id, {});
    if (input.password !== undefined) refusePasswordWithLogin(input.password, before.login, 'password');
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date(), version: before.version + 1 })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    // A reset follows a lockout or a suspected leak: unlocked for everyone, no browser known any more.
    await clearAllFailures(tx, before.login);
    await forgetDevices(tx, id);
    await writeAudit(tx, ctx.actor, {
      action: 'password.reset',
      entity: 'user',
      entityId: id,
      orgId: before.orgId,
    });
  });
  return { password, generated: input.password === undefined };
}
