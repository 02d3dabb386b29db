import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable, SelectedFieldsFlat } from 'drizzle-orm/pg-core';
import type { Tx } from './client';

/**
 * PostgreSQL's wire protocol counts a statement's bind parameters in 16 bits (at most 65,535; a
 * larger count wraps around and the statement fails), and the ORM builds one INSERT's SQL
 * recursively (20,000 rows overflowed the stack). Rows are therefore written in batches: one
 * INSERT, one round trip per batch, with this many parameters at most…
 */
const MAX_PARAMETERS = 30_000;
/** …and this many rows at most, whatever the number of columns. */
const MAX_ROWS = 1_000;

/** How many rows of this table one INSERT carries. */
export function rowsPerInsert(table: PgTable): number {
  const columns = Object.keys(getTableColumns(table)).length;
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns)));
}

/** Consecutive slices of at most `size` items. */
export function* batchesOf<T>(rows: T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

/** Inserts any number of rows, a bounded batch per statement (inside the caller's transaction). */
export async function insertInBatches<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: T['$inferInsert'][],
): Promise<void> {
  for (const batch of batchesOf(rows, rowsPerInsert(table))) {
    await tx.insert(table).values(batch as never);
  }
}

/** The same, returning `fields` of every inserted row (match them by a unique column, not by order). */
export async function insertReturningInBatches<T extends PgTable, F extends SelectedFieldsFlat>(
  tx: Tx,
  table: T,
  rows: T['$inferInsert'][],
  fields: F,
): Promise<{ [K in keyof F]: unknown }[]> {
  const out: { [K in keyof F]: unknown }[] = [];
  for (const batch of batchesOf(rows, rowsPerInsert(table))) {
    const returned = await tx
      .insert(table)
      .values(batch as never)
      .returning(fields);
    out.push(...(returned as { [K in keyof F]: unknown }[]));
  }
  return out;
}

/**
 * The `set` of an upsert (`onConflictDoUpdate`) that takes these columns from the row that was
 * proposed for insertion, so one batched statement both adds new rows and changes stored ones.
 */
export function fromExcluded<T extends PgTable, K extends keyof T['_']['columns'] & string>(
  table: T,
  keys: readonly K[],
): Record<K, SQL> {
  const columns = getTableColumns(table);
  return Object.fromEntries(
    keys.map((k) => [k, sql`excluded.${sql.identifier((columns[k] as { name: string }).name)}`]),
  ) as Record<K, SQL>;
}
