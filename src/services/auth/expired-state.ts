import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { knownDevices, loginFailures, rateLimitCounters, sessions } from '../../db/schema';

const EVERY_MS = 60_000;
const lastRun = new WeakMap<object, number>();

/**
 * Deletes what has expired: runs of wrong passwords, sign-in counters, sessions and known devices.
 * Each is already ignored once expired; this only keeps the tables small. Sign-ins call it, at
 * most once a minute per process and database.
 */
export async function deleteExpiredAuthState(db: Db, options: { force?: boolean } = {}): Promise<void> {
  const now = Date.now();
  if (!options.force && now - (lastRun.get(db) ?? 0) < EVERY_MS) return;
  lastRun.set(db, now);
  await db.delete(loginFailures).where(lt(loginFailures.expiresAt, sql`now()`));
  await db.delete(rateLimitCounters).where(lt(rateLimitCounters.windowEndsAt, sql`now()`));
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  await db.delete(knownDevices).where(lt(knownDevices.expiresAt, sql`now()`));
}
