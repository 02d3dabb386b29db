import { and, eq, gt, gte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { loginFailures } from '../../db/schema';

/** Wrong passwords in a row that lock a login (for one scope), and for how long. */
export const LOCKOUT = { failures: 5, minutes: 15 };

/** Strangers' browsers share one counter per login; each known browser of the account has its own. */
export const ANY_BROWSER = 'any';
export const deviceScope = (deviceId: number) => `device:${deviceId}`;

export interface Attempt {
  /** This attempt's number in the current run of failures (1 = the first since the last success). */
  number: number;
  /** When the run stops counting; for a locked login, when the lock ends. */
  expiresAt: Date;
}

/**
 * Counts an attempt before its password is checked, in one atomic statement, so concurrent
 * attempts each get their own number and at most LOCKOUT.failures passwords are ever checked per
 * lock period. A run of failures lapses LOCKOUT.minutes after its latest attempt; once locked, the
 * end of the lock no longer moves, so further attempts cannot prolong it.
 */
export async function countAttempt(db: DbOrTx, login: string, scope: string): Promise<Attempt> {
  const window = sql`now() + make_interval(mins => ${LOCKOUT.minutes})`;
  const [row] = await db
    .insert(loginFailures)
    .values({ login, scope, failures: 1, expiresAt: window })
    .onConflictDoUpdate({
      target: [loginFailures.login, loginFailures.scope],
      set: {
        failures: sql`case when ${loginFailures.expiresAt} <= now() then 1 else ${loginFailures.failures} + 1 end`,
        expiresAt: sql`case when ${loginFailures.expiresAt} > now() and ${loginFailures.failures} >= ${LOCKOUT.failures} then ${loginFailures.expiresAt} else ${window} end`,
      },
    })
    .returning({ number: loginFailures.failures, expiresAt: loginFailures.expiresAt });
  if (!row) throw new Error('counting a sign-in attempt returned no row');
  return row;
}

/** A successful sign-in ends the run of failures in its own scope only. */
export async function clearFailures(db: DbOrTx, login: string, scope: string): Promise<void> {
  await db.delete(loginFailures).where(and(eq(loginFailures.login, login), eq(loginFailures.scope, scope)));
}

/** An administrator's password reset unlocks every scope of the login. */
export async function clearAllFailures(db: DbOrTx, login: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.login, login));
}

/** Logins strangers are locked out of now, and until when (a small table: recent failures only). */
export async function lockedLogins(db: DbOrTx): Promise<Map<string, Date>> {
  const rows = await db
    .select({ login: loginFailures.login, expiresAt: loginFailures.expiresAt })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.scope, ANY_BROWSER),
        gte(loginFailures.failures, LOCKOUT.failures),
        gt(loginFailures.expiresAt, sql`now()`),
      ),
    );
  return new Map(rows.map((r) => [r.login, r.expiresAt]));
}
