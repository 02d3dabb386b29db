import { and, desc, eq, gt, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { knownDevices } from '../../db/schema';
import { randomSecret } from './passwords';
import { hashToken } from './token-hash';

/** How long a browser stays known without signing in again, and how many one account keeps. */
export const KNOWN_DEVICE = { days: 180, perUser: 20 };

/** The known device of `userId` that this cookie secret names, or null (unknown, expired, someone else's). */
export async function knownDeviceOf(db: DbOrTx, secret: string | undefined, userId: number | undefined) {
  if (!secret) return null;
  const [row] = await db
    .select({ id: knownDevices.id, userId: knownDevices.userId })
    .from(knownDevices)
    .where(and(eq(knownDevices.tokenHash, hashToken(secret)), gt(knownDevices.expiresAt, sql`now()`)));
  return row && row.userId === userId ? row.id : null;
}

/**
 * After a successful sign-in: a new secret for this browser — replacing the one it showed, when that
 * was the account's — and the account's oldest devices beyond KNOWN_DEVICE.perUser forgotten.
 */
export async function rememberDevice(
  tx: DbOrTx,
  userId: number,
  knownId: number | null,
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = randomSecret();
  const expiresAt = new Date(Date.now() + KNOWN_DEVICE.days * 86_400_000);
  const values = { tokenHash: hashToken(secret), lastUsedAt: new Date(), expiresAt };
  if (knownId !== null) {
    await tx.update(knownDevices).set(values).where(eq(knownDevices.id, knownId));
  } else {
    await tx.insert(knownDevices).values({ ...values, userId });
  }
  const keep = tx
    .select({ id: knownDevices.id })
    .from(knownDevices)
    .where(eq(knownDevices.userId, userId))
    .orderBy(desc(knownDevices.lastUsedAt), desc(knownDevices.id))
    .limit(KNOWN_DEVICE.perUser);
  await tx
    .delete(knownDevices)
    .where(and(eq(knownDevices.userId, userId), notInArray(knownDevices.id, keep)));
  return { secret, expiresAt };
}

/** A password reset by an administrator: no browser of the account stays known. */
export async function forgetDevices(tx: DbOrTx, userId: number): Promise<void> {
  await tx.delete(knownDevices).where(eq(knownDevices.userId, userId));
}
