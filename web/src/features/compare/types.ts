import type { PlanStatus } from '../../api/types';

/** `GET /api/plans/:planId/diff` as src/server/presenters/cascade.ts builds it. */

export type DiffElement = 'plan' | 'theme' | 'objective' | 'ksf' | 'kpi' | 'action' | 'link';
export type DiffChange = 'added' | 'removed' | 'renamed' | 'recoded' | 'changed';

export const DIFF_ELEMENTS: DiffElement[] = ['plan', 'theme', 'objective', 'ksf', 'kpi', 'action', 'link'];
export const DIFF_CHANGES: DiffChange[] = ['added', 'removed', 'renamed', 'recoded', 'changed'];

export interface DiffSide {
  code: string;
  name: string;
  value: string | null;
}

export interface DiffRow {
  element: DiffElement;
  change: DiffChange;
  field: string | null;
  left: DiffSide | null;
  right: DiffSide | null;
}

export interface PlanDiffResponse {
  org: { id: number; name: string };
  left: { id: number; year: number; status: PlanStatus };
  right: { id: number; year: number; status: PlanStatus };
  counts: {
    total: number;
    byChange: Record<DiffChange, number>;
    byElement: Record<DiffElement, number>;
  };
  rows: DiffRow[];
}
