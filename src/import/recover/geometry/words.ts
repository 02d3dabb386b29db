import type { Perspective } from '../../../domain/codes';
import { type ColumnRole, fieldLabel, headerRole, isSectionWord, perspectiveLabel } from '../labels';
import { readContextLine } from '../orgs';
import { parseThemeItem } from '../theme-items';
import { hasCode, joinWrapped } from '../tokens';

/**
 * The words a drawn map and a scorecard table put on their axes and headers, in Chinese and in
 * English: perspective labels (顧客 C, Strategic Objective (Customer)), theme headers (A營造永續環境,
 * 名稱\nA, Strategic Theme A: …) and scorecard column headings (Key Success Factor, Formula …).
 */

const ENGLISH_PERSPECTIVES: [RegExp, Perspective][] = [
  [/\b(customers?|citizens?|clients?|stakeholders?)\b/i, 'C'],
  [/\binternal\b|\bprocess(es)?\b/i, 'P'],
  [/\blearning\b|\bgrowth\b/i, 'L'],
  [/\bfinanc(e|ial)\b|\bbudget\b/i, 'F'],
];

/** A whole label naming one perspective; null for anything else (a card, a heading, a sentence). */
export function perspectiveOf(text: string): Perspective | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '' || hasCode(t)) return null;
  const zh = perspectiveLabel(t);
  if (zh) return zh;
  if (t.length > 45 || /[\u4e00-\u9fff]/.test(t)) return null;
  const hits = ENGLISH_PERSPECTIVES.filter(([re]) => re.test(t)).map(([, p]) => p);
  return hits.length === 1 ? (hits[0] as Perspective) : null;
}

/** A line that says which parent theme a theme takes up: not part of the theme's name. */
export function isCascadeNote(text: string): boolean {
  return /承接|向下延伸|延展|對應|cascad|takes? up/i.test(text);
}

export interface HeaderText {
  letter: string | null;
  name: string;
}

const ENGLISH_HEADER = /^(?:strategic\s+)?theme\s*([A-Z])\s*[:：.、\-–—]?\s*(.*)$/i;
const ENGLISH_LETTERED = /^([A-Z])\s*[:：.、\-–—)]\s*(.{3,})$|^([A-Z])\s+([A-Za-z].{2,})$/;
const ENGLISH_SUFFIXED = /^(.{3,}?)\s*\(([A-Z])\)$/;

function englishName(t: string): boolean {
  return /^[A-Za-z][A-Za-z ,'&/-]{2,80}$/.test(t) && /[a-z]/.test(t) && perspectiveOf(t) === null;
}

/** Headings of scorecard columns other than the perspective's. */
export const SCORECARD_ROLES: ReadonlySet<ColumnRole> = new Set([
  'objective',
  'ksf',
  'kpi',
  'formula',
  'unit',
  'action',
]);

const NOT_THEMES: ReadonlySet<ColumnRole> = new Set([...SCORECARD_ROLES, 'perspective', 'code', 'lead']);

/** 「參、策略地圖」, 「2 策略地圖」: a numbered section title. */
const NUMBERED = /^[壹貳參肆伍陸柒捌玖拾一二三四五六七八九十\d]+\s*[、.．]?\s*/;

function isOtherText(t: string): boolean {
  return (
    NOT_THEMES.has(columnRole(t)) ||
    isSectionWord(t.replace(NUMBERED, '')) ||
    fieldLabel(t) !== null ||
    readContextLine(t) !== null ||
    isSectionWord(t) ||
    perspectiveOf(t) !== null ||
    hasCode(t) ||
    /^(strategic\s+themes?|themes?|perspectives?|strategy\s+map)$/i.test(t)
  );
}

/**
 * A header's name lines: a cascade note (承接臺北市政府教育局「H 推廣 / 終身教育」, possibly wrapped)
 * follows the name, or precedes it up to the line closing its quote.
 */
function nameLines(lines: string[]): string[] {
  const all = lines.map((l) => l.trim()).filter((l) => l !== '');
  const note = all.findIndex(isCascadeNote);
  if (note < 0) return all;
  if (note > 0) return all.slice(0, note);
  const close = all.findIndex((l) => /[」』”"]/.test(l));
  return all.slice(Math.max(close, 0) + 1);
}

/**
 * A theme header's lines as a letter and a name: its cascade note is left out, wrapped lines
 * joined. A lone letter gives `{ letter, name: '' }`; a name without its letter `{ null, name }`.
 */
export function parseHeader(lines: string[]): HeaderText | null {
  const kept = nameLines(lines);
  if (kept.length === 0) return null;
  const joined = joinWrapped(kept);
  if (isOtherText(joined)) return null;
  const zh = parseThemeItem(joined);
  if (zh) return { letter: zh.letter, name: zh.name };
  const t = joined.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const themed = ENGLISH_HEADER.exec(t);
  if (themed?.[1]) return { letter: themed[1].toUpperCase(), name: (themed[2] ?? '').trim() };
  const lettered = ENGLISH_LETTERED.exec(t);
  const letter = lettered?.[1] ?? lettered?.[3];
  const name = lettered?.[2] ?? lettered?.[4];
  if (letter && name && englishName(name.trim())) return { letter, name: name.trim() };
  const suffixed = ENGLISH_SUFFIXED.exec(t);
  if (suffixed?.[1] && suffixed[2] && englishName(suffixed[1].trim()))
    return { letter: suffixed[2], name: suffixed[1].trim() };
  return englishName(t) ? { letter: null, name: t } : null;
}

const ENGLISH_ROLES: [RegExp, ColumnRole][] = [
  [/success\s*factor|\bKSF\b|\bCSF\b/i, 'ksf'],
  [/formula|calculation|definition|how\s+measured/i, 'formula'],
  [/^\s*units?\b/i, 'unit'],
  [/\bKPI|indicator|measure/i, 'kpi'],
  [/action|initiative|programme|program|project/i, 'action'],
  [/objective/i, 'objective'],
  [/perspective/i, 'perspective'],
];

/** A scorecard column heading's role, in Chinese or English. */
export function columnRole(text: string): ColumnRole {
  const zh = headerRole(text);
  if (zh !== 'other' || /[\u4e00-\u9fff]/.test(text)) return zh;
  return ENGLISH_ROLES.find(([re]) => re.test(text))?.[1] ?? 'other';
}
