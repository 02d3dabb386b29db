import type { DbOrTx } from '../../db/client';
import { ancestorIdsOf, subtreeIdsOf } from '../../db/repositories/org-tree';
import { type Action, can, isAdmin, type Principal, ROLE_NAMES } from '../../domain/authz';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

const ACTION_TEXT: Record<Action, string> = {
  'plan.read': 'read plans of',
  'plan.write': 'change plans of',
  'plan.submit': 'submit plans of',
  'plan.review': 'review and approve plans of',
  'plan.comment': 'comment on plans of',
  'results.write': 'enter results for',
  'org.manage': 'manage organisations',
  'user.manage': 'manage accounts and settings',
};

function describeGrants(principal: Principal): string {
  if (principal.grants.length === 0) return 'no roles';
  return principal.grants
    .map((g) => `${ROLE_NAMES[g.role].en}${g.orgId === null ? '' : ` of organisation ${g.orgId}`}`)
    .join(', ');
}

/** Refuses (401 for anonymous, 403 otherwise) unless the principal may do `action` on `orgId`. */
export async function authorize(
  db: DbOrTx,
  ctx: ServiceContext,
  action: Action,
  orgId: number | null,
  orgName?: string,
): Promise<void> {
  if (ctx.principal.kind === 'anonymous') {
    throw new AppError('unauthorized', 'sign in first: this needs an account (or an API token)');
  }
  if (isAdmin(ctx.principal)) return;
  const ancestors = orgId === null ? [] : await ancestorIdsOf(db, orgId);
  if (can(ctx.principal, action, orgId, ancestors)) return;
  const target = orgId === null ? '' : ` ${orgName ?? `organisation ${orgId}`}`;
  throw new AppError(
    'forbidden',
    `${ctx.principal.name} may not ${ACTION_TEXT[action]}${target} (has: ${describeGrants(ctx.principal)})`,
  );
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
  if (ctx.principal.kind === 'anonymous') {
    throw new AppError('unauthorized', 'sign in first: this needs an account (or an API token)');
  }
}
