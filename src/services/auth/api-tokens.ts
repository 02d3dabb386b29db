import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { findOrgById } from '../../db/repositories/organizations';
import { apiTokens } from '../../db/schema';
import { isAdmin, roleAtMost } from '../../domain/authz';
import type { ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { writeAudit } from '../shared/audit';
import { allows, authorize, requireSignedIn, scopeOrgIds } from '../shared/authorize';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { randomSecret } from './passwords';
import { hashToken } from './token-hash';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export const CreateApiTokenInput = z.object({
  name: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'name the integration the token is for').max(100)),
  orgId: z.number().int().positive(),
  role: z.enum(['editor', 'reporter', 'viewer'], { error: 'a token is an editor, reporter or viewer' }),
});

/**
 * Creates a token for an integration. The secret is returned once and only its hash is kept.
 * Nobody can mint a token stronger than their own role on that organisation.
 */
export async function createApiToken(
  ctx: ServiceContext,
  raw: z.input<typeof CreateApiTokenInput>,
): Promise<{ token: ApiTokenRow; secret: string }> {
  const input = parseInput(CreateApiTokenInput, raw);
  requireSignedIn(ctx);
  if (ctx.principal.kind === 'token')
    throw new AppError('forbidden', 'an API token cannot create other tokens');
  const secret = `smt_${randomSecret()}`;
  const token = await inTransaction(ctx, async (tx) => {
    const org = await findOrgById(tx, input.orgId);
    if (!org)
      throw new AppError('validation', `organisation ${input.orgId} does not exist`, [
        { path: 'orgId', message: 'unknown organisation' },
      ]);
    if (!isAdmin(ctx.principal)) {
      const action =
        input.role === 'editor' ? 'plan.write' : input.role === 'reporter' ? 'results.write' : 'plan.read';
      await authorize(tx, ctx, action, org.id, org.name);
      const held = ctx.principal.grants.map((g) => g.role);
      if (!held.some((r) => roleAtMost(r, input.role)))
        throw new AppError('forbidden', `you cannot create a ${input.role} token`);
    }
    const [row] = await tx
      .insert(apiTokens)
      .values({
        name: input.name,
        tokenHash: hashToken(secret),
        orgId: org.id,
        role: input.role,
        createdBy: ctx.principal.userId,
      })
      .returning();
    const created = row as ApiTokenRow;
    await writeAudit(tx, ctx.actor, {
      action: 'create',
      entity: 'api_token',
      entityId: created.id,
      orgId: org.id,
      after: { name: created.name, orgId: org.id, role: created.role },
    });
    return created;
  });
  return { token, secret };
}

/** Tokens the caller may see: all for administrators, otherwise those of their organisations. */
export async function listApiTokens(ctx: ServiceContext): Promise<ApiTokenRow[]> {
  requireSignedIn(ctx);
  const scope = await scopeOrgIds(ctx.db, ctx.principal);
  const where: SQL[] = [];
  if (scope !== null) where.push(scope.length === 0 ? isNull(apiTokens.id) : inArray(apiTokens.orgId, scope));
  return ctx.db
    .select()
    .from(apiTokens)
    .where(and(...where))
    .orderBy(asc(apiTokens.id));
}

export async function revokeApiToken(ctx: ServiceContext, id: number): Promise<ApiTokenRow> {
  requireSignedIn(ctx);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for('update');
    if (!row) throw notFound(`API token ${id}`);
    const own = row.createdBy !== null && row.createdBy === ctx.principal.userId;
    if (!own && !(await allows(tx, ctx, 'plan.write', row.orgId))) {
      throw new AppError(
        'forbidden',
        'only its creator, an editor of its organisation or an administrator can revoke this token',
      );
    }
    if (row.revokedAt) return row;
    const [after] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(eq(apiTokens.id, id))
      .returning();
    await writeAudit(tx, ctx.actor, {
      action: 'revoke',
      entity: 'api_token',
      entityId: id,
      orgId: row.orgId,
      before: { name: row.name },
    });
    return after as ApiTokenRow;
  });
}
