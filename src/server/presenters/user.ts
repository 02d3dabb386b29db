import type { UserRow } from '../../db/repositories/users';
import type { Grant } from '../../domain/authz';
import type { ApiTokenRow } from '../../services/auth/api-tokens';
import type { PlanCommentRow } from '../../services/workflow/add-plan-comment';

/**
 * An account as others may see it: never the password hash; whether strangers are locked out of
 * it (src/services/auth/login-failures.ts) only as a state.
 */
export function presentUser(user: UserRow & { lockedUntil?: Date | null }, grants?: Grant[]) {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    orgId: user.orgId,
    disabled: user.disabled,
    locked: user.lockedUntil != null && user.lockedUntil > new Date(),
    ...(grants ? { grants: grants.map((g) => ({ orgId: g.orgId, role: g.role })) } : {}),
    version: user.version,
    createdAt: user.createdAt.toISOString(),
  };
}

export function presentApiToken(t: ApiTokenRow) {
  return {
    id: t.id,
    name: t.name,
    orgId: t.orgId,
    role: t.role,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    revokedAt: t.revokedAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  };
}

export function presentComment(c: PlanCommentRow) {
  return {
    id: c.id,
    planId: c.planId,
    author: c.authorName,
    elementKind: c.elementKind,
    elementCode: c.elementCode,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
  };
}
