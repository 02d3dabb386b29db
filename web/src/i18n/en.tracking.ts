import type { zhTWTracking } from './zh-TW.tracking';

type Strings<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export const enTracking: Strings<typeof zhTWTracking> = {
  trkViewsNav: 'Tracking pages',
  trkTabEntry: 'Enter actuals',
  trkTabTargets: 'Targets',
  trkTabUpload: 'Upload actuals',
  trkTrend: (code) => `${code} trend chart`,

  trkEntryReadOnlyTitle: 'You can view the results only',
  trkEntryNoRole:
    'Entering actuals needs the reporter, editor or administrator role for this organisation. Your account may only view, so no entry fields are shown.',
  trkEntryArchived: 'This plan is archived; its actuals can no longer change.',
  trkTargetsReadOnlyTitle: 'Targets are read-only',
  trkTargetsNoRole:
    "Targets are set by the organisation's editors while the plan is a draft; your account cannot edit it.",
  trkTargetsSubmitted:
    'The plan is submitted for review, so its targets are frozen; ask the planning office (administrator) for a change.',
  trkTargetsApproved: 'The plan is approved; only an administrator (planning office) can adjust its targets.',
  trkTargetsArchived: 'This plan is archived; its targets can no longer change.',
  trkTargetsAdminNote:
    'The plan is submitted or approved: you are adjusting its targets as an administrator; every adjustment is recorded in the history.',
  trkTargetsHint:
    "Set each KPI's targets for the year and for the periods of its frequency; a period without its own target is scored against the year's. Clear a cell and save to remove that target.",
  trkYearColumn: (y) => `${y + 1911}`,
  trkQuarter: (n) => `Q${n}`,
  trkHalf: (n) => `H${n}`,
  trkMonth: (n) =>
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][n - 1] ?? `M${n}`,
  trkTargetCell: (code, period) => `${code} ${period} target`,
  trkTargetMin: (code, period) => `${code} ${period} target minimum`,
  trkTargetMax: (code, period) => `${code} ${period} target maximum`,
  trkTargetStage: (code, period) => `${code} ${period} target stage`,
  trkMin: 'min',
  trkMax: 'max',
  trkBandIncomplete: 'A target band needs both its minimum and its maximum.',
  trkBandReversed: 'The minimum cannot be above the maximum.',
  trkNotApplicable: 'Not reported for this period',
  trkHistory: 'Earlier years',
  trkHistoryYear: (y) => `${y + 1911}`,
  trkHistoryTarget: 'Target',
  trkHistoryActual: 'Actual',
  trkHistoryNone: '—',
  trkHistoryNew: 'New KPI',
  trkHistoryLoading: 'Loading earlier years…',
  trkHistoryFailed: 'Earlier years could not be loaded; targets can still be set.',
  trkPolarityHigher: 'Higher is better',
  trkPolarityLower: 'Lower is better',
  trkPolarityRange: 'Range',
  trkPolarityMilestone: 'Milestone',
  trkFreqYear: 'Yearly',
  trkFreqHalf: 'Half-yearly',
  trkFreqQuarter: 'Quarterly',
  trkFreqMonth: 'Monthly',
  trkSaveTargets: (n) => (n ? `Save ${n} target change(s)` : 'Save targets'),
  trkTargetsSaved: 'Targets saved.',
  trkTargetErrors: 'Some targets are wrong; fix them where marked and save again. Nothing was stored.',
  trkNoKpis: 'This plan has no KPIs yet.',
  trkLockedPeriods: (list) =>
    `Period ${list} is locked and can no longer change; ask an administrator to unlock it. Nothing was stored.`,
  trkStatusChanged:
    "The plan's workflow status has changed and you can no longer change its targets. Reload to see it; nothing was stored.",

  trkUploadIntro:
    "Upload one period's actuals at once from a CSV or Excel (.xlsx) file. The template lists every KPI of the plan with its code and target: fill in the value (or the formula's inputs); lines left empty are skipped.",
  trkUploadPeriod: 'Period of the upload',
  trkTemplate: 'Download a template',
  trkTemplateXlsx: 'Excel template (.xlsx)',
  trkTemplateCsv: 'CSV template',
  trkUploadDrop: 'Click or drop a CSV / XLSX file here to upload it',
  trkUploadDropHint: (period) =>
    `Rows without a period count as ${period}. If any row is wrong, nothing of the file is stored.`,
  trkUploadWrongType: (name) =>
    `"${name}" is not a CSV or XLSX file. Save it from Excel as .xlsx or .csv and upload again.`,
  trkUploading: (name) => `Uploading "${name}"…`,
  trkUploadRefused: (file, n, rows) => `"${file}" has ${n} problem(s) in ${rows} row(s); nothing was stored.`,
  trkUploadNothingStored:
    'Fix the file as listed below and upload it again; nothing of this upload was stored.',
  trkUploadFailed: (file) => `"${file}" could not be read; nothing was stored.`,
  trkUploadUnreadableHint:
    "Make sure the first row is the heading row (KPI code, period, value or the formula's inputs) and the file is saved as .csv or .xlsx.",
  trkUploadNoRows: 'The file has no rows with actuals (rows with only a KPI code are skipped).',
  trkUploadDone: (file, n) => `Stored ${n} actual(s) from "${file}".`,
  trkUploadSkipped: (n) => `${n} row(s) without actuals were skipped.`,
  trkUploadServerDetail: 'System message',
  trkColRow: 'Row',
  trkColColumn: 'Column',
  trkColProblem: 'Problem',
  trkColKpi: 'KPI',
  trkColPeriod: 'Period',
  trkColValue: 'Value',
  trkRowNumber: (n) => `Row ${n}`,

  trkErrMissingKpi: 'The row has results but no KPI code.',
  trkErrUnknownKpi: (kpi) =>
    `The plan has no KPI with the code "${kpi}". Check the code or compare with the template.`,
  trkErrMissingPeriod: 'No period: write one (e.g. 110Q1) or choose the period before uploading.',
  trkErrPeriodOtherYear: (period, year) => `Period "${period}" is not in the plan's year ${year}.`,
  trkErrPeriodMismatch: (period, expected) =>
    `Period "${period}" is not the period being uploaded (${expected}).`,
  trkErrDuplicate: (kpi, period, first) =>
    `${kpi} ${period} is already in row ${first}; give each period once.`,
  trkErrNotNumber: (text) => `"${text}" is not a number.`,
  trkErrUnknownStage: (stage, kpi, stages) =>
    `"${stage}" is not a stage of ${kpi} (stages: ${stages || 'none'}).`,
  trkErrNoFormula: (kpi) => `${kpi} has no formula; enter its value instead.`,
  trkErrFormula: (kpi, detail) => `${kpi} cannot be computed from its formula: ${detail}`,
  trkErrMissingValue: (kpi) => `${kpi} needs a value, a stage or the formula's inputs.`,
  trkErrRedExplanation: (kpi, period) => `${kpi} ${period} is red: explain why the target was missed.`,
  trkErrRedCorrective: (kpi, period) =>
    `${kpi} ${period} is red: say what will be done about it (corrective action).`,

  trkInboxTitle: 'Updates due',
  trkInboxNothing: 'No actuals are due and no red result is waiting for an explanation.',
  trkInboxDue: (period, n) => `${period}: ${n} actual(s) missing`,
  trkInboxUnexplained: (period, n) =>
    `${period}: ${n} red result(s) need an explanation and corrective action`,
  trkInboxOpen: 'Enter',
  trkInboxMore: (n) => `${n} more`,
  trkInboxSummary: (plans, items) => `${plans} plan(s), ${items} item(s)`,
  trackLockPeriod: 'Lock this period',
  trackUnlockPeriod: (period) => `Unlock (${period})`,
  trackLock: 'Lock',
  trackUnlock: 'Unlock',
  trackLockConfirm: (period) => `Lock ${period}?`,
  trackUnlockConfirm: (period) => `Unlock ${period}?`,
  trackLockHint:
    'Once locked, nobody (reporters and editors included) can add or change actuals of this period or the periods inside it until an administrator unlocks it.',
  trackUnlockHint:
    'Reporters and editors can then change the actuals of this period again; every change is kept in the history.',
  trackLockDone: (period) => `${period} is locked.`,
  trackUnlockDone: (period) => `${period} is unlocked.`,
  trackLockedBy: (period, by, at) => `${period} was locked by ${by} on ${at}.`,
};
