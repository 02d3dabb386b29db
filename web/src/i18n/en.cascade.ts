import type { zhTWCascade } from './zh-TW.cascade';

type Strings<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export const enCascade: Strings<typeof zhTWCascade> = {
  navCascade: 'Cascade',
  cascadeTitle: 'Cascade',
  cascadeIntro:
    'Choose an organisation and a year to see, for each of its strategic themes, which subordinate organisations take it up (and who takes up theirs), with their objectives, and which themes no one takes up yet.',
  cascadeOrg: 'Organisation',
  cascadeYear: 'Year',
  cascadeOpenMap: 'Open strategy map',
  cascadeOpenPlan: 'Open plan',
  cascadeSummary: (themes, taken, untaken) =>
    `${themes} strategic themes: ${taken} taken up, ${untaken} taken up by no one`,
  cascadeTakenBy: (n) => `taken up by ${n} ${n === 1 ? 'theme' : 'themes'}`,
  cascadeNoOne: 'Taken up by no one',
  cascadeUntakenTitle: (n) => `Themes no one takes up (${n})`,
  cascadeAllTaken: 'Every strategic theme is taken up.',
  cascadeUntakenHint:
    'No plan you may read takes up these themes; the lead and member organisations they name are the ones expected to.',
  cascadeObjectives: (n) => `${n} ${n === 1 ? 'objective' : 'objectives'}`,
  cascadeNoObjectives: 'This theme has no objectives yet.',
  cascadeNamed: 'Lead and members',
  cascadeNamedTakesUp: 'takes it up',
  cascadeNamedNotYet: 'not yet taken up',
  cascadeNamedNoPlan: (year) => `no plan for ${year}`,
  cascadeNamedUnknown: 'not in the directory',
  cascadeTakers: 'Themes taking it up',
  cascadeThemeOf: (org, letter, name) => `${org}: ${letter} ${name}`,
  cascadeYearOther: (year) => `(${year})`,
  cascadeNoPlan:
    'This organisation has no plan you may read for the chosen year; choose another year or organisation.',
  cascadeNoPlans: 'This organisation has no plan you may read yet.',
  cascadeFromParent: "Show the parent theme's cascade",
  cascadeLink: 'Show the cascade',

  tabCompare: 'Compare years',
  compareTitle: (org) => `${org}: two years compared`,
  compareWith: 'Compare with',
  compareHint:
    'The earlier year is on the left, the later on the right; added, removed, renamed, recoded and changed elements, grouped by kind.',
  compareOnlyOne: 'This organisation has a plan for this year only: there is no other year to compare with.',
  compareOnlyOneCopy:
    "Copy this plan to next year's draft, revise it, and come back here to compare the two years.",
  compareNoChanges: 'The two years are the same: no differences.',
  compareNoneShown: 'No differences match the filters.',
  compareTotal: (n) => `${n} ${n === 1 ? 'difference' : 'differences'}`,
  compareFilterChange: 'Kind of change',
  compareFilterElement: 'Element',
  compareAllElements: 'All elements',
  compareChange: 'Change',
  compareMissing: (year) => `not in ${year}`,
  compareGroup: (kind, n) => `${kind} (${n})`,
  compareOtherOrg: 'Only two years of one organisation can be compared; choose a year above.',
  compareYears: (left, right) => `${left} → ${right}`,
  diffField: (field) =>
    ({
      title: 'title',
      issued: 'issued',
      mission: 'mission',
      vision: 'vision',
      coreValues: 'core values',
      perspectiveOrder: 'perspective order',
      scoring: 'scoring settings',
      cascadesFrom: 'cascades from',
      lead: 'lead',
      members: 'members',
      weight: 'weight',
      code: 'code',
      formula: 'formula',
      note: 'note',
      unit: 'unit',
      polarity: 'polarity',
      frequency: 'frequency',
      baseline: 'baseline',
      aggregate: 'aggregation',
      stages: 'milestones',
      tolerance: 'tolerance',
    })[field] ?? field,
};
