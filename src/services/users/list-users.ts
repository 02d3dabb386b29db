import { asc } from 'drizzle-orm';
import type { UserRow } from '../../db/repositories/users';
import { roleGrants, users } from '../../db/schema';
import type { Grant, Role } from '../../domain/authz';
import type { ServiceContext } from '../context';
import { authorize } from '../shared/authorize';

export async function listUsers(ctx: ServiceContext): Promise<(UserRow & { grants: Grant[] })[]> {
  await authorize(ctx.db, ctx, 'user.manage', null);
  const [rows, grants] = await Promise.all([
    ctx.db.select().from(users).orderBy(asc(users.login)),
    ctx.db.select().from(roleGrants).orderBy(asc(roleGrants.id)),
  ]);
  return rows.map((u) => ({
    ...u,
    grants: grants.filter((g) => g.userId === u.id).map((g) => ({ orgId: g.orgId, role: g.role as Role })),
  }));
}
