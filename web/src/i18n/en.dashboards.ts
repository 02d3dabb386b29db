import type { zhTWDashboards } from './zh-TW.dashboards';

type Strings<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** Strings of the plan dashboard and the city overview (spread into `en`). */
export const enDashboards: Strings<typeof zhTWDashboards> = {
  tabDashboard: 'Dashboard',
  navCity: 'City',
  dashChartUnavailable:
    'The chart could not be loaded (perhaps the connection dropped); the table below has the same numbers. Reload the page to try again.',
  dashOverview: (period: string) => `Performance · ${period}`,
  dashPlanScore: 'Whole plan',
  dashThresholds: (green: number, yellow: number) =>
    `Green from ${green}% achievement, yellow from ${yellow}%, red below ${yellow}%. Items without actuals are left out (not counted as 0).`,
  dashThemeScores: 'Themes',
  dashPerspectiveScores: 'Perspectives',
  dashThemeChart: 'Bar chart of achievement per theme; the table below has the same numbers',
  dashPerspectiveChart: 'Bar chart of achievement per perspective; the table below has the same numbers',
  dashNoThemes: 'This plan has no themes.',
  dashColName: 'Name',
  dashColAchievement: 'Achievement',
  dashColLight: 'Light',
  dashColCounted: 'Counted',
  dashNa: 'No data',
  dashGreenLine: 'Green',
  dashYellowLine: 'Yellow',
  dashObjectives: 'Objectives and their lights',
  dashColCode: 'Code',
  dashShared: 'Shared',
  dashKpiLight: (code: string, light: string) => `${code}: ${light}, show its trend`,
  dashKpiTrend: 'KPI trend over the years',
  dashKpiSelect: 'Choose a KPI',
  dashKpiUnknown: (code: string) => `This plan has no KPI coded "${code}"; choose another one from the list.`,
  dashNoKpis: 'This plan has no KPIs yet.',
  dashTrendEmpty: 'This KPI has no targets or actuals in any year yet.',
  dashTrendHint: (years: string) =>
    `Covers the KPI with the same code in every plan of this organisation (${years}). Periods without an actual break the line (they are not 0); the dashed line is the target, vertical dashed lines separate the years.`,
  dashTrendChart: (code: string) =>
    `Line chart of KPI ${code}: actual and target per period; the table below has the same numbers`,
  dashActual: 'Actual',
  dashTarget: 'Target',
  dashTargetMin: 'Target (min)',
  dashTargetMax: 'Target (max)',
  dashColPeriod: 'Period',
  dashNotReported: 'Not reported',
  dashNoPlanYear: 'No plan with this KPI that year',

  cityTitle: 'City overview',
  cityYear: 'Year',
  cityScore: 'Whole city',
  cityThemeScores: 'City themes',
  cityContributors: (n: number) => `${n} ${n === 1 ? 'organisation' : 'organisations'}`,
  cityHeatmap: 'Organisations by theme',
  cityHeatmapHint:
    "One row per organisation (in the organisation tree's order); the first column is the organisation's whole plan, the others the city's themes. Cells show achievement, coloured by light; blank means no data. Click an organisation or a cell to open its dashboard; with many organisations, scroll with the mouse wheel or the slider on the right.",
  cityHeatmapChart: (n: number) =>
    `Heatmap of ${n} organisations' achievement per city theme; the table below has the same numbers`,
  cityOverallColumn: 'Whole plan',
  cityTable: 'Achievement per organisation',
  citySearch: 'Search organisations',
  cityColOrg: 'Organisation',
  cityNoPlans: (year: string) => `There are no plans you may see for ${year}.`,
  cityNoYears: 'There are no plans yet.',
  cityNoThemes:
    "The city has no themes this year and no organisation cascades from the city's themes, so only each organisation's whole-plan score is listed.",
  cityOpen: (org: string) => `Open the dashboard of ${org}`,
  cityCount: (shown: number, total: number) =>
    shown === total
      ? `${total} ${total === 1 ? 'organisation' : 'organisations'}`
      : `${shown} of ${total} ${total === 1 ? 'organisation' : 'organisations'}`,
  cityNoMatch: 'No organisation matches.',
};
