import { useMemo } from 'react';
import type { PlanDetail } from '../../api/types';
import { useCall } from '../../api/use-api';
import { useSession } from '../auth/session';
import { ancestorsOf } from '../editing/rights';
import { NO_TRACKING_RIGHTS, type TrackingRights, trackingRights } from './tracking-rights';

/** The signed-in user's tracking rights on a plan; none until the organisation tree has loaded. */
export function useTrackingRights(plan: Pick<PlanDetail, 'orgId' | 'status'>): TrackingRights {
  const { me } = useSession();
  const orgs = useCall('orgs.list', me?.grants.length ? {} : null);
  const list = orgs.data?.organizations;
  return useMemo(() => {
    if (!me) return NO_TRACKING_RIGHTS;
    // Without grants there is nothing to walk: every right is refused, for the reason of the role.
    if (!me.grants.length) return trackingRights([], plan, []);
    if (!list) return NO_TRACKING_RIGHTS;
    const parents = new Map(list.map((o) => [o.id, o.parentId]));
    return trackingRights(me.grants, plan, ancestorsOf(plan.orgId, parents));
  }, [plan, me, list]);
}
