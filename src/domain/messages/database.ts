import { defineMessage, type Lang } from './define';

/** Unique constraints a person can run into, and what each means. */
const UNIQUE_CONSTRAINTS: Record<string, Record<Lang, string>> = {
  organizations_name_key: { en: 'an organisation with this name already exists', zh: '已有同名的機關' },
  plans_org_year_key: {
    en: 'this organisation already has a plan for this year',
    zh: '此機關在這一年已有計畫',
  },
  themes_plan_letter_key: {
    en: 'this plan already has a theme with this letter',
    zh: '此計畫已有同一代號字母的策略主題',
  },
  objectives_plan_code_key: {
    en: 'this plan already has an objective with this code',
    zh: '此計畫已有同一代碼的策略目標',
  },
  kpis_plan_code_key: {
    en: 'this plan already has a KPI with this code',
    zh: '此計畫已有同一代碼的績效指標',
  },
  actions_plan_code_key: {
    en: 'this plan already has an action plan with this code',
    zh: '此計畫已有同一代碼的行動方案',
  },
  links_plan_from_to_key: { en: 'this link already exists', zh: '這條因果連結已經存在' },
  theme_members_theme_org_key: {
    en: 'this organisation is already a member of the theme',
    zh: '此機關已是這個策略主題的成員',
  },
};

const uniqueText = (constraint: string, lang: Lang) =>
  UNIQUE_CONSTRAINTS[constraint]?.[lang] ??
  (lang === 'en' ? 'a value that must be unique is taken' : '有一個必須唯一的值已被使用');

/**
 * What the database refused or could not do, said without driver text; and the embedded
 * database's data directory (opening it, its lock).
 */
export const databaseMessages = {
  'db.unique_violation': defineMessage({
    kind: 'conflict',
    en: (p: { constraint: string }) => uniqueText(p.constraint, 'en'),
    zh: (p) => uniqueText(p.constraint, 'zh'),
    example: { constraint: 'organizations_name_key' },
  }),
  'db.still_referenced': defineMessage({
    kind: 'conflict',
    en: () =>
      'this change would leave something pointing at a row that no longer exists (it is still in use)',
    zh: () => '這項變更會讓其他資料指向已不存在的項目（它仍被使用中）',
    example: {},
  }),
  'db.value_out_of_range': defineMessage({
    kind: 'validation',
    en: () => 'the database rejected a value as out of range for its field',
    zh: () => '資料庫拒絕了一個超出欄位範圍的值',
    example: {},
  }),
  'db.concurrent_change': defineMessage({
    kind: 'conflict',
    en: () => 'another change happened at the same time; try again',
    zh: () => '同時有另一項變更；請再試一次',
    example: {},
  }),
  'db.too_large': defineMessage({
    kind: 'too_large',
    en: () =>
      'this change is too large for the database to process in one go; split it into smaller parts (fewer plans or rows at a time)',
    zh: () => '這項變更太大，資料庫無法一次處理；請分成較小的部分（每次較少的計畫或列）',
    example: {},
  }),
  'db.unreachable': defineMessage({
    kind: 'unavailable',
    en: () => 'the database is not reachable right now; try again shortly',
    zh: () => '目前無法連線到資料庫；請稍後再試',
    example: {},
  }),
  'db.disk_full': defineMessage({
    kind: 'unavailable',
    en: () => "the database server's disk is full; ask the operator to free space",
    zh: () => '資料庫伺服器的磁碟已滿；請系統管理者釋出空間',
    example: {},
  }),
  'db.no_connection': defineMessage({
    kind: 'unavailable',
    en: () => 'the database has no free connection right now; try again shortly',
    zh: () => '資料庫目前沒有可用的連線；請稍後再試',
    example: {},
  }),
  'db.no_resources': defineMessage({
    kind: 'unavailable',
    en: () => 'the database lacks the resources for this right now; try again shortly',
    zh: () => '資料庫目前資源不足，無法處理；請稍後再試',
    example: {},
  }),
  'db.cannot_open': defineMessage({
    kind: 'unavailable',
    en: (p: { dataDir: string; reason: string }) =>
      `cannot open the embedded database in ${p.dataDir} (${p.reason}): check that the directory is writable and the disk is not full`,
    zh: (p) => `無法開啟 ${p.dataDir} 中的內建資料庫（${p.reason}）：請確認該目錄可寫入且磁碟未滿`,
    example: { dataDir: '/var/lib/stratmap', reason: 'EACCES' },
  }),
  'db.data_dir_unwritable': defineMessage({
    kind: 'unavailable',
    en: (p: { dataDir: string; reason: string; diskFull: boolean }) =>
      `the data directory ${p.dataDir} cannot be written (${p.diskFull ? 'the disk is full' : `${p.reason}: read-only or no permission`}); fix its permissions or free space and try again — nothing was changed`,
    zh: (p) =>
      `資料目錄 ${p.dataDir} 無法寫入（${p.diskFull ? '磁碟已滿' : `${p.reason}：唯讀或沒有權限`}）；請修正權限或釋出空間後再試，沒有任何內容被變更`,
    example: { dataDir: '/var/lib/stratmap', reason: 'EROFS', diskFull: false },
  }),
  'db.data_dir_in_use': defineMessage({
    kind: 'unavailable',
    en: (p: { dataDir: string; pid: number; purpose: string; since: string }) =>
      `the data directory ${p.dataDir} is in use by process ${p.pid} (${p.purpose}, since ${p.since}); stop that process first, or make the change through the running server`,
    zh: (p) =>
      `資料目錄 ${p.dataDir} 正由程序 ${p.pid} 使用中（${p.purpose}，自 ${p.since} 起）；請先停止該程序，或透過執行中的伺服器進行變更`,
    example: {
      dataDir: '/var/lib/stratmap',
      pid: 4242,
      purpose: 'stratmap serve',
      since: '2026-01-05T08:00:00Z',
    },
  }),
  'db.data_dir_lock_failed': defineMessage({
    kind: 'unavailable',
    en: (p: { dataDir: string }) => `could not lock the data directory ${p.dataDir}`,
    zh: (p) => `無法鎖定資料目錄 ${p.dataDir}`,
    example: { dataDir: '/var/lib/stratmap' },
  }),
} as const;
