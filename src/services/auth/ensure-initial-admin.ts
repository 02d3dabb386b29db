import { count, isNull } from 'drizzle-orm';
import { organizations, roleGrants, users } from '../../db/schema';
import type { ServiceContext } from '../context';
import { writeAudit } from '../shared/audit';
import { inTransaction } from '../shared/transaction';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

export const INITIAL_ADMIN_LOGIN = 'admin';

/**
 * On a database without accounts, creates the first administrator. Its password comes from
 * STRATMAP_ADMIN_PASSWORD or is generated; the caller prints a generated one once.
 */
export async function ensureInitialAdmin(
  ctx: ServiceContext,
  presetPassword: string | undefined,
): Promise<{ login: string; password: string | null } | null> {
  const [existing] = await ctx.db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return null;
  if (presetPassword !== undefined && presetPassword.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`STRATMAP_ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const password = presetPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return inTransaction(ctx, async (tx) => {
    const [root] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(isNull(organizations.parentId))
      .limit(1);
    const [user] = await tx
      .insert(users)
      .values({
        login: INITIAL_ADMIN_LOGIN,
        displayName: '系統管理者',
        orgId: root?.id ?? null,
        passwordHash,
      })
      .returning();
    const id = (user as { id: number }).id;
    await tx.insert(roleGrants).values({ userId: id, orgId: null, role: 'admin' });
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'user',
      entityId: id,
      after: { login: INITIAL_ADMIN_LOGIN, grants: ['admin'] },
    });
    return { login: INITIAL_ADMIN_LOGIN, password: presetPassword === undefined ? password : null };
  });
}
