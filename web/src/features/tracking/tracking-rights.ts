import { type Action, can, isAdmin, type Principal } from '../../../../src/domain/authz';
import type { Grant, PlanStatus } from '../../api/types';

/** Why a control is not offered; `null` when it is. */
export type EntryBlock = 'role' | 'archived' | null;
export type TargetsBlock = 'role' | 'submitted' | 'approved' | 'archived' | null;

export interface TrackingRights {
  /** False until the organisation tree is known (nothing can be decided yet). */
  known: boolean;
  /** May enter and upload actuals (periods may still be locked). */
  enter: boolean;
  enterBlock: EntryBlock;
  /** May set targets now. */
  targets: boolean;
  targetsBlock: TargetsBlock;
  /** Sets targets as an administrator after submission: say that it is recorded. */
  adminAdjusting: boolean;
}

/** Until the organisation tree is known nothing is offered; no reason is given either. */
export const NO_TRACKING_RIGHTS: TrackingRights = {
  known: false,
  enter: false,
  enterBlock: null,
  targets: false,
  targetsBlock: null,
  adminAdjusting: false,
};

/**
 * The server's rules (docs/SECURITY.md) applied to the signed-in user: actuals by reporters,
 * editors and administrators of the organisation on any plan but an archived one; targets by
 * editors while the plan is a draft, by administrators also later.
 */
export function trackingRights(
  grants: Grant[],
  plan: { orgId: number; status: PlanStatus },
  ancestors: number[],
): TrackingRights {
  const principal: Principal = { kind: 'user', name: '', userId: null, tokenId: null, grants };
  const allowed = (action: Action) => can(principal, action, plan.orgId, ancestors);
  const archived = plan.status === 'archived';
  const enterBlock: EntryBlock = !allowed('results.write') ? 'role' : archived ? 'archived' : null;
  const admin = isAdmin(principal);
  let targetsBlock: TargetsBlock = null;
  if (!allowed('plan.write')) targetsBlock = 'role';
  else if (archived) targetsBlock = 'archived';
  else if (plan.status !== 'draft' && !admin)
    targetsBlock = plan.status === 'submitted' ? 'submitted' : 'approved';
  return {
    known: true,
    enter: enterBlock === null,
    enterBlock,
    targets: targetsBlock === null,
    targetsBlock,
    adminAdjusting: targetsBlock === null && plan.status !== 'draft',
  };
}
