import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireSignedIn, scopeOrgIds } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';

export const ListAuditInput = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  planId: z.coerce.number().int().positive().optional(),
  actor: z.string().min(1).optional(),
  entity: z.string().min(1).optional(),
  from: z.coerce.date({ error: 'from must be a date or time, e.g. 2021-03-30' }).optional(),
  to: z.coerce.date({ error: 'to must be a date or time, e.g. 2021-03-31' }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export type AuditEntryRow = typeof auditLog.$inferSelect;

/** The audit trail, newest first, filtered by organisation, plan, actor, entity and time range. */
export async function listAuditEntries(
  ctx: ServiceContext,
  raw: z.input<typeof ListAuditInput> = {},
): Promise<AuditEntryRow[]> {
  const input = parseInput(ListAuditInput, raw);
  requireSignedIn(ctx);
  const where: SQL[] = [];
  // Non-administrators see the history of the organisations they hold a role in, nothing else.
  const scope = await scopeOrgIds(ctx.db, ctx.principal);
  if (scope !== null) where.push(scope.length === 0 ? sql`false` : inArray(auditLog.orgId, scope));
  if (input.orgId !== undefined) where.push(eq(auditLog.orgId, input.orgId));
  if (input.planId !== undefined) where.push(eq(auditLog.planId, input.planId));
  if (input.actor !== undefined) where.push(eq(auditLog.actor, input.actor));
  if (input.entity !== undefined) where.push(eq(auditLog.entity, input.entity));
  if (input.from !== undefined) where.push(gte(auditLog.at, input.from));
  if (input.to !== undefined) where.push(lt(auditLog.at, input.to));
  return ctx.db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(input.limit);
}
