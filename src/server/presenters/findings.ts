import type { Finding } from '../../domain/lint';
import type { PlanChange } from '../../domain/plan-diff';
import type { ExistingPlan, ImportPreview } from '../../services/imports/preview-import';

export function presentFinding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    codes: f.codes,
    message: { zh: f.message.zh, en: f.message.en },
    line: f.line ?? null,
    page: f.page ? { kind: f.page.kind, number: f.page.number } : null,
    plan: f.plan ? { org: f.plan.org, year: f.plan.year } : null,
  };
}

export function presentChange(c: PlanChange) {
  return {
    element: c.element,
    change: c.change,
    code: c.code,
    fromCode: c.fromCode ?? null,
    field: c.field ?? null,
    before: c.before ?? null,
    after: c.after ?? null,
  };
}

function presentExisting(e: ExistingPlan) {
  return { org: e.org, year: e.year, planId: e.planId, changes: e.changes.map(presentChange) };
}

/** Plans are returned as the `stratmap.plan/1` documents a confirming import sends back unchanged. */
export function presentImportPreview(p: ImportPreview) {
  return {
    fileName: p.fileName,
    plans: p.plans,
    findings: p.findings.map(presentFinding),
    existing: p.existing.map(presentExisting),
  };
}
