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

/** Names that occur exactly once in the list: only those identify an element across a recode. */
function uniqueNames(xs: Keyed[]): Set<string> {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x.name, (counts.get(x.name) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n === 1).map(([name]) => name));
}

/**
 * Pairs each element of the later version with the one it continues: the same code and name;
 * else (when codes may change) the one element bearing the same name — planners re-letter themes
 * and renumber objectives between years, and the name is what stays; else the same code.
 */
function pairElements(before: Keyed[], after: Keyed[], detectRecode: boolean): Map<Keyed, Keyed> {
  const pairs = new Map<Keyed, Keyed>();
  const beforeByKey = new Map(before.map((e) => [e.key, e]));
  const taken = new Set<Keyed>();
  const pair = (b: Keyed, a: Keyed) => {
    pairs.set(b, a);
    taken.add(a);
  };
  for (const a of after) {
    const b = beforeByKey.get(a.key);
    if (b && b.name === a.name) pair(b, a);
  }
  if (detectRecode) {
    const openBefore = before.filter((b) => !pairs.has(b));
    const openAfter = after.filter((a) => !taken.has(a));
    const unique = uniqueNames(openBefore);
    const uniqueAfter = uniqueNames(openAfter);
    const afterByName = new Map(openAfter.map((a) => [a.name, a]));
    for (const b of openBefore) {
      const a = afterByName.get(b.name);
      if (a && unique.has(b.name) && uniqueAfter.has(b.name)) pair(b, a);
    }
  }
  const afterByKey = new Map(after.filter((a) => !taken.has(a)).map((a) => [a.key, a]));
  for (const b of before) {
    const a = afterByKey.get(b.key);
    if (!pairs.has(b) && a) pair(b, a);
  }
  return pairs;
}

function diffKeyed(
  element: ElementKind,
  before: Keyed[],
  after: Keyed[],
  detectRecode: boolean,
): PlanChange[] {
  const pairs = pairElements(before, after, detectRecode);
  const fieldChanges = (b: Keyed, a: Keyed): PlanChange[] =>
    Object.entries(a.fields)
      .filter(([field, value]) => (b.fields[field] ?? '') !== value)
      .map(([field, value]) => ({
        element,
        change: 'changed' as const,
        code: a.key,
        field,
        before: b.fields[field] ?? '',
        after: value,
      }));
  const changes: PlanChange[] = [];
  for (const [b, a] of pairs) {
    if (b.key !== a.key) continue;
    if (b.name !== a.name)
      changes.push({ element, change: 'renamed', code: a.key, before: b.name, after: a.name });
    changes.push(...fieldChanges(b, a));
  }
  for (const b of before) {
    const a = pairs.get(b);
    if (!a) changes.push({ element, change: 'removed', code: b.key, before: b.name });
    else if (a.key !== b.key) {
      changes.push({ element, change: 'recoded', code: a.key, fromCode: b.key, before: b.key, after: a.key });
      changes.push(...fieldChanges(b, a));
    }
  }
  const paired = new Set(pairs.values());
  for (const a of after)
    if (!paired.has(a)) changes.push({ element, change: 'added', code: a.key, after: a.name });
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
    note: k.note ?? '',
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
    ...diffKeyed('theme', themes(before), themes(after), true),
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
