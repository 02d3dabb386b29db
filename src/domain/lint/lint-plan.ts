import type { PlanDocument } from '../plan-document';
import type { LintContext } from './context';
import { compareFindings, type Finding } from './finding';
import { statedCounts } from './rules/counts';
import { unparsableFormulas } from './rules/formulas';
import { duplicateAndEmptyNames, nameVariants } from './rules/names';
import {
  missingParents,
  objectivesWithoutKpi,
  themeLetterGaps,
  themesWithoutObjectives,
} from './rules/structure';

/**
 * Soft rules over one plan. Pure: runs on a freshly imported plan (with the document's context,
 * so findings carry source lines) and on a stored plan (without it).
 */
export function lintPlan(plan: PlanDocument, context: LintContext = {}): Finding[] {
  const findings = [
    ...missingParents(plan, context),
    ...themesWithoutObjectives(plan),
    ...objectivesWithoutKpi(plan, context),
    ...themeLetterGaps(plan),
    ...duplicateAndEmptyNames(plan, context),
    ...nameVariants(plan, context),
    ...unparsableFormulas(plan, context),
    ...statedCounts(plan, context),
  ];
  const ref = { org: plan.org.name, year: plan.year };
  return findings.map((f) => ({ ...f, plan: ref })).sort(compareFindings);
}
