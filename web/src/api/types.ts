import type { Perspective } from '../../../src/domain/codes';
import type { PlanBasis, Rollup } from '../../../src/domain/scoring/types';

/** Response shapes of the API as the presenters in src/server/presenters build them. */

export type PlanStatus = 'draft' | 'submitted' | 'approved' | 'archived';
export type Role = 'admin' | 'editor' | 'reporter' | 'viewer';

export interface Grant {
  orgId: number | null;
  role: Role;
}

export interface User {
  id: number;
  login: string;
  displayName: string;
  orgId: number | null;
}

export interface Me {
  kind: string;
  name: string;
  user: User | null;
  grants: Grant[];
  csrfToken: string | null;
}

export interface LoginResult {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

/** From the contract; re-exported for the pages not yet calling through `api.call`. */
export type { OrganizationSummary } from '../../../src/services/organizations/list-organizations.contract';

export interface PlanSummary {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  status: PlanStatus;
  title: string | null;
  version: number;
  updatedAt: string;
}

export interface ThemeDetail {
  id: number;
  letter: string;
  name: string;
  position: number;
  cascadesFrom: { orgId: number; org: string | null; letter: string; year: number | null } | null;
  lead?: string | null;
  members?: string[];
  version: number;
}

export interface ObjectiveDetail {
  id: number;
  code: string;
  themeId: number | null;
  perspective: Perspective;
  name: string;
  position: number;
  version: number;
}

export interface KsfDetail {
  id: number;
  objectiveId: number;
  code: string;
  name: string;
  position: number;
  version: number;
}

export interface KpiDetail {
  id: number;
  objectiveId: number;
  code: string;
  name: string;
  formula: string | null;
  /** What the plan says beside the formula (「以上各數均含保留款」). */
  note: string | null;
  unit: string | null;
  position: number;
  version: number;
}

export interface ActionDetail {
  id: number;
  kpiId: number;
  code: string;
  name: string;
  position: number;
  version: number;
}

export interface LinkDetail {
  id: number;
  fromObjectiveId: number;
  toObjectiveId: number;
}

/** `plan.scoring` as the API returns it; `null` or missing parts mean the defaults (docs/SCORING.md). */
export interface PlanScoringValue {
  thresholds?: { green?: number; yellow?: number };
  cap?: number;
  rollup?: Rollup;
  planFrom?: PlanBasis;
  perspectiveWeights?: Partial<Record<Perspective, number>>;
}

export interface PlanDetail {
  id: number;
  orgId: number;
  year: number;
  title: string | null;
  status: PlanStatus;
  issued: string | null;
  mission: string | null;
  vision: string | null;
  coreValues: string[];
  perspectiveOrder: Perspective[] | null;
  /** The plan's scoring settings as stored (thresholds, cap, roll-up …); null for the defaults. */
  scoring: PlanScoringValue | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  org: { id: number; name: string; parent: string | null };
  themes: ThemeDetail[];
  objectives: ObjectiveDetail[];
  ksfs: KsfDetail[];
  kpis: KpiDetail[];
  actions: ActionDetail[];
  links: LinkDetail[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  codes: string[];
  message: { zh: string; en: string };
  line: number | null;
  /** The slide, page or sheet of a laid-out document; `line` then counts within it. */
  page?: { kind: 'slide' | 'page' | 'sheet' | 'text'; number: number } | null;
  plan: { org: string; year: number } | null;
}

export interface PlanComment {
  id: number;
  planId: number;
  author: string;
  elementKind: string | null;
  elementCode: string | null;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
}
