import { asc } from 'drizzle-orm';
import type { UserRow } from '../../db/repositories/users';
import { roleGrants, users } from '../../db/schema';
import type { Grant, Role } from '../../domain/authz';
import { lockedLogins } from '../auth/login-failures';
import type { ServiceContext } from '../context';
import { authorize } from '../shared/authorize';

export type ListedUser = UserRow & { grants: Grant[]; lockedUntil: Date | null };

/** Every account with its roles and, when strangers are locked out of it, until when. */
export async function listUsers(ctx: ServiceContext): Promise<ListedUser[]> {
  await authorize(ctx.db, ctx, 'user.manage', null);
  const [rows, grants] = await Promise.all([
    ctx.db.select().from(users).orderBy(asc(users.login)),
    ctx.db.select().from(roleGrants).orderBy(asc(roleGrants.id)),
  ]);
  const locked = await lockedLogins(ctx.db);
  return rows.map((u) => ({
    ...u,
    grants: grants.filter((g) => g.userId === u.id).map((g) => ({ orgId: g.orgId, role: g.role as Role })),
    lockedUntil: locked.get(u.login) ?? null,
  }));
}
