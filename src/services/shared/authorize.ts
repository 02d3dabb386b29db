import type { DbOrTx } from '../../db/client';
import { ancestorIdsOf, subtreeIdsOf } from '../../db/repositories/org-tree';
import { type Action, can, isAdmin, type Principal } from '../../domain/authz';
import type { ServiceContext } from '../context';
import { fail } from '../errors';

/** Refuses (401 for anonymous, 403 otherwise) unless the principal may do `action` on `orgId`. */
export async function authorize(
  db: DbOrTx,
  ctx: ServiceContext,
  action: Action,
  orgId: number | null,
  orgName?: string,
): Promise<void> {
  requireSignedIn(ctx);
  if (isAdmin(ctx.principal)) return;
  const ancestors = orgId === null ? [] : await ancestorIdsOf(db, orgId);
  if (can(ctx.principal, action, orgId, ancestors)) return;
  throw fail('auth.forbidden', {
    who: ctx.principal.name,
    action,
    orgId,
    org: orgName ?? null,
    grants: ctx.principal.grants.map(({ role, orgId }) => ({ role, orgId })),
  });
}

export async function allows(
  db: DbOrTx,
  ctx: ServiceContext,
  action: Action,
  orgId: number,
): Promise<boolean> {
  if (isAdmin(ctx.principal)) return true;
  if (ctx.principal.grants.length === 0) return false;
  return can(ctx.principal, action, orgId, await ancestorIdsOf(db, orgId));
}

/** Organisations where the principal holds any role (its grants and everything below them); null = all. */
export async function scopeOrgIds(db: DbOrTx, principal: Principal): Promise<number[] | null> {
  if (isAdmin(principal)) return null;
  return subtreeIdsOf(
    db,
    principal.grants.flatMap((g) => (g.orgId === null ? [] : [g.orgId])),
  );
}

export function requireSignedIn(ctx: ServiceContext): void {
  if (ctx.principal.kind === 'anonymous') throw fail('auth.sign_in_first');
}
