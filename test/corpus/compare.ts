import type { ElementKind } from '../../scripts/corpus/kinds';
import type { Finding } from '../../src/domain/lint/finding';
import type { PlanDocument } from '../../src/domain/plan-document';

/**
 * Expected plan vs imported plans, element by element. A difference is acceptable only when a
 * finding of that plan names the element: its own code (the theme letter for a theme, either
 * end for a link) or the code it hangs from (the objective of a KPI, the KPI of an action).
 * Everything else is an unexplained difference: the importer silently got it wrong.
 */

export interface ExpectedPlan {
  plan: PlanDocument;
  /** What this form states of the plan; other kinds are not compared. */
  kinds: readonly ElementKind[];
}

export interface Difference {
  plan: string;
  kind: ElementKind;
  key: string;
  expected: string | null;
  actual: string | null;
  /** The rule of the finding that names this element, when one does. */
  explainedBy?: string;
}

export interface Tally {
  exact: number;
  total: number;
}

export interface Comparison {
  tally: Partial<Record<ElementKind, Tally>>;
  differences: Difference[];
  unexplained: Difference[];
  findings: number;
}

interface Item {
  key: string;
  value: string;
  /** Codes a finding may name to explain a difference in this item. */
  codes: string[];
}

const cascadeText = (c: PlanDocument['themes'][number]['cascadesFrom']) =>
  c ? `${c.org} ${c.letter}${c.year ? ` (${c.year})` : ''}` : '—';

/** The year of a cascade is often left for the importer to fill in from the plan's own year. */
const cascadeOf = (p: PlanDocument, t: PlanDocument['themes'][number]) =>
  cascadeText(t.cascadesFrom ? { ...t.cascadesFrom, year: t.cascadesFrom.year ?? p.year } : null);

function items(p: PlanDocument, kind: ElementKind): Item[] {
  switch (kind) {
    case 'plan':
      return [
        { key: 'org', value: p.org.name, codes: ['org'] },
        { key: 'year', value: String(p.year), codes: ['year'] },
      ];
    case 'parent':
      return [{ key: 'parent', value: p.org.parent ?? '—', codes: ['parent'] }];
    case 'mvv':
      return [
        { key: 'mission', value: p.mission, codes: ['mission'] },
        { key: 'vision', value: p.vision, codes: ['vision'] },
        { key: 'coreValues', value: p.coreValues.join('、'), codes: ['coreValues'] },
      ];
    case 'themes':
      return p.themes.map((t) => ({ key: t.letter, value: t.name, codes: [t.letter] }));
    case 'cascades':
      return p.themes.map((t) => ({ key: t.letter, value: cascadeOf(p, t), codes: [t.letter] }));
    case 'leads':
      return p.themes.map((t) => ({
        key: t.letter,
        value: `${t.lead ?? '—'}: ${(t.members ?? []).join('、')}`,
        codes: [t.letter],
      }));
    case 'objectives':
      return p.objectives.map((o) => ({
        key: o.code,
        value: `${o.theme ?? '·'}${o.perspective} ${o.name}`,
        codes: [o.code],
      }));
    case 'links':
      return p.links.map((l) => ({ key: `${l.from}→${l.to}`, value: '', codes: [l.from, l.to] }));
    case 'ksfs': {
      const seen = new Map<string, number>();
      return p.ksfs.map((k) => {
        const base = `${k.objective}/${k.code ?? ''}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return {
          key: n > 1 ? `${base}#${n}` : base,
          value: k.name,
          codes: [k.objective, ...(k.code ? [k.code] : [])],
        };
      });
    }
    case 'kpis':
      return p.kpis.map((k) => ({
        key: k.code,
        value: `${k.objective} ${k.name}`,
        codes: [k.code, k.objective],
      }));
    case 'formulas':
      return p.kpis.map((k) => ({
        key: k.code,
        value: `${k.formula ?? ''} | ${k.unit ?? ''}`,
        codes: [k.code, k.objective],
      }));
    case 'actions':
      return p.actions.map((a) => ({
        key: a.code,
        value: `${a.kpi} ${a.name}`,
        codes: [a.code, a.kpi, a.kpi.replace(/\.\d+$/, '')],
      }));
  }
}

const planKey = (p: PlanDocument) => `${p.org.name} ${p.year}`;

/** The imported plan standing for the expected one: same organisation and year, else same organisation. */
function counterpart(expected: PlanDocument, imported: PlanDocument[]): PlanDocument | undefined {
  return (
    imported.find((p) => p.org.name === expected.org.name && p.year === expected.year) ??
    imported.find((p) => p.org.name === expected.org.name)
  );
}

function explainer(findings: Finding[], plan: PlanDocument | undefined, codes: string[]): string | undefined {
  const own = findings.filter(
    (f) => !f.plan || !plan || (f.plan.org === plan.org.name && f.plan.year === plan.year),
  );
  return own.find((f) => f.codes.some((c) => codes.includes(c)))?.rule;
}

export function comparePlans(
  expected: ExpectedPlan[],
  imported: PlanDocument[],
  findings: Finding[],
  /** Other plans the form legitimately holds in part (a header quoting the city's map), "org year". */
  tolerated: readonly string[] = [],
): Comparison {
  const tally: Comparison['tally'] = {};
  const differences: Difference[] = [];
  const used = new Set<PlanDocument>();
  for (const e of expected) {
    const actual = counterpart(
      e.plan,
      imported.filter((p) => !used.has(p)),
    );
    if (actual) used.add(actual);
    const label = planKey(e.plan);
    for (const kind of e.kinds) {
      const want = items(e.plan, kind);
      const got = actual ? items(actual, kind) : [];
      const gotByKey = new Map(got.map((i) => [i.key, i]));
      const t = tally[kind] ?? { exact: 0, total: 0 };
      tally[kind] = t;
      for (const w of want) {
        t.total++;
        const g = gotByKey.get(w.key);
        gotByKey.delete(w.key);
        if (g && g.value === w.value) {
          t.exact++;
          continue;
        }
        differences.push({
          plan: label,
          kind,
          key: w.key,
          expected: w.value,
          actual: g ? g.value : null,
          explainedBy: explainer(findings, actual, w.codes),
        });
      }
      for (const g of gotByKey.values())
        differences.push({
          plan: label,
          kind,
          key: g.key,
          expected: null,
          actual: g.value,
          explainedBy: explainer(findings, actual, g.codes),
        });
    }
  }
  for (const p of imported)
    if (!used.has(p) && !tolerated.includes(planKey(p)))
      differences.push({
        plan: planKey(p),
        kind: 'plan',
        key: 'plan',
        expected: null,
        actual: `${p.themes.length} themes, ${p.objectives.length} objectives`,
      });
  return {
    tally,
    differences,
    unexplained: differences.filter((d) => !d.explainedBy),
    findings: findings.length,
  };
}

/** One line per difference, for assertion messages and the bench. */
export function describeDifference(d: Difference): string {
  const what = `${d.plan} ${d.kind} ${d.key}`;
  const why = d.explainedBy ? ` [finding ${d.explainedBy}]` : '';
  if (d.actual === null) return `${what}: missing (expected ${JSON.stringify(d.expected)})${why}`;
  if (d.expected === null) return `${what}: not in the document (got ${JSON.stringify(d.actual)})${why}`;
  return `${what}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}${why}`;
}
