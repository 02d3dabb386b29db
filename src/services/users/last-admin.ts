import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { roleGrants, users } from '../../db/schema';
import type { Grant } from '../../domain/authz';
import { AppError } from '../errors';

const cityAdmin = (grants: readonly Grant[]) => grants.some((g) => g.role === 'admin' && g.orgId === null);

/**
 * Refuses (409 at the field) a change that would leave no enabled city-wide administrator: nobody
 * could then manage accounts but the operator at the database. Locks every administrator grant
 * first, so two administrators removing each other at once are decided one after the other; the
 * count runs as a new statement after the lock, so it sees what the other one committed.
 */
export async function keepAnAdministrator(
  tx: Tx,
  user: { id: number; disabled: boolean },
  grantsBefore: readonly Grant[],
  change: { disabled?: boolean | undefined; grants?: readonly Grant[] | undefined },
): Promise<void> {
  const wasAdmin = !user.disabled && cityAdmin(grantsBefore);
  const staysAdmin = !(change.disabled ?? user.disabled) && cityAdmin(change.grants ?? grantsBefore);
  if (!wasAdmin || staysAdmin) return;
  await tx
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(and(eq(roleGrants.role, 'admin'), isNull(roleGrants.orgId)))
    .orderBy(asc(roleGrants.id))
    .for('update');
  const [others] = await tx
    .select({ n: count() })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, 'admin'),
        isNull(roleGrants.orgId),
        eq(users.disabled, false),
        ne(users.id, user.id),
      ),
    );
  if ((others?.n ?? 0) > 0) return;
  const field = change.grants !== undefined && !cityAdmin(change.grants) ? 'grants' : 'disabled';
  const message = 'this is the last enabled administrator; make someone else an administrator first';
  throw new AppError('conflict', `refused: ${message}`, [{ path: field, message }]);
}
