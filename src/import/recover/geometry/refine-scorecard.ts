import type { Finding } from '../../../domain/lint/finding';
import { nameKey } from '../../../domain/lint/similarity';
import { readDefinition } from '../definition';
import type { PlanDraft } from '../draft-plan';
import { misfiledFinding } from './messages';
import type { ScorecardReading } from './scorecard';

/**
 * What the scorecard tables, read with their merges, add to a part's draft: text a row break cut
 * off (a formula, a unit, a KPI's or action's name continued in the next row, or on the next
 * slide), KSFs of rows whose objective cell is merged from above (where the text may have
 * joined two KSF cells into one), and KPIs printed under another objective's merged cell.
 * Otherwise a value the text read differently is kept.
 */

/** `longer` is `shorter` with more text after it: the text recovery stopped at a row break. */
function continues(longer: string | undefined, shorter: string | undefined): boolean {
  if (!longer) return false;
  if (!shorter) return true;
  const a = nameKey(longer);
  const b = nameKey(shorter);
  return a.length > b.length && a.startsWith(b);
}

export function refineFromScorecards(draft: PlanDraft, read: ScorecardReading): Finding[] {
  for (const kpi of draft.kpis) {
    const seen = read.kpis.get(kpi.code);
    if (!seen) continue;
    if (continues(seen.name, kpi.name)) kpi.name = seen.name;
    // Read as the text recovery reads a definition cell, so a note stays apart from the formula.
    const def = seen.definition ? readDefinition(seen.definition) : null;
    if (def?.formula && continues(def.formula, kpi.formula)) kpi.formula = def.formula;
    if (def?.note && !kpi.note) kpi.note = def.note;
    const unit = seen.unit ?? def?.unit ?? undefined;
    if (unit && continues(unit, kpi.unit)) kpi.unit = unit;
  }
  for (const action of draft.actions) {
    const seen = read.actions.get(action.code);
    if (seen && continues(seen.name, action.name)) action.name = seen.name;
  }
  // A KSF the text joined to the next row's, where the merges show two cells: the table's wins.
  draft.ksfs = draft.ksfs.filter(
    (x) =>
      !read.ksfs.some((k) => k.objective === x.objective && continues(x.name, k.name)) ||
      read.ksfs.some((k) => k.objective === x.objective && nameKey(k.name) === nameKey(x.name)),
  );
  const objectives = new Set(draft.objectives.map((o) => o.code));
  const where = (objective: string, name: string) => `${objective}\u0000${nameKey(name)}`;
  const tables = new Set(read.ksfs.map((k) => where(k.objective, k.name)));
  for (const k of read.ksfs) {
    const key = nameKey(k.name);
    if (key === '' || !objectives.has(k.objective)) continue;
    if (draft.ksfs.some((x) => where(x.objective, x.name) === where(k.objective, k.name))) continue;
    // Filed under another objective by the text, which the tables do not give it: the merge decides.
    const moved = draft.ksfs.find((x) => nameKey(x.name) === key && !tables.has(where(x.objective, x.name)));
    if (moved) {
      moved.objective = k.objective;
      continue;
    }
    const cut = draft.ksfs.find((x) => x.objective === k.objective && continues(k.name, x.name));
    if (cut) cut.name = k.name;
    else {
      // Beside its objective's other KSFs, in the table's order.
      const after = draft.ksfs.findLastIndex((x) => x.objective === k.objective);
      draft.ksfs.splice(after < 0 ? draft.ksfs.length : after + 1, 0, {
        code: k.code,
        objective: k.objective,
        name: k.name,
      });
    }
  }
  return read.misfiled.map((m) => misfiledFinding(m.kpi, m.objective, m.line));
}
