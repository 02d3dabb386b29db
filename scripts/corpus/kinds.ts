import type { PlanDocument } from '../../src/domain/plan-document';

/**
 * What a form of a plan lets an importer recover. A deck without scorecards says nothing about
 * KPIs; a map without arrows says nothing about links; only a form that states the cascade (per
 * theme, in prose, or by showing the parent's map) says which parent theme each theme takes up.
 */
export const ELEMENT_KINDS = [
  'plan',
  'parent',
  'mvv',
  'themes',
  'cascades',
  'leads',
  'objectives',
  'links',
  'ksfs',
  'kpis',
  'formulas',
  'actions',
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/** The plan as far as a form states it: everything the form does not carry is left out. */
export function projectPlan(plan: PlanDocument, kinds: readonly ElementKind[]): PlanDocument {
  const has = (k: ElementKind) => kinds.includes(k);
  return {
    format: plan.format,
    org: { name: plan.org.name, parent: has('parent') ? (plan.org.parent ?? null) : null },
    year: plan.year,
    title: plan.title ?? null,
    issued: plan.issued ?? null,
    mission: has('mvv') ? plan.mission : '',
    vision: has('mvv') ? plan.vision : '',
    coreValues: has('mvv') ? plan.coreValues : [],
    ...(plan.perspectiveOrder ? { perspectiveOrder: plan.perspectiveOrder } : {}),
    themes: has('themes')
      ? plan.themes.map((t) => ({
          letter: t.letter,
          name: t.name,
          ...(has('cascades') && t.cascadesFrom ? { cascadesFrom: t.cascadesFrom } : {}),
          ...(has('leads') && t.lead ? { lead: t.lead, members: t.members ?? [] } : {}),
        }))
      : [],
    objectives: has('objectives') ? plan.objectives : [],
    ksfs: has('ksfs') ? plan.ksfs : [],
    kpis: has('kpis')
      ? plan.kpis.map((k) => ({
          code: k.code,
          objective: k.objective,
          name: k.name,
          formula: has('formulas') ? (k.formula ?? null) : null,
          unit: has('formulas') ? (k.unit ?? null) : null,
        }))
      : [],
    actions: has('actions') ? plan.actions : [],
    links: has('links') ? plan.links : [],
  };
}

/** Kinds a plan has something of: a plan without KPIs expects none from any form. */
export function kindsPresent(plan: PlanDocument): Set<ElementKind> {
  const out = new Set<ElementKind>(['plan', 'themes', 'objectives']);
  if (plan.org.parent) out.add('parent');
  if (plan.mission || plan.vision || plan.coreValues.length) out.add('mvv');
  if (plan.themes.some((t) => t.cascadesFrom)) out.add('cascades');
  if (plan.themes.some((t) => t.lead)) out.add('leads');
  if (plan.links.length) out.add('links');
  if (plan.ksfs.length) out.add('ksfs');
  if (plan.kpis.length) out.add('kpis');
  if (plan.kpis.some((k) => k.formula || k.unit)) out.add('formulas');
  if (plan.actions.length) out.add('actions');
  return out;
}
