import type { zhTWTracking } from './zh-TW.tracking';

type Strings<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** `1 row`, `2 rows`. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
  trkSaveTargets: (n) => (n ? `Save ${count(n, 'target change')}` : 'Save targets'),
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
  trkUploadRefused: (file, n, rows) =>
    `"${file}" has ${count(n, 'problem')} in ${count(rows, 'row')}; nothing was stored.`,
  trkUploadNothingStored:
    'Fix the file as listed below and upload it again; nothing of this upload was stored.',
  trkUploadFailed: (file) => `"${file}" could not be read; nothing was stored.`,
  trkUploadUnreadableHint:
    "Make sure the first row is the heading row (KPI code, period, value or the formula's inputs) and the file is saved as .csv or .xlsx.",
  trkUploadNoRows: 'The file has no rows with actuals (rows with only a KPI code are skipped).',
  trkUploadDone: (file, n) => `Stored ${count(n, 'actual')} from "${file}".`,
  trkUploadSkipped: (n) => `${count(n, 'row')} without actuals ${n === 1 ? 'was' : 'were'} skipped.`,
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

  trkFileErrUnsupportedType: (extension) =>
    extension
      ? `"${extension}" files are not CSV or XLSX. Save the sheet from Excel as .xlsx or CSV and upload again.`
      : 'The file name has no extension, so its format is unknown. Save the sheet from Excel as .xlsx or CSV and upload again.',
  trkFileErrEmpty: 'The file is empty. Make sure the sheet was saved in Excel, then upload the saved file.',
  trkFileErrTooLarge: (mb, limit) =>
    `The file is ${mb} MB, over the ${limit} MB limit; a period's actuals are far smaller, so check that this is the right file.`,
  trkFileErrTooLargeUpload:
    "The file is over the upload size limit; a period's actuals are far smaller, so check that this is the right file.",
  trkFileErrBinary:
    'This is not a text file, so it is not a CSV. Save the sheet from Excel as .xlsx or CSV and upload again.',
  trkFileErrEncoding:
    'The text is neither UTF-8 nor Big5 and cannot be read. Save it from Excel as "CSV UTF-8 (comma delimited)" and upload again.',
  trkFileErrOfficeFile:
    'This is a zip file (an Excel workbook, or a Word or PowerPoint file, renamed .csv). Upload an Excel workbook as .xlsx, or save it from Excel as CSV.',
  trkFileErrLegacyExcel:
    'This is an old-format Office file (Excel 97–2003 .xls, perhaps renamed). Open it in Excel, save it as .xlsx and upload again.',
  trkFileErrPdf:
    'This is a PDF file, not a sheet. Upload the Excel workbook (.xlsx) or CSV the figures come from.',
  trkFileErrUnclosedQuote: (line) =>
    `The quote (") on line ${line} is never closed before the end of the file. Check that line in Excel, save as CSV and upload again.`,
  trkFileErrEmptySheet:
    'The sheet is empty. The first row must be the headings (KPI code, period, value) with one actual per row below; the template is a good start.',
  trkFileErrNoKpiColumn: (row) =>
    `The heading row (row ${row}) has no KPI code column (指標代碼). It needs the KPI code, period and value (or the formula's inputs); compare with the template.`,
  trkFileErrUnreadableXlsx:
    'This file cannot be read as an Excel workbook (.xlsx); it may be damaged or not an Excel file. Open it in Excel, save it as .xlsx and upload again.',
  trkFileErrEmptyWorkbook:
    'The workbook has no rows. Make sure it was filled in and saved, or start from the template.',
  trkUploadBusy: (seconds) =>
    `The server is reading other files right now; upload again in about ${seconds} s.`,
  trkFileErrArchiveEntries: (entries, limit) =>
    `The workbook holds ${entries} parts, over the limit of ${limit}; a period's actuals are far simpler. Check that this is the right file, or start from the template.`,
  trkFileErrArchiveEntryTooLarge: (entry, mb, limit) =>
    `The part "${entry}" of the workbook expands to ${mb} MB, over the ${limit} MB limit for one part; this may be a zip bomb, or not a sheet of actuals. Check that this is the right file, or start from the template.`,
  trkFileErrArchiveTooLarge: (mb, limit) =>
    `The workbook expands to ${mb} MB, over the ${limit} MB limit; a period's actuals are far smaller. Check that this is the right file, or start from the template.`,
  trkFileErrArchiveRatio: (entry, ratio, limit) =>
    `The part "${entry}" of the workbook is compressed ${ratio}:1, over the ${limit}:1 limit that real files stay far below; it looks like a zip bomb. Upload the file as saved by Excel.`,
  trkFileErrArchiveSizeMismatch: (entry) =>
    `The part "${entry}" of the workbook is not the size the file declares; the file is damaged or tampered with. Open it in Excel, save it as .xlsx and upload again.`,
  trkFileErrArchiveEncrypted:
    'The workbook is protected with a password (encrypted) and cannot be read. Remove the password in Excel, save, and upload again.',
  trkFileErrArchiveUnsafePath: (entry) =>
    `The workbook has a part named "${entry}" that points outside the file; the file is damaged or tampered with. Open it in Excel, save it as .xlsx and upload again.`,
  trkFileErrParseTimeout: (seconds) =>
    `Reading this file took more than ${seconds} s and was stopped; a period's actuals read in about a second. Check that this is the right file, or remove extra sheets and upload again.`,
  trkFileErrParseMemory: (limit) =>
    `Reading this file needed more than ${limit} MB of memory and was stopped. Check that this is the right file, or remove extra sheets and upload again.`,

  trkInboxTitle: 'Updates due',
  trkInboxNothing: 'No actuals are due and no red result is waiting for an explanation.',
  trkInboxDue: (period, n) => `${period}: ${count(n, 'actual')} missing`,
  trkInboxUnexplained: (period, n) =>
    `${period}: ${count(n, 'red result')} ${n === 1 ? 'needs' : 'need'} an explanation and corrective action`,
  trkInboxOpen: 'Enter',
  trkInboxMore: (n) => `${n} more`,
  trkInboxSummary: (plans, items) => `${count(plans, 'plan')}, ${count(items, 'item')}`,
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
