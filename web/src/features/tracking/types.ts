import type { Perspective } from '../../../../src/domain/codes';
import type { Light } from '../../../../src/domain/scoring/types';

export interface TrackedKpi {
  id: number;
  objectiveId: number;
  code: string;
  name: string;
  formula: string | null;
  unit: string | null;
  polarity: string;
  frequency: string | null;
  stages?: { name: string; percent: number }[];
}

export interface TargetRecord {
  id: number;
  kpi: string;
  period: string;
  value: number | null;
  min: number | null;
  max: number | null;
  stage: string | null;
  version: number;
}

export interface ActualRecord {
  id: number;
  kpi: string;
  period: string;
  value: number | null;
  stage: string | null;
  inputs: Record<string, number> | null;
  note: string | null;
  evidence: string | null;
  explanation: string | null;
  correctiveAction: string | null;
  version: number;
}

/** `GET /api/plans/:planId/results`. */
export interface Results {
  planId: number;
  year: number;
  status?: string;
  kpis: TrackedKpi[];
  targets: TargetRecord[];
  actuals: ActualRecord[];
  locks: { period: string; lockedBy: string; lockedAt: string }[];
}

interface Group {
  achievement: number | null;
  light: Light;
  counted: number;
}

/** `GET /api/plans/:planId/scores?period=`. */
export interface Scores {
  period: string;
  kpis: (Group & { code: string; name: string | null; target: unknown; actual: number | null })[];
  objectives: (Group & { code: string; name: string | null })[];
  themes: (Group & { letter: string; name: string | null })[];
  perspectives: (Group & { perspective: Perspective })[];
  plan: Group;
}

/** One earlier year of a KPI (same code), from `GET /api/plans/:planId/kpi-history`. */
export interface KpiYear {
  year: number;
  planId: number;
  kpi: TrackedKpi;
  targets: TargetRecord[];
  actuals: ActualRecord[];
  scores: {
    period: string;
    target: number | { min: number; max: number } | null;
    actual: number | null;
    achievement: number | null;
    light: Light;
  }[];
}

export interface PlanKpiHistory {
  kpis: { code: string; years: KpiYear[] }[];
}

/** `GET /api/inbox`. */
export interface Inbox {
  at: string;
  plans: {
    planId: number;
    orgId: number;
    org: string;
    year: number;
    status: string;
    due: { kpiId: number; code: string; name: string; period: string; frequency: string }[];
    unexplained: {
      actualId: number;
      kpiId: number;
      code: string;
      name: string;
      period: string;
      achievement: number | null;
      version: number;
    }[];
  }[];
}

/** One problem of an uploaded sheet (`details.rowErrors` of a refused upload). */
export interface RowError {
  row: number;
  column: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
}
