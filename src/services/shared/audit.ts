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
 * Written inside the use case's transaction, so a change and its record commit together; it also
 * moves the change generation on, which invalidates every cached read (read-cache.ts).
 */
export async function writeAudit(tx: Tx, actor: string, entry: AuditEntry): Promise<void> {
  await bumpGeneration(tx);
  await tx.insert(auditLog).values({
    actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    orgId: entry.orgId ?? null,
    planId: entry.planId ?? null,
    before: entry.before === undefined ? null : entry.before,
    after: entry.after === undefined ? null : entry.after,
  });
}
