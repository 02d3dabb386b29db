/** Strings of the tracking pages (targets grid, upload, inbox), spread into `zhTW`. */
export const zhTWTracking = {
  trkViewsNav: '績效追蹤頁面',
  trkTabEntry: '填報實績',
  trkTabTargets: '年度目標',
  trkTabUpload: '上傳實績',
  trkTrend: (code: string) => `${code} 趨勢圖`,

  trkEntryReadOnlyTitle: '您只能檢視實績',
  trkEntryNoRole:
    '填報實績需要此機關的填報者、編修者或系統管理者權限。您的帳號只能檢視，因此不顯示輸入欄位。',
  trkEntryArchived: '此計畫已封存，實績不能再修改。',
  trkTargetsReadOnlyTitle: '目標值僅供檢視',
  trkTargetsNoRole: '目標值由此機關的編修者在計畫草稿階段設定；您的帳號沒有編修權限。',
  trkTargetsSubmitted: '計畫已送審，目標值暫停修改；如需調整請洽系統管理者（研考會）。',
  trkTargetsApproved: '計畫已核定，目標值只能由系統管理者（研考會）調整。',
  trkTargetsArchived: '此計畫已封存，目標值不能再修改。',
  trkTargetsAdminNote: '計畫已送審或核定：您以系統管理者身分調整目標值，每次調整都會記錄在歷程中。',
  trkTargetsHint:
    '每項 KPI 依其填報頻率設定年度及各期目標值；某期未設目標時，以年度目標評分。清空欄位並儲存即刪除該目標。',
  trkYearColumn: (y: number) => `${y}年度`,
  trkQuarter: (n: number) => `第${n}季`,
  trkHalf: (n: number) => (n === 1 ? '上半年' : '下半年'),
  trkMonth: (n: number) => `${n}月`,
  trkTargetCell: (code: string, period: string) => `${code} ${period} 目標值`,
  trkTargetMin: (code: string, period: string) => `${code} ${period} 目標下限`,
  trkTargetMax: (code: string, period: string) => `${code} ${period} 目標上限`,
  trkTargetStage: (code: string, period: string) => `${code} ${period} 目標階段`,
  trkMin: '下限',
  trkMax: '上限',
  trkBandIncomplete: '區間目標需同時填寫下限與上限。',
  trkBandReversed: '下限不可大於上限。',
  trkNotApplicable: '此 KPI 不需填此期別',
  trkHistory: '歷年目標與實績',
  trkHistoryYear: (y: number) => `${y}年`,
  trkHistoryTarget: '目標',
  trkHistoryActual: '實績',
  trkHistoryNone: '—',
  trkHistoryNew: '新指標',
  trkHistoryLoading: '載入歷年資料中…',
  trkHistoryFailed: '無法載入歷年目標與實績；年度目標仍可設定。',
  trkPolarityHigher: '越高越好',
  trkPolarityLower: '越低越好',
  trkPolarityRange: '區間',
  trkPolarityMilestone: '里程碑',
  trkFreqYear: '每年',
  trkFreqHalf: '每半年',
  trkFreqQuarter: '每季',
  trkFreqMonth: '每月',
  trkSaveTargets: (n: number) => (n ? `儲存 ${n} 項目標值變更` : '儲存目標值'),
  trkTargetsSaved: '目標值已儲存。',
  trkTargetErrors: '部分目標值有誤，請依標示修正後再儲存；本次沒有任何資料寫入。',
  trkNoKpis: '此計畫尚未訂定 KPI。',
  trkLockedPeriods: (list: string) =>
    `期別 ${list} 已鎖定，不能再修改；請洽系統管理者解除鎖定。本次沒有任何資料寫入。`,
  trkStatusChanged:
    '計畫的流程狀態已改變，您目前不能修改目標值。請重新載入以查看最新狀態；本次沒有任何資料寫入。',

  trkUploadIntro:
    '以 CSV 或 Excel（.xlsx）檔案一次上傳一個期別的實績。範本列出本計畫所有 KPI 的代碼與目標值，填寫實績值（或公式各項數據）即可；未填寫的列會略過。',
  trkUploadPeriod: '上傳期別',
  trkTemplate: '下載範本',
  trkTemplateXlsx: 'Excel 範本（.xlsx）',
  trkTemplateCsv: 'CSV 範本',
  trkUploadDrop: '點選或拖曳 CSV／XLSX 檔案到此處上傳',
  trkUploadDropHint: (period: string) =>
    `未寫期別的列視為「${period}」。只要有任何一列有誤，整個檔案都不會儲存。`,
  trkUploadWrongType: (name: string) =>
    `「${name}」不是 CSV 或 XLSX 檔案。請在 Excel 另存為 .xlsx 或 .csv 後再上傳。`,
  trkUploading: (name: string) => `正在上傳「${name}」…`,
  trkUploadRefused: (file: string, n: number, rows: number) =>
    `「${file}」有 ${n} 個問題（${rows} 列），沒有儲存任何資料。`,
  trkUploadNothingStored: '請依下表修正檔案後重新上傳；本次上傳沒有寫入任何資料。',
  trkUploadFailed: (file: string) => `無法讀取「${file}」，沒有儲存任何資料。`,
  trkUploadUnreadableHint:
    '請確認第一列為標題列（指標代碼、期別、實績值或公式各項數據），並以 .csv 或 .xlsx 格式儲存。',
  trkUploadNoRows: '檔案中沒有任何填寫了實績的列（只有指標代碼的列會略過）。',
  trkUploadDone: (file: string, n: number) => `已從「${file}」儲存 ${n} 筆實績。`,
  trkUploadSkipped: (n: number) => `${n} 列未填寫實績，已略過。`,
  trkUploadServerDetail: '系統訊息',
  trkColRow: '列',
  trkColColumn: '欄位',
  trkColProblem: '問題說明',
  trkColKpi: 'KPI',
  trkColPeriod: '期別',
  trkColValue: '實績值',
  trkRowNumber: (n: number) => `第 ${n} 列`,

  trkErrMissingKpi: '此列有填寫資料，但沒有指標代碼。',
  trkErrUnknownKpi: (kpi: string) => `本計畫沒有指標代碼「${kpi}」。請核對代碼，或下載範本對照。`,
  trkErrMissingPeriod: '未寫期別；請填寫期別（如 110Q1），或在上傳前選擇期別。',
  trkErrPeriodOtherYear: (period: string, year: string) => `期別「${period}」不在本計畫的 ${year} 年度內。`,
  trkErrPeriodMismatch: (period: string, expected: string) =>
    `期別「${period}」與本次上傳的期別（${expected}）不同。`,
  trkErrDuplicate: (kpi: string, period: string, first: string) =>
    `${kpi} ${period} 已在第 ${first} 列出現過，同一期別只能填一次。`,
  trkErrNotNumber: (text: string) => `「${text}」不是數字。`,
  trkErrUnknownStage: (stage: string, kpi: string, stages: string) =>
    `「${stage}」不是 ${kpi} 的階段（可填：${stages || '無'}）。`,
  trkErrNoFormula: (kpi: string) => `${kpi} 沒有計算公式，請直接填寫實績值。`,
  trkErrFormula: (kpi: string, detail: string) => `${kpi} 無法以公式計算：${detail}`,
  trkErrMissingValue: (kpi: string) => `${kpi} 需要實績值、階段或公式的各項數據。`,
  trkErrRedExplanation: (kpi: string, period: string) => `${kpi} ${period} 為紅燈，請填寫未達原因。`,
  trkErrRedCorrective: (kpi: string, period: string) => `${kpi} ${period} 為紅燈，請填寫改善措施。`,

  trkFileErrUnsupportedType: (extension: string) =>
    extension
      ? `副檔名「${extension}」不是 CSV 或 XLSX。請在 Excel 另存為 .xlsx 或 CSV 後再上傳。`
      : '檔名沒有副檔名，無法判斷格式。請在 Excel 另存為 .xlsx 或 CSV 後再上傳。',
  trkFileErrEmpty: '檔案是空的，沒有任何內容。請確認已在 Excel 存檔，再上傳存好的檔案。',
  trkFileErrTooLarge: (mb: string, limit: string) =>
    `檔案大小 ${mb} MB，超過上限 ${limit} MB；一個期別的實績通常小得多，請確認檔案是否正確。`,
  trkFileErrTooLargeUpload: '檔案超過上傳大小上限；一個期別的實績通常小得多，請確認檔案是否正確。',
  trkFileErrBinary: '這不是文字檔，因此不是 CSV。請在 Excel 另存為 .xlsx 或 CSV 後再上傳。',
  trkFileErrEncoding:
    '檔案的文字不是 UTF-8 或 Big5 編碼，無法讀取。請在 Excel 另存為「CSV UTF-8（逗號分隔）」後再上傳。',
  trkFileErrOfficeFile:
    '這是 zip 格式的檔案（可能是 Excel 活頁簿或 Word、PowerPoint 檔改成了 .csv）。Excel 活頁簿請以 .xlsx 上傳，或在 Excel 另存為 CSV。',
  trkFileErrLegacyExcel:
    '這是舊版 Office 檔（Excel 97–2003 的 .xls，可能改了副檔名）。請用 Excel 開啟後另存為 .xlsx 再上傳。',
  trkFileErrPdf: '這是 PDF 檔，不是試算表。請上傳數據來源的 Excel 檔（.xlsx）或 CSV。',
  trkFileErrUnclosedQuote: (line: string) =>
    `第 ${line} 行的引號（"）直到檔案結尾都沒有結束。請用 Excel 開啟檢查該行，另存為 CSV 後再上傳。`,
  trkFileErrEmptySheet:
    '工作表是空的。第一列須為標題列（指標代碼、期別、實績值），其下每列一筆實績；可下載範本填寫。',
  trkFileErrNoKpiColumn: (row: string) =>
    `標題列（第 ${row} 列）沒有「指標代碼」欄。標題列須有指標代碼、期別與實績值（或公式的各項數據）；可下載範本對照。`,
  trkFileErrUnreadableXlsx:
    '無法以 Excel 活頁簿（.xlsx）讀取這個檔案，可能已損毀或不是 Excel 檔。請用 Excel 開啟後另存為 .xlsx 再上傳。',
  trkFileErrEmptyWorkbook: '活頁簿中沒有任何資料列。請確認已填寫並存檔，或下載範本填寫。',
  trkUploadBusy: (seconds: string) => `伺服器正在讀取其他檔案，請約 ${seconds} 秒後再上傳一次。`,
  trkFileErrArchiveEntries: (entries: string, limit: string) =>
    `活頁簿內含 ${entries} 個組件，超過上限 ${limit} 個；一個期別的實績檔不會這麼複雜。請確認檔案是否正確，或下載範本重新填寫。`,
  trkFileErrArchiveEntryTooLarge: (entry: string, mb: string, limit: string) =>
    `活頁簿中的「${entry}」解壓後達 ${mb} MB，超過單一組件上限 ${limit} MB；這可能是壓縮炸彈，或不是實績檔。請確認檔案是否正確，或下載範本重新填寫。`,
  trkFileErrArchiveTooLarge: (mb: string, limit: string) =>
    `活頁簿解壓後共 ${mb} MB，超過上限 ${limit} MB；一個期別的實績檔小得多。請確認檔案是否正確，或下載範本重新填寫。`,
  trkFileErrArchiveRatio: (entry: string, ratio: string, limit: string) =>
    `活頁簿中的「${entry}」壓縮比高達 ${ratio}:1，超過上限 ${limit}:1，一般檔案遠低於此，看起來是壓縮炸彈。請上傳從 Excel 直接存檔的檔案。`,
  trkFileErrArchiveSizeMismatch: (entry: string) =>
    `活頁簿中的「${entry}」實際大小與檔案宣告的不符，檔案已損毀或遭竄改。請用 Excel 開啟後另存為 .xlsx 再上傳。`,
  trkFileErrArchiveEncrypted: '活頁簿設有密碼（已加密），無法讀取。請在 Excel 移除密碼後存檔，再上傳。',
  trkFileErrArchiveUnsafePath: (entry: string) =>
    `活頁簿中的組件名稱「${entry}」指向檔案之外，檔案已損毀或遭竄改。請用 Excel 開啟後另存為 .xlsx 再上傳。`,
  trkFileErrParseTimeout: (seconds: string) =>
    `讀取這個檔案超過 ${seconds} 秒仍未完成，已停止；一個期別的實績通常一秒內即可讀完。請確認檔案是否正確，或刪除多餘的工作表後再上傳。`,
  trkFileErrParseMemory: (limit: string) =>
    `讀取這個檔案需要超過 ${limit} MB 記憶體，已停止。請確認檔案是否正確，或刪除多餘的工作表後再上傳。`,

  trkInboxTitle: '待填報事項',
  trkInboxNothing: '目前沒有待填報的實績，也沒有待說明的紅燈。',
  trkInboxDue: (period: string, n: number) => `${period}尚缺 ${n} 項實績`,
  trkInboxUnexplained: (period: string, n: number) => `${period}有 ${n} 項紅燈尚待說明原因及改善措施`,
  trkInboxOpen: '前往填報',
  trkInboxMore: (n: number) => `另 ${n} 項`,
  trkInboxSummary: (plans: number, items: number) => `${plans} 份計畫，共 ${items} 項`,
  trackLockPeriod: '鎖定此期別',
  trackUnlockPeriod: (period: string) => `解除鎖定（${period}）`,
  trackLock: '鎖定',
  trackUnlock: '解除鎖定',
  trackLockConfirm: (period: string) => `鎖定${period}？`,
  trackUnlockConfirm: (period: string) => `解除${period}的鎖定？`,
  trackLockHint:
    '鎖定後，所有人（包括填報者與編修者）都不能再新增或修改此期別及其內各期的實績，直到管理者解除鎖定。',
  trackUnlockHint: '解除後，填報者與編修者可再修改此期別的實績；每次修改都會記錄在歷程中。',
  trackLockDone: (period: string) => `已鎖定${period}。`,
  trackUnlockDone: (period: string) => `已解除${period}的鎖定。`,
  trackLockedBy: (period: string, by: string, at: string) => `${period}由 ${by} 於 ${at} 鎖定。`,
};
