/**
 * Who may do what. Roles are granted on an organisation and hold for it and every organisation
 * below it; `admin` (the planning office, 研考會) holds everywhere. Pure: callers supply the
 * ancestry of the organisation in question.
 */

export const ROLES = ['admin', 'editor', 'reporter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理者（研考會）', en: 'administrator (planning office)' },
  editor: { zh: '編輯者', en: 'editor' },
  reporter: { zh: '填報者', en: 'reporter' },
  viewer: { zh: '檢視者', en: 'viewer' },
};

export type Action =
  /** See a plan in any status, its comments and its audit history. */
  | 'plan.read'
  /** Change a draft plan's content, create plans, import and copy them. */
  | 'plan.write'
  /** Submit a draft for review or withdraw it. */
  | 'plan.submit'
  /** Approve, return, reopen and archive plans. */
  | 'plan.review'
  /** Write review comments. */
  | 'plan.comment'
  /** Enter results (actuals) for KPIs. */
  | 'results.write'
  /** Create, rename, move and delete organisations. */
  | 'org.manage'
  /** Manage accounts, roles, settings. */
  | 'user.manage';

const ROLE_ACTIONS: Record<Role, ReadonlySet<Action>> = {
  admin: new Set<Action>([
    'plan.read',
    'plan.write',
    'plan.submit',
    'plan.review',
    'plan.comment',
    'results.write',
    'org.manage',
    'user.manage',
  ]),
  editor: new Set<Action>(['plan.read', 'plan.write', 'plan.submit', 'plan.comment', 'results.write']),
  reporter: new Set<Action>(['plan.read', 'results.write']),
  viewer: new Set<Action>(['plan.read']),
};

export interface Grant {
  /** `null` only for admin: city-wide. */
  orgId: number | null;
  role: Role;
}

export type PrincipalKind = 'user' | 'token' | 'operator' | 'anonymous';

export interface Principal {
  kind: PrincipalKind;
  /** What the audit trail records: the login, `token:<name>`, `cli`, `system` or `anonymous`. */
  name: string;
  userId: number | null;
  tokenId: number | null;
  grants: Grant[];
}

export const ANONYMOUS: Principal = {
  kind: 'anonymous',
  name: 'anonymous',
  userId: null,
  tokenId: null,
  grants: [],
};

/** The operator: whoever runs the CLI or the server itself with direct access to the database. */
export const operator = (name: string): Principal => ({
  kind: 'operator',
  name,
  userId: null,
  tokenId: null,
  grants: [{ orgId: null, role: 'admin' }],
});

export function isAdmin(principal: Principal): boolean {
  return principal.grants.some((g) => g.role === 'admin');
}

/** The roles that give `principal` the right to `action` on an organisation with these ancestors. */
export function can(
  principal: Principal,
  action: Action,
  orgId: number | null,
  ancestorIds: readonly number[],
): boolean {
  return principal.grants.some((g) => {
    if (!ROLE_ACTIONS[g.role].has(action)) return false;
    if (g.role === 'admin') return true;
    return orgId !== null && (g.orgId === orgId || (g.orgId !== null && ancestorIds.includes(g.orgId)));
  });
}

/** Whether a role may be granted by someone holding `held` on the same scope (no escalation). */
export function roleAtMost(held: Role, wanted: Role): boolean {
  const rank: Record<Role, number> = { viewer: 0, reporter: 1, editor: 2, admin: 3 };
  return rank[wanted] <= rank[held];
}
