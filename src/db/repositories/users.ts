import { eq } from 'drizzle-orm';
import type { Grant, Principal, Role } from '../../domain/authz';
import type { DbOrTx } from '../client';
import { roleGrants, users } from '../schema';

export type UserRow = typeof users.$inferSelect;

export function normalizeLogin(login: string): string {
  return login.normalize('NFKC').trim().toLowerCase();
}

export async function findUserByLogin(db: DbOrTx, login: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.login, normalizeLogin(login)));
  return row;
}

export async function findUserById(db: DbOrTx, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function grantsOf(db: DbOrTx, userId: number): Promise<Grant[]> {
  const rows = await db
    .select({ orgId: roleGrants.orgId, role: roleGrants.role })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId));
  return rows.map((r) => ({ orgId: r.orgId, role: r.role as Role }));
}

export async function principalOfUser(db: DbOrTx, user: UserRow): Promise<Principal> {
  return {
    kind: 'user',
    name: user.login,
    userId: user.id,
    tokenId: null,
    grants: await grantsOf(db, user.id),
  };
}
