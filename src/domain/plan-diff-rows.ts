import { compareCodes } from './codes';
import { type ChangeKind, diffPlans, type ElementKind, type PlanChange } from './plan-diff';
import type { PlanDocument } from './plan-document';

/**
 * Two years of one organisation's plan side by side: each change of `diffPlans` as a row with what
 * the earlier year says on the left and what the later year says on the right.
 */

/**
 * Element kinds compared across years. Targets and actuals belong to their year (`AC1.1@110`
 * never meets `AC1.1@111`), so comparing them would list every one as removed and added.
 */
export const YEAR_DIFF_ELEMENTS = ['plan', 'theme', 'objective', 'ksf', 'kpi', 'action', 'link'] as const;
export type YearDiffElement = (typeof YEAR_DIFF_ELEMENTS)[number];

export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'renamed', 'recoded', 'changed'];

export interface DiffSide {
  /** Theme letter, element code, `AL1→AP1` for a link; empty for the plan itself. */
  code: string;
  /** The element's name in that year (a link: both ends' names). */
  name: string;
  /** For a changed field: its value in that year. */
  value?: string;
}

export interface DiffRow {
  element: YearDiffElement;
  change: ChangeKind;
  field: string | null;
  left: DiffSide | null;
  right: DiffSide | null;
}

export interface DiffCounts {
  total: number;
  byChange: Record<ChangeKind, number>;
  byElement: Record<YearDiffElement, number>;
}

/** Names of a plan's elements by kind and key, as `diffPlans` keys them. */
function namesOf(doc: PlanDocument): Map<string, string> {
  const names = new Map<string, string>();
  const objectiveName = new Map(doc.objectives.map((o) => [o.code, o.name]));
  for (const t of doc.themes) names.set(`theme:${t.letter}`, t.name);
  for (const o of doc.objectives) names.set(`objective:${o.code}`, o.name);
  for (const k of doc.ksfs) names.set(`ksf:${k.objective}:${k.name}`, k.name);
  for (const k of doc.kpis) names.set(`kpi:${k.code}`, k.name);
  for (const a of doc.actions) names.set(`action:${a.code}`, a.name);
  for (const l of doc.links) {
    const end = (code: string) => objectiveName.get(code) ?? code;
    names.set(`link:${l.from}→${l.to}`, `${end(l.from)} → ${end(l.to)}`);
  }
  return names;
}

/** A KSF is keyed `AC1:name` by the diff; a planner reads it by its objective's code. */
function displayCode(element: ElementKind, key: string): string {
  if (element !== 'ksf') return key;
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(0, colon);
}

function isYearElement(element: ElementKind): element is YearDiffElement {
  return (YEAR_DIFF_ELEMENTS as readonly string[]).includes(element);
}

function rowOf(change: PlanChange, left: Map<string, string>, right: Map<string, string>): DiffRow | null {
  const { element } = change;
  if (!isYearElement(element)) return null;
  const side = (names: Map<string, string>, key: string, value?: string): DiffSide => ({
    code: displayCode(element, key),
    name: names.get(`${element}:${key}`) ?? '',
    ...(value === undefined ? {} : { value }),
  });
  const base = { element, change: change.change, field: change.field ?? null };
  switch (change.change) {
    case 'added':
      return { ...base, left: null, right: side(right, change.code) };
    case 'removed':
      return { ...base, left: side(left, change.code), right: null };
    case 'recoded':
      return { ...base, left: side(left, change.fromCode ?? change.code), right: side(right, change.code) };
    case 'renamed':
      return {
        ...base,
        left: { code: displayCode(element, change.code), name: change.before ?? '' },
        right: { code: displayCode(element, change.code), name: change.after ?? '' },
      };
    case 'changed':
      return {
        ...base,
        left: side(left, change.code, change.before ?? ''),
        right: side(right, change.code, change.after ?? ''),
      };
  }
}

const ELEMENT_ORDER = new Map<string, number>(YEAR_DIFF_ELEMENTS.map((e, i) => [e, i]));
const CHANGE_ORDER = new Map<string, number>(CHANGE_KINDS.map((c, i) => [c, i]));

/**
 * Rows in reading order: by element kind, then by code (the later year's, else the earlier's);
 * the fields of one element stay in the order the diff lists them (the plan's as a plan reads).
 */
export function yearDiffRows(earlier: PlanDocument, later: PlanDocument): DiffRow[] {
  const left = namesOf(earlier);
  const right = namesOf(later);
  const rows = diffPlans(earlier, later).flatMap((c) => {
    const row = rowOf(c, left, right);
    return row ? [row] : [];
  });
  const codeOf = (r: DiffRow) => r.right?.code ?? r.left?.code ?? '';
  return rows.sort(
    (a, b) =>
      (ELEMENT_ORDER.get(a.element) ?? 0) - (ELEMENT_ORDER.get(b.element) ?? 0) ||
      compareCodes(codeOf(a), codeOf(b)) ||
      (CHANGE_ORDER.get(a.change) ?? 0) - (CHANGE_ORDER.get(b.change) ?? 0),
  );
}

export function countDiffRows(rows: DiffRow[]): DiffCounts {
  const byChange = Object.fromEntries(CHANGE_KINDS.map((c) => [c, 0])) as Record<ChangeKind, number>;
  const byElement = Object.fromEntries(YEAR_DIFF_ELEMENTS.map((e) => [e, 0])) as Record<
    YearDiffElement,
    number
  >;
  for (const r of rows) {
    byChange[r.change] += 1;
    byElement[r.element] += 1;
  }
  return { total: rows.length, byChange, byElement };
}
