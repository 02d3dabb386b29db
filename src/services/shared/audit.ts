import { insertInBatches } from '../../db/batch-insert';
import type { Tx } from '../../db/client';
import { auditLog } from '../../db/schema';
import { bumpGeneration } from './read-cache';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: number | null;
  orgId?: number | null;
  planId?: number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Sign-ins add a session or count failures: no cached read (plans, scores, cascades, known
 * sessions) depends on either, and a city of planners signing in all day must not keep emptying
 * the caches. Their use cases run with `inTransaction(…, { keepsCaches: true })`.
 */
export const CACHE_NEUTRAL_ACTIONS: ReadonlySet<string> = new Set([
  'login',
  'login.failed',
  'login.locked',
  'login.lockout',
]);

/**
 * Written inside the use case's transaction, so a change and its record commit together; it also
 * moves the change generation on, which invalidates every cached read (read-cache.ts).
 */
export async function writeAudit(tx: Tx, actor: string, entry: AuditEntry): Promise<void> {
  if (!CACHE_NEUTRAL_ACTIONS.has(entry.action)) await bumpGeneration(tx);
  await tx.insert(auditLog).values(auditRow(actor, entry));
}

/** The entries of one change to many rows (a grid of targets), in a few batched inserts. */
export async function writeAudits(tx: Tx, actor: string, entries: AuditEntry[]): Promise<void> {
  if (entries.some((e) => !CACHE_NEUTRAL_ACTIONS.has(e.action))) await bumpGeneration(tx);
  await insertInBatches(
    tx,
    auditLog,
    entries.map((e) => auditRow(actor, e)),
  );
}

function auditRow(actor: string, entry: AuditEntry): typeof auditLog.$inferInsert {
  return {
    actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    orgId: entry.orgId ?? null,
    planId: entry.planId ?? null,
    before: entry.before === undefined ? null : entry.before,
    after: entry.after === undefined ? null : entry.after,
  };
}
