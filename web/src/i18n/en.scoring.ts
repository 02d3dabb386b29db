import type { zhTWScoring } from './zh-TW.scoring';

type Strings<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** Strings of a plan's scoring settings on the overview (spread into `en`). */
export const enScoring: Strings<typeof zhTWScoring> = {
  scoringTitle: 'Scoring settings',
  scoringEdit: 'Edit scoring settings',
  scoringEditShort: 'Edit',
  scoringIsDefault: 'Defaults',
  scoringHint:
    "The lights and every level's score (KPI → objective → theme and perspective → plan) on the dashboard, strategy map and tracking pages follow these settings.",
  scoringSentence: (parts: string[]) => `${parts.join('; ')}.`,
  scoringListSeparator: ', ',
  scoringThresholdsPart: (green: string, yellow: string) =>
    `Green from ${green}% achievement, yellow from ${yellow}%, red below ${yellow}%`,
  scoringCapPart: (cap: string) => `over-achievement counts as at most ${cap}%`,
  scoringRollupWeighted: 'each level is the weighted average of the one below',
  scoringRollupWorst: 'each level takes its worst child',
  scoringFromPerspectivesWeighted: (detail: string) => `the plan score weights the perspectives (${detail})`,
  scoringFromPerspectivesWorst: (detail: string) =>
    `the plan score is the worst perspective${detail ? ` (${detail})` : ''}`,
  scoringFromThemesWeighted: 'the plan score weights the themes (theme weights)',
  scoringFromThemesWorst: 'the plan score is the worst theme',
  scoringWeightsEqual: 'equal weights',
  scoringWeightZero: (perspective: string) => `${perspective} not counted`,
  scoringExcluded: (perspectives: string) => `${perspectives} not counted`,

  scoringLights: 'Light thresholds',
  scoringGreen: 'Green threshold',
  scoringYellow: 'Yellow threshold',
  scoringLightsHint: 'A result exactly on a threshold gets that light; below the yellow threshold is red.',
  scoringCap: 'Over-achievement cap',
  scoringCapHint:
    "The cap: before rolling up, each KPI's achievement counts as at most this, so one KPI far above target cannot hide a red one; the KPI itself still shows its real achievement.",
  scoringRollup: 'Roll-up',
  scoringRollupWeightedOption: 'Weighted average',
  scoringRollupWorstOption: 'Worst child',
  scoringRollupHint:
    'From KPIs up to objectives, themes and perspectives, and the plan; items without actuals are left out (not counted as 0).',
  scoringPlanFrom: 'Plan score from',
  scoringPlanFromPerspectives: 'Perspectives',
  scoringPlanFromThemes: 'Themes',
  scoringPlanFromNoThemes: 'This plan has no themes, so its score always comes from its perspectives.',
  scoringWeights: 'Perspective weights',
  scoringWeightsHint:
    "In the plan's perspective order; weight 0 leaves a perspective out of the plan score. Not used when the plan score comes from themes.",
  scoringWeightOf: (perspective: string) => `${perspective} perspective weight`,
  scoringReset: 'Reset to defaults',
  scoringResetDone: 'The defaults are filled in; they apply once you save.',
  scoringSaved: 'Scoring settings saved',

  scoringRequired: 'Enter a number',
  scoringNegative: 'Cannot be negative',
  scoringCapNotPositive: 'The cap must be above 0%',
  scoringYellowAboveGreen: 'The yellow threshold cannot be above the green one',
  scoringGreenAboveCap: 'The green threshold cannot be above the cap, or no roll-up could ever be green',
  scoringNoPerspectiveWeight:
    'At least one perspective needs a weight above 0, or the plan score can never be computed',
};
