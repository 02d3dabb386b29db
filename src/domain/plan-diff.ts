import type { PlanDocument } from './plan-document';

/**
 * What changed between two versions of a plan (two years, or a stored plan and a document about
 * to replace it), element by element as a planner would describe it.
 */

export type ElementKind =
  | 'plan'
  | 'theme'
  | 'objective'
  | 'ksf'
  | 'kpi'
  | 'action'
  | 'link'
  | 'target'
  | 'actual';
export type ChangeKind = 'added' | 'removed' | 'renamed' | 'recoded' | 'changed';

export interface PlanChange {
  element: ElementKind;
  change: ChangeKind;
  /** The element's code (theme letter, `AC1`, `AL1→AP1` for links) after the change, or before if removed. */
  code: string;
  /** For recoded: the old code. */
  fromCode?: string;
  field?: string;
  before?: string;
  after?: string;
}

interface Keyed {
  key: string;
  name: string;
  fields: Record<string, string>;
}

function diffKeyed(
  element: ElementKind,
  before: Keyed[],
  after: Keyed[],
  detectRecode: boolean,
): PlanChange[] {
  const changes: PlanChange[] = [];
  const beforeByKey = new Map(before.map((e) => [e.key, e]));
  const afterByKey = new Map(after.map((e) => [e.key, e]));
  const removed = before.filter((e) => !afterByKey.has(e.key));
  const added = after.filter((e) => !beforeByKey.has(e.key));
  for (const a of after) {
    const b = beforeByKey.get(a.key);
    if (!b) continue;
    if (b.name !== a.name)
      changes.push({ element, change: 'renamed', code: a.key, before: b.name, after: a.name });
    for (const [field, value] of Object.entries(a.fields)) {
      const old = b.fields[field] ?? '';
      if (old !== value)
        changes.push({ element, change: 'changed', code: a.key, field, before: old, after: value });
    }
  }
  const unmatchedAdded = new Set(added);
  for (const r of removed) {
    const twin = detectRecode ? added.find((a) => unmatchedAdded.has(a) && a.name === r.name) : undefined;
    if (twin) {
      unmatchedAdded.delete(twin);
      changes.push({
        element,
        change: 'recoded',
        code: twin.key,
        fromCode: r.key,
        before: r.key,
        after: twin.key,
      });
    } else {
      changes.push({ element, change: 'removed', code: r.key, before: r.name });
    }
  }
  for (const a of unmatchedAdded) changes.push({ element, change: 'added', code: a.key, after: a.name });
  return changes;
}

export function diffPlans(before: PlanDocument, after: PlanDocument): PlanChange[] {
  const planFields = (p: PlanDocument): Record<string, string> => ({
    title: p.title ?? '',
    issued: p.issued ?? '',
    mission: p.mission,
    vision: p.vision,
    coreValues: p.coreValues.join('、'),
    perspectiveOrder: (p.perspectiveOrder ?? ['C', 'P', 'L', 'F']).join(''),
    scoring: JSON.stringify(p.scoring ?? {}),
  });
  const themes = (p: PlanDocument): Keyed[] =>
    p.themes.map((t) => ({
      key: t.letter,
      name: t.name,
      fields: {
        cascadesFrom: t.cascadesFrom ? `${t.cascadesFrom.org} ${t.cascadesFrom.letter}` : '',
        lead: t.lead ?? '',
        members: (t.members ?? []).join('、'),
        weight: String(t.weight ?? 1),
      },
    }));
  const coded = <T extends { code: string; name: string }>(
    xs: T[],
    fields: (x: T) => Record<string, string>,
  ) => xs.map((x) => ({ key: x.code, name: x.name, fields: fields(x) }));
  const ksfs = (p: PlanDocument): Keyed[] =>
    p.ksfs.map((k) => ({ key: `${k.objective}:${k.name}`, name: k.name, fields: { code: k.code ?? '' } }));
  // Results are keyed `AC1.1@110Q1` and compared by what they say, not how a document spelled it.
  const targets = (p: PlanDocument): Keyed[] =>
    (p.targets ?? []).map((t) => ({
      key: `${t.kpi}@${t.period}`,
      name: `${t.kpi}@${t.period}`,
      fields: { target: describeTarget(t) },
    }));
  const actuals = (p: PlanDocument): Keyed[] =>
    (p.actuals ?? []).map((a) => ({
      key: `${a.kpi}@${a.period}`,
      name: `${a.kpi}@${a.period}`,
      fields: {
        actual: a.value != null ? String(a.value) : (a.stage ?? ''),
        inputs: JSON.stringify(a.inputs ?? {}),
        note: a.note ?? '',
        evidence: a.evidence ?? '',
        explanation: a.explanation ?? '',
        correctiveAction: a.correctiveAction ?? '',
      },
    }));
  const scoring = (k: PlanDocument['kpis'][number]) => ({
    formula: k.formula ?? '',
    unit: k.unit ?? '',
    polarity: k.polarity ?? 'higher',
    frequency: k.frequency ?? '',
    baseline: k.baseline == null ? '' : String(k.baseline),
    weight: String(k.weight ?? 1),
    aggregate: k.aggregate ?? 'last',
    stages: (k.stages ?? []).map((s) => `${s.name} ${s.percent}%`).join('、'),
    tolerance: k.tolerance == null ? '' : String(k.tolerance),
  });
  const links = (p: PlanDocument): Keyed[] =>
    p.links.map((l) => ({ key: `${l.from}→${l.to}`, name: `${l.from}→${l.to}`, fields: {} }));

  return [
    ...diffKeyed(
      'plan',
      [{ key: '', name: '', fields: planFields(before) }],
      [{ key: '', name: '', fields: planFields(after) }],
      false,
    ),
    ...diffKeyed('theme', themes(before), themes(after), false),
    ...diffKeyed(
      'objective',
      coded(before.objectives, (o) => ({ weight: String(o.weight ?? 1) })),
      coded(after.objectives, (o) => ({ weight: String(o.weight ?? 1) })),
      true,
    ),
    ...diffKeyed('ksf', ksfs(before), ksfs(after), false),
    ...diffKeyed('kpi', coded(before.kpis, scoring), coded(after.kpis, scoring), true),
    ...diffKeyed(
      'action',
      coded(before.actions, () => ({})),
      coded(after.actions, () => ({})),
      true,
    ),
    ...diffKeyed('link', links(before), links(after), false),
    ...diffKeyed('target', targets(before), targets(after), false),
    ...diffKeyed('actual', actuals(before), actuals(after), false),
  ];
}

function describeTarget(t: NonNullable<PlanDocument['targets']>[number]): string {
  if (t.min != null && t.max != null) return `${t.min}–${t.max}`;
  if (t.value != null) return String(t.value);
  return t.stage ?? '';
}
