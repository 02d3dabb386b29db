import type { zhTWScoringFields } from './zh-TW.scoring-fields';

type Strings = { [K in keyof typeof zhTWScoringFields]: (typeof zhTWScoringFields)[K] };

/** English strings of a KPI's scoring fields and element weights (spread into `en`). */
export const enScoringFields: Strings = {
  sfScoring: 'Scoring',
  sfPolarity: 'Direction',
  sfPolarityHigher: 'Higher is better',
  sfPolarityLower: 'Lower is better',
  sfPolarityRange: 'Target range',
  sfPolarityMilestone: 'Milestone',
  sfPolarityHintHigher: 'Achievement = actual ÷ target (target 100, actual 90 → 90%).',
  sfPolarityHintLower: 'Achievement = 2 − actual ÷ target (target 100, actual 80 → 120%; actual 120 → 80%).',
  sfPolarityHintRange:
    'Targets are a range (min–max): inside it scores 100%, outside it less the further away the actual is.',
  sfPolarityHintMilestone:
    'Targets and actuals name a stage: achievement = percent of the stage reached ÷ percent of the target stage.',
  sfFrequency: 'Reporting frequency',
  sfFrequencyNone: 'Not set (reported once a year)',
  sfFrequencyHint: 'The periods for which targets are set and actuals reported.',
  sfFreqYear: 'Year',
  sfFreqHalf: 'Half-year',
  sfFreqQuarter: 'Quarter',
  sfFreqMonth: 'Month',
  sfFreqTagYear: 'Reported yearly',
  sfFreqTagHalf: 'Reported half-yearly',
  sfFreqTagQuarter: 'Reported quarterly',
  sfFreqTagMonth: 'Reported monthly',
  sfBaseline: 'Baseline',
  sfBaselineHint: 'The earlier level, for comparison; it does not change the light.',
  sfWeight: 'Weight',
  sfWeightHintKpi: "Share in its objective's score; 0 leaves it out, 1 (equal) by default.",
  sfWeightHintObjective:
    "Share in its theme's and perspective's scores; 0 leaves it out, 1 (equal) by default.",
  sfWeightHintTheme:
    "Share in the plan's score (when scored by themes) and in the city's theme scores; 0 leaves it out, 1 (equal) by default.",
  sfWeightRange: 'A weight cannot be negative',
  sfWeightTag: (w) => `Weight ${w}`,
  sfWeightZeroTag: 'Weight 0, not scored',
  sfAggregate: "Year's value from the periods",
  sfAggregateLast: 'Latest period',
  sfAggregateSum: 'Sum of periods',
  sfAggregateHint:
    'Latest: the most recent period (rates, year-to-date values); sum: the periods added up (counts per period such as visits or events).',
  sfTolerance: 'Tolerance',
  sfToleranceHint:
    'How far outside the target range achievement falls to 0; empty uses the width of the range.',
  sfToleranceRange: 'Tolerance must be above 0',
  sfStages: 'Milestone stages',
  sfStagesHint:
    'In the order they are reached, e.g. tender 25%, completion 75%, opening 100%; targets and actuals pick a stage.',
  sfStagesEmpty: 'No stages yet: targets and actuals are entered as numbers.',
  sfStageNameHeader: 'Stage',
  sfStagePercentHeader: 'Percent complete',
  sfStageName: (n) => `Stage ${n} name`,
  sfStagePercent: (n) => `Stage ${n} percent complete`,
  sfStageUp: (n) => `Move stage ${n} up`,
  sfStageDown: (n) => `Move stage ${n} down`,
  sfStageRemove: (n) => `Remove stage ${n}`,
  sfStageAdd: 'Add a stage',
  sfStageMax: (n) => `At most ${n} stages`,
  sfStageNameRequired: 'Enter the stage name',
  sfStageNameDuplicate: 'Stage names must differ',
  sfPercentRequired: 'Enter the percent',
  sfPercentRange: 'Percent must be 0–100',
  sfStagesList: (stages) => `Stages: ${stages}`,
  sfFormulaInputs: 'Variables (each entered with the actual; the formula computes the value):',
  sfFormulaSingle: 'Variable (only one: the actual is entered as the value):',
  sfFormulaNoVariables: 'The formula has no variables; the actual is entered as the value.',
  sfFormulaPercent: 'The result is a percentage (the formula ends in %).',
  sfFormulaUnit: (unit) => `Unit stated in the formula: ${unit}`,
  sfFormulaUseUnit: 'Use as unit',
  sfFormulaError: (position, message) =>
    `${position}${message}. You can still save; it will be listed as a check finding.`,
  sfFormulaAt: (n) => `Character ${n}: `,
  sfFormulaConfirmTitle: 'The formula cannot be read. Save anyway?',
  sfFormulaConfirmBody: (message) =>
    `${message}. The KPI will be listed among the plan's check findings, and actuals cannot be computed from the formula until it is fixed.`,
  sfFormulaSaveAnyway: 'Save anyway',
  sfFormulaBack: 'Back to the form',
};
