import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { findUserById, grantsOf, principalOfUser } from '../../db/repositories/users';
import { apiTokens, sessions } from '../../db/schema';
import { ANONYMOUS, type Grant, type Principal, type Role } from '../../domain/authz';
import { GenerationCache } from '../shared/read-cache';
import { effectiveTokenGrants } from './token-grants';
import { hashToken } from './token-hash';

export interface SessionPrincipal {
  principal: Principal;
  csrfToken: string;
  sessionHash: string;
}

/** One cache per database (tests open many in one process); entries last one change generation. */
const sessionCaches = new WeakMap<object, GenerationCache<string, SessionPrincipal & { expiresAt: Date }>>();

/**
 * The signed-in user of a session cookie, or null when it is unknown, expired or disabled.
 * Cached until the next audited change (sign-out, disabling, role or password changes all are).
 */
export async function principalOfSession(
  db: Db,
  token: string,
  generation?: number,
): Promise<SessionPrincipal | null> {
  const tokenHash = hashToken(token);
  let cache = sessionCaches.get(db);
  if (!cache) {
    cache = new GenerationCache(5_000);
    sessionCaches.set(db, cache);
  }
  if (generation !== undefined) {
    const hit = cache.get(tokenHash, generation);
    if (hit && hit.expiresAt > new Date()) return hit;
  }
  const found = await loadSession(db, tokenHash);
  if (found && generation !== undefined) cache.set(tokenHash, generation, found);
  return found;
}

async function loadSession(
  db: Db,
  tokenHash: string,
): Promise<(SessionPrincipal & { expiresAt: Date }) | null> {
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
  if (!session) return null;
  const user = await findUserById(db, session.userId);
  if (!user || user.disabled) return null;
  return {
    principal: await principalOfUser(db, user),
    csrfToken: session.csrfToken,
    sessionHash: tokenHash,
    expiresAt: session.expiresAt,
  };
}

/**
 * The integration behind an API token, or null when the token is unknown or revoked, or its
 * creator's account is disabled or gone. It never does more than its creator may do now
 * (effectiveTokenGrants); the CLI operator's tokens (no creator) keep their scope.
 */
export async function principalOfApiToken(db: Db, token: string): Promise<Principal | null> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  const scope: Grant = { orgId: row.orgId, role: row.role as Role };
  let grants = [scope];
  if (row.createdBy !== null) {
    const creator = await findUserById(db, row.createdBy);
    if (!creator || creator.disabled) return null;
    grants = await effectiveTokenGrants(db, scope, await grantsOf(db, creator.id));
  }
  const now = new Date();
  // Recording every use would make each read a write; a minute's precision is enough.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return { kind: 'token', name: `token:${row.name}`, userId: row.createdBy, tokenId: row.id, grants };
}

export { ANONYMOUS };
