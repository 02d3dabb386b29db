import type { Perspective } from '../../domain/codes';

/**
 * Words the documents use for perspectives, header columns and page sections. Kept as patterns,
 * not exact headings, because every agency words them a little differently.
 */

const compact = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/[\s*_#【】[\]<>]/g, '');

/** 顧客 C, 內部 流程, 學習成長構面, 財務(F), 顧客流程 → the perspective; anything else → null. */
export function perspectiveLabel(text: string): Perspective | null {
  const t = compact(text)
    .replace(/[(]?[CPLF][)]?$/, '')
    .replace(/(構面|面向|層面|觀點)$/, '');
  if (t.length === 0 || t.length > 8) return null;
  if (/^(顧客|民眾|市民|客戶|服務對象)/.test(t)) return 'C';
  if (/^(內部|作業|流程)/.test(t)) return 'P';
  if (/^學習/.test(t)) return 'L';
  if (/^財務/.test(t)) return 'F';
  return null;
}

export type ColumnRole =
  | 'perspective'
  | 'theme'
  | 'objective'
  | 'ksf'
  | 'kpi'
  | 'formula'
  | 'unit'
  | 'action'
  | 'code'
  | 'name'
  | 'lead'
  | 'other';

export function headerRole(text: string): ColumnRole {
  const t = compact(text);
  if (t === '') return 'other';
  if (/KSF|成功因素/i.test(t)) return 'ksf';
  if (/公式|衡量標準|計算方式|衡量方式|指標定義/.test(t)) return 'formula';
  if (/^(衡量|計量)?單位$/.test(t)) return 'unit';
  if (/KPI|績效指標|衡量指標|^指標/i.test(t)) return 'kpi';
  if (/行動方案|^方案|^計畫/.test(t)) return 'action';
  if (/策略目標|^目標/.test(t)) return 'objective';
  if (/^(構面|面向|層面|觀點)$/.test(t)) return 'perspective';
  if (/策略主題|^主題/.test(t)) return 'theme';
  if (/代碼|編號|代號/.test(t)) return 'code';
  if (/名稱/.test(t)) return 'name';
  if (/主功|主政|主辦|召集/.test(t)) return 'lead';
  return 'other';
}

export type FieldLabel = 'mission' | 'vision' | 'coreValues';

const FIELD_PATTERNS: [FieldLabel, RegExp][] = [
  ['mission', /^使命/],
  ['vision', /^願景/],
  ['coreValues', /^核心價值/],
];

/**
 * `【使命】 為市民服務`, `## 願景`, `核心價值：正直誠信、…` → the field and the text after the label
 * (empty when the value follows on the next lines).
 */
export function fieldLabel(text: string): { field: FieldLabel; rest: string } | null {
  const t = text.normalize('NFKC').trim();
  const m = /^[【[]?\s*(使命|願景|核心價值|核心\s*價值)\s*[】\]]?\s*[:：]?\s*(.*)$/.exec(t);
  if (!m) return null;
  const word = (m[1] ?? '').replace(/\s/g, '');
  const entry = FIELD_PATTERNS.find(([, re]) => re.test(word));
  if (!entry) return null;
  const rest = (m[2] ?? '').trim();
  // 「使命、願景及核心價值」 is a slide title listing the fields, not a label with a value.
  if (/^[、,，及與和]/.test(rest) || /^(使命|願景|核心價值)/.test(rest)) return null;
  return { field: entry[0], rest };
}

/** Slide titles and section words that are never a theme, objective or value. */
export function isSectionWord(text: string): boolean {
  const t = compact(text);
  return /^(策略地圖|平衡計分卡|策略主題|策略目標|關聯圖|簡報大綱|簡報完畢|敬請指教|目錄|大綱|附件|附錄|結語|報告完畢|謝謝聆聽|\d+|[一二三四五六七八九十]+)$/.test(
    t,
  );
}
