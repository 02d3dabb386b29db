import { CROSS_THEME_LETTER, compareCodes, type Perspective, parseCodeOfKind } from '../codes';
import type { PlanDocument, ThemeDoc } from '../plan-document';
import type { CardPlacement } from './types';

export interface ColumnSpec {
  letter: string;
  name: string;
  unknown: boolean;
  cascadesFrom: ThemeDoc['cascadesFrom'];
  lead: string | null;
  members: string[];
}

export interface PlacedObjective {
  code: string;
  name: string;
  perspective: Perspective;
  placement: CardPlacement;
  /** Index into the columns, null for objectives spanning all of them. */
  column: number | null;
}

export interface Classification {
  columns: ColumnSpec[];
  objectives: PlacedObjective[];
}

/**
 * Decides where each objective goes. The theme field wins when given (the schema fills it
 * from the code otherwise). No theme: a `T` code is the city's cross-theme objective unless
 * the plan really has a theme T; anything else is shared by all themes. An objective that
 * names a theme the plan does not list gets a column of its own rather than disappear.
 */
export function classify(plan: PlanDocument): Classification {
  const columns: ColumnSpec[] = [];
  const index = new Map<string, number>();
  for (const t of plan.themes) {
    if (index.has(t.letter)) continue;
    index.set(t.letter, columns.length);
    columns.push({
      letter: t.letter,
      name: t.name,
      unknown: false,
      cascadesFrom: t.cascadesFrom ?? null,
      lead: t.lead ?? null,
      members: t.members ?? [],
    });
  }
  const hasThemeT = index.has(CROSS_THEME_LETTER);
  const objectives: PlacedObjective[] = [];
  for (const o of plan.objectives) {
    const codeLetter = parseCodeOfKind(o.code, 'objective')?.themeLetter ?? null;
    let letter = o.theme ?? null;
    if (letter === null && codeLetter === CROSS_THEME_LETTER && hasThemeT) letter = CROSS_THEME_LETTER;
    if (letter === null) {
      const cross = codeLetter === CROSS_THEME_LETTER;
      objectives.push({ ...pick(o), placement: cross ? 'cross' : 'shared', column: null });
      continue;
    }
    let col = index.get(letter);
    if (col === undefined) {
      col = columns.length;
      index.set(letter, col);
      columns.push({ letter, name: '', unknown: true, cascadesFrom: null, lead: null, members: [] });
    }
    const unknown = columns[col]?.unknown === true;
    objectives.push({ ...pick(o), placement: unknown ? 'unknown-theme' : 'theme', column: col });
  }
  objectives.sort((a, b) => compareCodes(a.code, b.code));
  return { columns, objectives };
}

function pick(o: PlanDocument['objectives'][number]) {
  return { code: o.code, name: o.name, perspective: o.perspective };
}

/** Row order: the caller's, else the plan's, else C P L F; a partial list is completed. */
export function resolvePerspectiveOrder(plan: PlanDocument, requested?: Perspective[]): Perspective[] {
  const base = requested ?? plan.perspectiveOrder ?? [];
  const order: Perspective[] = [];
  for (const p of [...base, 'C', 'P', 'L', 'F'] as Perspective[]) if (!order.includes(p)) order.push(p);
  return order;
}
