import { useOutletContext } from 'react-router';
import type { Finding, PlanDetail } from '../../api/types';
import type { ApiState } from '../../api/use-api';
import type { PlanRights } from '../editing/rights';
import type { PlanIndex } from './model';

/** What the plan frame hands to its pages: the plan with every element, its index, findings and rights. */
export interface PlanContext {
  plan: PlanDetail;
  index: PlanIndex;
  findings: ApiState<{ findings: Finding[] }>;
  /** What the signed-in user may do with the plan (controls are shown accordingly). */
  rights: PlanRights;
  reload(): void;
}

export function usePlan(): PlanContext {
  return useOutletContext<PlanContext>();
}
