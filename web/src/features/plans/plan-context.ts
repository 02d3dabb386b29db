import { useOutletContext } from 'react-router';
import type { Finding, PlanDetail } from '../../api/types';
import type { ApiState } from '../../api/use-api';
import type { PlanIndex } from './model';

/** What the plan frame hands to its pages: the plan with every element, its index and findings. */
export interface PlanContext {
  plan: PlanDetail;
  index: PlanIndex;
  findings: ApiState<{ findings: Finding[] }>;
  reload(): void;
}

export function usePlan(): PlanContext {
  return useOutletContext<PlanContext>();
}
