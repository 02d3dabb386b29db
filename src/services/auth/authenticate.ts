import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { findUserById, principalOfUser } from '../../db/repositories/users';
import { apiTokens, sessions } from '../../db/schema';
import { ANONYMOUS, type Principal, type Role } from '../../domain/authz';
import { hashToken } from './token-hash';

export interface SessionPrincipal {
  principal: Principal;
  csrfToken: string;
  sessionHash: string;
}

/** The signed-in user of a session cookie, or null when it is unknown, expired or disabled. */
export async function principalOfSession(db: Db, token: string): Promise<SessionPrincipal | null> {
  const tokenHash = hashToken(token);
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
  if (!session) return null;
  const user = await findUserById(db, session.userId);
  if (!user || user.disabled) return null;
  return { principal: await principalOfUser(db, user), csrfToken: session.csrfToken, sessionHash: tokenHash };
}

/** The integration behind an API token, or null when it is unknown or revoked. */
export async function principalOfApiToken(db: Db, token: string): Promise<Principal | null> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  const now = new Date();
  // Recording every use would make each read a write; a minute's precision is enough.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return {
    kind: 'token',
    name: `token:${row.name}`,
    userId: row.createdBy,
    tokenId: row.id,
    grants: [{ orgId: row.orgId, role: row.role as Role }],
  };
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

export { ANONYMOUS };
