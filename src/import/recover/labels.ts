import type { Perspective } from '../../domain/codes';

/**
 * Words the documents use for perspectives, header columns and page sections, in Chinese and in
 * English. Kept as patterns, not exact headings, because every agency words them a little
 * differently.
 */

const compact = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/[\s*_#【】[\]<>]/g, '');

/** English words as one lower-case phrase: `Strategic Objective (Customer)` → `strategic objective customer`. */
const words = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();

const LATIN = /[A-Za-z]/;

function englishPerspective(text: string): Perspective | null {
  const t = words(text)
    .replace(/^(strategic )?(objectives?|goals?)\b/, '')
    .replace(/\b(perspectives?|dimensions?|objectives?)$/, '')
    .replace(/ [cplf]$/, '')
    .trim();
  if (/^(customers?|citizens?|stakeholders?|customers? (and|&) stakeholders?|the public)$/.test(t))
    return 'C';
  if (/^(internal( business)?( process(es)?)?|(business )?process(es)?|operations?)$/.test(t)) return 'P';
  if (/^(learning( (and|&) growth)?|growth|people|organi[sz]ational capacity)$/.test(t)) return 'L';
  if (/^(financ(e|ial)|budget|fiscal)$/.test(t)) return 'F';
  return null;
}

/** 顧客 C, 內部 流程, 學習成長構面, 財務(F), 顧客流程, Customer, Strategic Objective (Internal Process) → the perspective. */
export function perspectiveLabel(text: string): Perspective | null {
  if (LATIN.test(text) && /[A-Za-z]{3}/.test(text)) return englishPerspective(text);
  const t = compact(text)
    .replace(/[(]?[CPLF][)]?$/, '')
    .replace(/(構面|面向|層面|觀點)$/, '');
  // Whole words only: 作業要點 or 財務報表 in a cell is text, not a perspective.
  if (/^(顧客|民眾|市民|客戶|服務對象|利害關係人)(流程)?$/.test(t)) return 'C';
  if (/^(內部(流程|作業|程序|管理)?|作業流程|流程)$/.test(t)) return 'P';
  if (/^學習(與|及)?成長$/.test(t)) return 'L';
  if (/^財務$/.test(t)) return 'F';
  return null;
}

const PERSPECTIVE_IN_TEXT: [RegExp, Perspective][] = [
  [/顧客|customer/i, 'C'],
  [/內部流程|internal( business)? process/i, 'P'],
  [/學習(與)?成長|learning (and|&) growth/i, 'L'],
  [/財務|financial/i, 'F'],
];

/**
 * The perspective a heading or sentence is about: 「3 107年平衡計分卡-顧客構面」, 「本構面（財務）」,
 * "Customer Perspective". Only when it names exactly one perspective with a perspective word.
 */
export function perspectiveNamed(text: string): Perspective | null {
  const direct = perspectiveLabel(text);
  if (direct) return direct;
  if (!/構面|面向|層面|perspective/i.test(text)) return null;
  const found = PERSPECTIVE_IN_TEXT.filter(([re]) => re.test(text)).map(([, p]) => p);
  return found.length === 1 ? (found[0] ?? null) : null;
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

function englishRole(text: string): ColumnRole {
  const t = words(text);
  if (/\b(ksfs?|key success factors?|critical success factors?)\b/.test(t)) return 'ksf';
  if (/\b(formula|definition|calculation|measurement method)\b/.test(t)) return 'formula';
  if (/^(measurement )?units?$/.test(t)) return 'unit';
  if (/\b(kpis?|key performance indicators?|performance indicators?|indicators?|measures?)\b/.test(t))
    return 'kpi';
  if (/\b(action plans?|initiatives?|programmes?|programs?)\b/.test(t)) return 'action';
  if (/\b(strategic )?objectives?\b/.test(t)) return 'objective';
  if (/^perspectives?$/.test(t)) return 'perspective';
  if (/\b(strategic )?themes?\b/.test(t)) return 'theme';
  if (/^(codes?|no|number)$/.test(t)) return 'code';
  if (/^names?$/.test(t)) return 'name';
  if (/\blead\b/.test(t)) return 'lead';
  return 'other';
}

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
  if (/[A-Za-z]{2}/.test(t) && !/[\u4e00-\u9fff]/.test(t)) return englishRole(text);
  return 'other';
}

/** A line that labels the theme list: 策略主題, 主題, Strategic Themes. */
export function isThemeLabel(text: string): boolean {
  const t = compact(text);
  return /^(?:策略)?主題$/.test(t) || /^(strategic )?themes?$/.test(words(text));
}

export type FieldLabel = 'mission' | 'vision' | 'coreValues';

const FIELD_PATTERNS: [FieldLabel, RegExp][] = [
  ['mission', /^(使命|mission)/i],
  ['vision', /^(願景|vision)/i],
  ['coreValues', /^(核心價值|core ?values?)/i],
];

/**
 * `【使命】 為市民服務`, `## 願景`, `核心價值：正直誠信、…`, `Vision: …` → the field and the text
 * after the label (empty when the value follows on the next lines).
 */
export function fieldLabel(text: string): { field: FieldLabel; rest: string } | null {
  const t = text.normalize('NFKC').trim();
  const m =
    /^[【[]?\s*(使命|願景|核心價值|核心\s*價值)\s*[】\]]?\s*[:：]?\s*(.*)$/.exec(t) ??
    /^[【[]?\s*(mission|vision|core\s+values?)(?:\s+statement)?\s*[】\]]?(?:\s*[:：]\s*|\s*$)(.*)$/i.exec(t);
  if (!m) return null;
  const word = (m[1] ?? '').replace(/\s/g, '');
  const entry = FIELD_PATTERNS.find(([, re]) => re.test(word));
  if (!entry) return null;
  const rest = (m[2] ?? '').trim();
  // 「使命、願景及核心價值」 is a slide title listing the fields, not a label with a value.
  if (
    /^[、,，及與和&]|^and\b/i.test(rest) ||
    /^(使命|願景|核心價值|mission|vision|core values?)\b/i.test(rest)
  )
    return null;
  return { field: entry[0], rest };
}

/**
 * A section number in front of a heading or a table-of-contents entry: `2 策略地圖`, `3.1 …`,
 * `一、…`, `(二) …`, `第三章 …`, `Part 2 …`. The number is never part of a name.
 */
const SECTION_NUMBER =
  /^(?:第\s*[一二三四五六七八九十\d]{1,3}\s*[章節部篇項]\s*[、.．:：]?\s*|[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]\s*|[一二三四五六七八九十壹貳參肆伍陸柒捌玖拾]{1,3}(?:[、.．:：)）]\s*|\s+)|\d{1,2}(?:[.．]\d{1,2})*(?:\s*[、.．:：)）]\s*|\s+)|(?:part|chapter|section)\s+\d{1,2}\s*[.:]?\s*)/i;

