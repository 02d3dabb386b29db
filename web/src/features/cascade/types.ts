import type { PlanStatus } from '../../api/types';

/** `GET /api/cascade` as src/server/presenters/cascade.ts builds it. */

export interface CascadeObjective {
  code: string;
  name: string;
  perspective: string;
}

export interface CascadeNode {
  org: { id: number; name: string };
  plan: { id: number; year: number; status: PlanStatus };
  theme: { letter: string; name: string };
  cascadesFrom: { orgId: number; letter: string; year: number } | null;
  objectives: CascadeObjective[];
  children: CascadeNode[];
}

export interface NamedOrg {
  name: string;
  role: 'lead' | 'member';
  orgId: number | null;
  planId: number | null;
  takesUp: boolean;
}

export interface CascadeRootTheme {
  letter: string;
  name: string;
  objectives: CascadeObjective[];
  named: NamedOrg[];
  children: CascadeNode[];
}

export interface CascadeResponse {
  org: { id: number; name: string };
  year: number;
  plan: { id: number; status: PlanStatus; title: string | null };
  years: number[];
  themes: CascadeRootTheme[];
  untaken: { letter: string; name: string }[];
}
