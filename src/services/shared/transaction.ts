import { type Tx, transactionKeepingCaches } from '../../db/client';
import type { ServiceContext } from '../context';
import { AppError, fail } from '../errors';

interface DbErrorLike {
  code?: string;
  constraint?: string;
  detail?: string;
  message?: string;
  cause?: unknown;
}

function databaseErrorOf(error: unknown): DbErrorLike | null {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const candidate = e as DbErrorLike;
    if (typeof candidate.code === 'string') return candidate;
    e = candidate.cause;
  }
  return null;
}

/** What V8 and WebAssembly throw when an allocation fails (a string, buffer or memory too big). */
function isMemoryExhaustion(error: unknown): boolean {
  return (
    error instanceof RangeError &&
    /Invalid string length|Array buffer allocation failed|WebAssembly\.Memory|Out of memory/i.test(
      error.message,
    )
  );
}

/** Turns what the database refused into the product's error, so no driver text leaks out. */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isMemoryExhaustion(error)) return fail('db.too_large');
  const db = databaseErrorOf(error);
  if (!db?.code) return error;
  if (db.code === '23505') return fail('db.unique_violation', { constraint: db.constraint ?? '' });
  if (db.code === '23503') return fail('db.still_referenced');
  if (db.code === '23514' || db.code === '22P02' || db.code === '22001') return fail('db.value_out_of_range');
  if (db.code === '40001' || db.code === '40P01') return fail('db.concurrent_change');
  const resources = resourceError(db.code);
  if (resources) return resources;
  if (/^(08|57P0)/.test(db.code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(db.code)) {
    return fail('db.unreachable');
  }
  return error;
}

/**
 * A database that is up but lacks the resources for one statement must not be reported as
 * unreachable (health says it is up): out of memory (53200; PGlite reports it the same way and
 * stays usable) or a statement beyond a program limit (54xxx; 08P01 is what PostgreSQL answers
 * to more than 65,535 bind parameters) is the change's size, 413; a full disk or no free
 * connection is the server's state, 503 saying which.
 */
function resourceError(code: string): AppError | null {
  if (code === '53200' || code === '08P01' || code.startsWith('54')) return fail('db.too_large');
  if (code === '53100') return fail('db.disk_full');
  if (code === '53300') return fail('db.no_connection');
  if (code.startsWith('53')) return fail('db.no_resources');
  return null;
}

/**
 * Runs one use case as one transaction; database refusals come out as AppError. `keepsCaches`
 * declares that the transaction changes nothing a cached read depends on (see writeAudit).
 */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (tx: Tx) => Promise<T>,
  options: { keepsCaches?: boolean } = {},
): Promise<T> {
  try {
    return await (options.keepsCaches ? transactionKeepingCaches(ctx.db, work) : ctx.db.transaction(work));
  } catch (error) {
    throw translateDatabaseError(error);
  }
}
