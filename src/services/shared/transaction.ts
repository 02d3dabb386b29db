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

/** Turns what the database refused into the product's error, so no driver text leaks out. */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
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
  if (
    /^(08|57P0|53)/.test(db.code) ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(db.code)
  ) {
    return new AppError('unavailable', 'the database is not reachable right now; try again shortly');
  }
  return error;
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
