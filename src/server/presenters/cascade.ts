import type { DiffRow, DiffSide } from '../../domain/plan-diff-rows';
import type { PlanDiff } from '../../services/plans/diff-plans';
import type { Cascade, CascadeNode, NamedOrg } from '../../services/plans/get-cascade';

function presentNode(node: CascadeNode): Record<string, unknown> {
  const t = node.theme;
  return {
    org: { id: t.orgId, name: t.orgName },
    plan: { id: t.planId, year: t.year, status: t.status },
    theme: { letter: t.letter, name: t.name },
    cascadesFrom: t.from ? { orgId: t.from.orgId, letter: t.from.letter, year: t.from.year ?? t.year } : null,
    objectives: node.objectives.map((o) => ({ code: o.code, name: o.name, perspective: o.perspective })),
    children: node.children.map(presentNode),
  };
}

function presentNamed(n: NamedOrg) {
  return { name: n.name, role: n.role, orgId: n.orgId, planId: n.planId, takesUp: n.takesUp };
}

export function presentCascade(c: Cascade) {
  return {
    org: { id: c.org.id, name: c.org.name },
    year: c.year,
    plan: { id: c.plan.id, status: c.plan.status, title: c.plan.title },
    years: c.years,
    themes: c.themes.map((root) => ({
      letter: root.theme.letter,
      name: root.theme.name,
      objectives: root.objectives.map((o) => ({ code: o.code, name: o.name, perspective: o.perspective })),
      named: root.named.map(presentNamed),
      children: root.children.map(presentNode),
    })),
    untaken: c.untaken.map((u) => ({ letter: u.letter, name: u.name })),
  };
}

function presentSide(s: DiffSide | null) {
  if (!s) return null;
  return { code: s.code, name: s.name, value: s.value ?? null };
}

function presentRow(r: DiffRow) {
  return {
    element: r.element,
    change: r.change,
    field: r.field,
    left: presentSide(r.left),
    right: presentSide(r.right),
  };
}

export function presentPlanDiff(d: PlanDiff) {
  const plan = (p: PlanDiff['left']) => ({ id: p.id, year: p.year, status: p.status });
  return {
    org: { id: d.org.id, name: d.org.name },
    left: plan(d.left),
    right: plan(d.right),
    counts: {
      total: d.counts.total,
      byChange: { ...d.counts.byChange },
      byElement: { ...d.counts.byElement },
    },
    rows: d.rows.map(presentRow),
  };
}
