import type { PlanDocument } from '../../../../src/domain/plan-document';
import type { Finding } from '../../api/types';

export interface PlanChange {
  element: string;
  change: 'added' | 'removed' | 'renamed' | 'recoded' | 'changed';
  code: string;
  fromCode: string | null;
  field: string | null;
  before: string | null;
  after: string | null;
}

/** `POST /api/imports/preview`: what the document holds and what storing it would change. */
export interface ImportPreview {
  fileName: string;
  plans: PlanDocument[];
  findings: Finding[];
  existing: { org: string; year: number; planId: number; changes: PlanChange[] }[];
}

/** What the import did (or, as a dry run, would do) with one plan document. */
export interface ImportOutcome {
  org: string;
  year: number;
  action: 'created' | 'replaced' | 'unchanged';
  planId: number | null;
  /** Organisations the import creates on the way. */
  createdOrgs: string[];
  /** For a stored plan: what the document changes. */
  changes: PlanChange[];
}

/** `POST /api/plans/import`: one outcome per stored plan. */
export interface ImportResult {
  plans: ImportOutcome[];
}

/** Findings that keep a document from being stored (the server refuses the whole file). */
export function blockingFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.rule === 'plan-invalid');
}
