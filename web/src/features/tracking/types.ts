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
  kpis: TrackedKpi[];
  targets: TargetRecord[];
  actuals: ActualRecord[];
  locks: { period: string }[];
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
