import { objectiveCodeMatchesTheme, parseCodeOfKind } from './codes';
import { parsePeriod } from './periods';
import type { PlanDocument } from './plan-document';

/**
 * Hard rules a plan must satisfy before it is stored: unique codes, references that resolve,
 * codes that agree with their theme, perspective and parent. Softer problems (typos, missing
 * KPIs, stated counts) are the linter's business, not this module's.
 */

export interface IntegrityProblem {
  /** JSON path into the plan document, e.g. `kpis.3.objective`. */
  path: (string | number)[];
  message: string;
}

export function checkPlanIntegrity(plan: PlanDocument): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });

  const letters = new Set<string>();
  plan.themes.forEach((t, i) => {
    if (letters.has(t.letter)) add(['themes', i, 'letter'], `theme letter ${t.letter} is used twice`);
    letters.add(t.letter);
  });
  const hasThemeT = letters.has('T');

  const objectives = new Set<string>();
  plan.objectives.forEach((o, i) => {
    const parsed = parseCodeOfKind(o.code, 'objective');
    if (!parsed) {
      add(['objectives', i, 'code'], `"${o.code}" is not an objective code (e.g. AC1, F1, TC1)`);
      return;
    }
    if (objectives.has(o.code)) add(['objectives', i, 'code'], `objective code ${o.code} is used twice`);
    objectives.add(o.code);
    if (parsed.perspective !== o.perspective) {
      add(
        ['objectives', i, 'perspective'],
        `objective ${o.code} has perspective ${parsed.perspective} in its code but ${o.perspective} is given`,
      );
    }
    if (o.theme !== null && !letters.has(o.theme)) {
      add(
        ['objectives', i, 'theme'],
        `objective ${o.code} names theme ${o.theme}, which the plan does not have`,
      );
    } else if (!objectiveCodeMatchesTheme(o.code, o.theme, hasThemeT)) {
      add(
        ['objectives', i, 'theme'],
        o.theme === null
          ? `objective ${o.code} has a theme letter in its code but no theme is given`
          : `objective ${o.code} does not start with its theme letter ${o.theme}`,
      );
    }
  });

  plan.ksfs.forEach((k, i) => {
    if (!objectives.has(k.objective)) {
      add(
        ['ksfs', i, 'objective'],
        `KSF "${k.name}" belongs to objective ${k.objective}, which is not in the plan`,
      );
    }
    if (k.code != null && k.code !== '' && !parseCodeOfKind(k.code, 'objective')) {
      add(['ksfs', i, 'code'], `"${k.code}" is not a KSF code (KSFs are coded like objectives, e.g. AC1)`);
    }
  });

  const kpis = new Set<string>();
  plan.kpis.forEach((k, i) => {
    const parsed = parseCodeOfKind(k.code, 'kpi');
    if (!parsed) {
      add(['kpis', i, 'code'], `"${k.code}" is not a KPI code (objective code + .n, e.g. AC1.1)`);
      return;
    }
    if (kpis.has(k.code)) add(['kpis', i, 'code'], `KPI code ${k.code} is used twice`);
    kpis.add(k.code);
    if (!objectives.has(k.objective)) {
      add(
        ['kpis', i, 'objective'],
        `KPI ${k.code} belongs to objective ${k.objective}, which is not in the plan`,
      );
    } else if (parsed.objectiveCode !== k.objective) {
      add(['kpis', i, 'code'], `KPI ${k.code} should start with its objective's code ${k.objective}`);
    }
  });

  const actions = new Set<string>();
  plan.actions.forEach((a, i) => {
    const parsed = parseCodeOfKind(a.code, 'action');
    if (!parsed) {
      add(['actions', i, 'code'], `"${a.code}" is not an action plan code (KPI code + .n, e.g. AC1.1.1)`);
      return;
    }
    if (actions.has(a.code)) add(['actions', i, 'code'], `action plan code ${a.code} is used twice`);
    actions.add(a.code);
    if (!kpis.has(a.kpi)) {
      add(['actions', i, 'kpi'], `action plan ${a.code} belongs to KPI ${a.kpi}, which is not in the plan`);
    } else if (parsed.kpiCode !== a.kpi) {
      add(['actions', i, 'code'], `action plan ${a.code} should start with its KPI's code ${a.kpi}`);
    }
  });

  const links = new Set<string>();
  plan.links.forEach((l, i) => {
    if (!objectives.has(l.from))
      add(['links', i, 'from'], `link source ${l.from} is not an objective of the plan`);
    if (!objectives.has(l.to)) add(['links', i, 'to'], `link target ${l.to} is not an objective of the plan`);
    if (l.from === l.to) add(['links', i], `objective ${l.from} cannot link to itself`);
    const key = `${l.from}>${l.to}`;
    if (links.has(key)) add(['links', i], `link ${l.from} → ${l.to} is given twice`);
    links.add(key);
  });

  checkResults(plan, problems);
  return problems;
}

/**
 * Targets and actuals name a KPI of the plan and a period of the plan's year or an earlier one
 * (history carried along), once per KPI and period; stages must be the KPI's own.
 */
function checkResults(plan: PlanDocument, problems: IntegrityProblem[]): void {
  const kpis = new Map(plan.kpis.map((k) => [k.code, k]));
  const check = (
    list: 'targets' | 'actuals',
    entries: { kpi: string; period: string; stage?: string | null }[],
  ) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      const add = (field: string, message: string) => problems.push({ path: [list, i, field], message });
      const kpi = kpis.get(e.kpi);
      if (!kpi) add('kpi', `${e.kpi} is not a KPI of the plan`);
      const period = parsePeriod(e.period);
      if (period.ok && period.period.year > plan.year) {
        add('period', `period ${e.period} is after the plan's year ${plan.year}`);
      }
      const key = `${e.kpi}@${e.period}`;
      if (seen.has(key)) add('period', `${e.kpi} has two ${list} for ${e.period}`);
      seen.add(key);
      if (kpi && e.stage != null && !(kpi.stages ?? []).some((s) => s.name === e.stage?.trim())) {
        add('stage', `stage "${e.stage}" is not one of the stages of KPI ${e.kpi}`);
      }
    });
  };
  check('targets', plan.targets ?? []);
  check('actuals', plan.actuals ?? []);
  (plan.actuals ?? []).forEach((a, i) => {
    if (a.value == null && a.stage == null && Object.keys(a.inputs ?? {}).length === 0) {
      problems.push({
        path: ['actuals', i, 'value'],
        message: `the actual of ${a.kpi} for ${a.period} needs a value, a stage or the formula's inputs`,
      });
    }
  });
}
