import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import { isEntity } from '../../domain/messages/entities';
import { AppError, fail, notFound, staleVersion } from '../errors';

interface VersionedTable {
  id: PgColumn;
  version: PgColumn;
  planId?: PgColumn;
}

/**
 * Reads a row of a plan element for change, checking that it belongs to the plan in the URL
 * and that the caller saw its current version. Locks it until the transaction ends.
 */
export async function lockVersionedRow<T extends PgTable & VersionedTable>(
  tx: Tx,
  table: T,
  what: string,
  id: number,
  expected: { planId?: number; version?: number | undefined },
): Promise<T['$inferSelect']> {
  const conditions = [eq(table.id, id)];
  if (expected.planId !== undefined && table.planId) conditions.push(eq(table.planId, expected.planId));
  const [row] = (await tx
    .select()
    .from(table as PgTable)
    .where(and(...conditions))
    .for('update')) as T['$inferSelect'][];
  if (!row) throw isEntity(what) ? fail('common.not_found', { entity: what, id }) : notFound(`${what} ${id}`);
  const current = (row as { version: number }).version;
  if (expected.version !== undefined && expected.version !== current) throw stale(what, id, current);
  return row;
}

function stale(what: string, id: number, current: number): AppError {
  if (!isEntity(what)) return staleVersion(`${what} ${id}`, current);
  return new AppError('common.stale_version', { entity: what, id, current }, [], { currentVersion: current });
}

/** Sets the values and bumps the version; returns the new row. */
export async function updateVersionedRow<T extends PgTable & VersionedTable>(
  tx: Tx,
  table: T,
  id: number,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const [row] = (await tx
    .update(table as PgTable)
    .set({ ...values, version: sql`${table.version} + 1` } as never)
    .where(eq(table.id, id))
    .returning()) as T['$inferSelect'][];
  return row as T['$inferSelect'];
}
