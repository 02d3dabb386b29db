import { type Tx, transactionKeepingCaches } from '../../db/client';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

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

const CONSTRAINT_MESSAGES: Record<string, string> = {
  organizations_name_key: 'an organisation with this name already exists',
  plans_org_year_key: 'this organisation already has a plan for this year',
  themes_plan_letter_key: 'this plan already has a theme with this letter',
  objectives_plan_code_key: 'this plan already has an objective with this code',
  kpis_plan_code_key: 'this plan already has a KPI with this code',
  actions_plan_code_key: 'this plan already has an action plan with this code',
  links_plan_from_to_key: 'this link already exists',
  theme_members_theme_org_key: 'this organisation is already a member of the theme',
};

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
  if (isMemoryExhaustion(error)) return new AppError('too_large', TOO_LARGE);
  const db = databaseErrorOf(error);
  if (!db?.code) return error;
  if (db.code === '23505') {
    return new AppError(
      'conflict',
      CONSTRAINT_MESSAGES[db.constraint ?? ''] ?? 'a value that must be unique is taken',
    );
  }
  if (db.code === '23503') {
    return new AppError(
      'conflict',
      'this change would leave something pointing at a row that no longer exists (it is still in use)',
    );
  }
  if (db.code === '23514' || db.code === '22P02' || db.code === '22001') {
    return new AppError('validation', 'the database rejected a value as out of range for its field');
  }
  if (db.code === '40001' || db.code === '40P01') {
    return new AppError('conflict', 'another change happened at the same time; try again');
  }
  const resources = resourceError(db.code);
  if (resources) return resources;
  if (/^(08|57P0)/.test(db.code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(db.code)) {
    return new AppError('unavailable', 'the database is not reachable right now; try again shortly');
  }
  return error;
}

const TOO_LARGE =
  'this change is too large for the database to process in one go; split it into smaller parts (fewer plans or rows at a time)';

/**
 * A database that is up but lacks the resources for one statement must not be reported as
 * unreachable (health says it is up): out of memory (53200; PGlite reports it the same way and
 * stays usable) or a statement beyond a program limit (54xxx; 08P01 is what PostgreSQL answers
 * to more than 65,535 bind parameters) is the change's size, 413; a full disk or no free
 * connection is the server's state, 503 saying which.
 */
function resourceError(code: string): AppError | null {
  if (code === '53200' || code === '08P01' || code.startsWith('54'))
    return new AppError('too_large', TOO_LARGE);
  if (code === '53100') {
    return new AppError('unavailable', "the database server's disk is full; ask the operator to free space");
  }
  if (code === '53300') {
    return new AppError('unavailable', 'the database has no free connection right now; try again shortly');
  }
  if (code.startsWith('53')) {
    return new AppError(
      'unavailable',
      'the database lacks the resources for this right now; try again shortly',
    );
  }
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
