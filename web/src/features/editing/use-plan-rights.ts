import { useMemo } from 'react';
import type { OrganizationSummary, PlanDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useSession } from '../auth/session';
import { ancestorsOf, NO_RIGHTS, type PlanRights, planRights } from './rights';

/** The signed-in user's rights on a plan; none until the organisation tree has loaded. */
export function usePlanRights(plan: Pick<PlanDetail, 'orgId' | 'status'> | undefined): PlanRights {
  const { me } = useSession();
  const orgs = useApi<{ organizations: OrganizationSummary[] }>(me?.grants.length ? '/api/orgs' : null);
  const list = orgs.data?.organizations;
  return useMemo(() => {
    if (!plan || !me || !list) return NO_RIGHTS;
    const parents = new Map(list.map((o) => [o.id, o.parentId]));
    return planRights(me.grants, plan, ancestorsOf(plan.orgId, parents));
  }, [plan, me, list]);
}
