import type { Perspective } from '../../../../src/domain/codes';
import type { Light, TargetValue } from '../../../../src/domain/scoring/types';
import type { ActualRecord, TargetRecord } from '../tracking/types';

export interface GroupScore {
  /** Ratio, 1 = 100 %; `null` = N/A. */
  achievement: number | null;
  light: Light;
  counted: number;
}

export interface Thresholds {
  green: number;
  yellow: number;
}

/** `GET /api/plans/:planId/scores?period=` as the dashboard reads it. */
export interface PlanScores {
  planId: number;
  year: number;
  period: string;
  settings: { thresholds: Thresholds; cap: number; rollup: string; planFrom: string };
  kpis: (GroupScore & {
    id: number | null;
    code: string;
    objective: string;
    name: string | null;
    unit: string | null;
    target: TargetValue | null;
    actual: number | null;
  })[];
  objectives: (GroupScore & {
    id: number | null;
    code: string;
    name: string | null;
    theme: string | null;
    perspective: Perspective;
  })[];
  themes: (GroupScore & { letter: string; name: string | null })[];
  perspectives: (GroupScore & { perspective: Perspective })[];
  plan: GroupScore;
}

export interface HistoryScore {
  period: string;
  target: TargetValue | null;
  actual: number | null;
  achievement: number | null;
  light: Light;
}

export interface HistoryKpi {
  id: number;
  code: string;
  name: string;
  unit: string | null;
  polarity: string;
  frequency: string | null;
  stages: { name: string; percent: number }[];
}

/** `GET /api/plans/:planId/kpis/:kpiId/history`: one entry per year of the organisation's plans. */
export interface KpiHistory {
  years: {
    year: number;
    planId: number;
    kpi: HistoryKpi;
    targets: TargetRecord[];
    actuals: ActualRecord[];
    scores: HistoryScore[];
  }[];
}

/**
 * Scoring's default thresholds (docs/SCORING.md §6), for a city without a plan that sets its own.
 * Written out rather than imported: the domain's settings schema would bring zod into the page.
 */
export const DEFAULT_THRESHOLDS: Thresholds = { green: 1, yellow: 0.8 };