export function sectionNumberOf(text: string): { number: string; rest: string } | null {
  const t = text.normalize('NFKC').trim();
  const m = SECTION_NUMBER.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length).trim();
  return rest === '' ? null : { number: m[0].trim(), rest };
}

const SECTION_WORDS =
  /^(策略地圖|平衡計分卡|策略主題|策略目標|關聯圖|簡報大綱|簡報完畢|敬請指教|目錄|大綱|附件|附錄|結語|報告完畢|謝謝聆聽|組織架構|前言|\d+|[一二三四五六七八九十]+)$/;
const ENGLISH_SECTION_WORDS =
  /^(strategy maps?|strategic maps?|balanced scorecards?|bsc|strategic themes?|strategic objectives?|cause (and|&) effect|contents|table of contents|agenda|outline|appendix|introduction|organi[sz]ation(al)? (structure|chart)|thank you|the end|q ?& ?a)$/;

/** Slide titles and section words that are never a theme, objective or value, with or without a section number. */
export function isSectionWord(text: string): boolean {
  const plain = (t: string) => SECTION_WORDS.test(compact(t)) || ENGLISH_SECTION_WORDS.test(words(t));
  if (plain(text)) return true;
  const numbered = sectionNumberOf(text);
  return numbered !== null && plain(numbered.rest);
}

/** Words that name a plan or a part of one: a line holding them is a title, never a theme's name. */
export const PLAN_WORDS =
  /策略地圖|平衡計分卡|策略主題|策略目標|關鍵績效指標|關鍵成功因素|行動方案|構面|strategy map|balanced scorecard|strategic (theme|objective)s?\b/i;
