import { type Action, can, type Principal } from '../../../../src/domain/authz';
import type { Grant, PlanStatus } from '../../api/types';

/** What the signed-in user may do with one plan, decided by the same rules as the server's. */
export interface PlanRights {
  /** May change the plan's content by role (editor or admin on its organisation or above). */
  write: boolean;
  /** May change it now: `write` and the plan is a draft. */
  editable: boolean;
  submit: boolean;
  review: boolean;
  comment: boolean;
}

export const NO_RIGHTS: PlanRights = {
  write: false,
  editable: false,
  submit: false,
  review: false,
  comment: false,
};

/** The organisation's ancestors, nearest first, from the organisation list's parent ids. */
export function ancestorsOf(orgId: number, parents: Map<number, number | null>): number[] {
  const out: number[] = [];
  let current = parents.get(orgId) ?? null;
  while (current !== null && !out.includes(current)) {
    out.push(current);
    current = parents.get(current) ?? null;
  }
  return out;
}

export function planRights(
  grants: Grant[],
  plan: { orgId: number; status: PlanStatus },
  ancestors: number[],
): PlanRights {
  const principal: Principal = { kind: 'user', name: '', userId: null, tokenId: null, grants };
  const allowed = (action: Action) => can(principal, action, plan.orgId, ancestors);
  const write = allowed('plan.write');
  return {
    write,
    editable: write && plan.status === 'draft',
    submit: allowed('plan.submit'),
    review: allowed('plan.review'),
    comment: allowed('plan.comment'),
  };
}
