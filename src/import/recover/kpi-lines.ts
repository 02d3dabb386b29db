import { type Definition, readDefinition } from './definition';
import { hasCode, joinWrapped } from './tokens';

/**
 * What follows a KPI's name when a scorecard arrives one cell per line: its formula
 * (「公共化教保服務人數/全市幼兒人數×100%」), its unit (「%」, 「(人次)」, 「單位：件」) and a note in
 * brackets. Such lines belong to the KPI's definition, never to its name.
 */

export interface KpiDetails {
  name: string;
  formula?: string;
  unit?: string;
  note?: string;
}

const UNITS = new Set(
  (
    '%,人,人次,件,件數,場,場次,次,家,家數,類別數,千元,元,萬元,億元,千元/人,小時,時,校,所,項,冊,本,筆,個,' +
    '天,日,年,分,點,處,戶,輛,株,公頃,平方公尺,公里,噸,公噸,人日,座,份,篇,門,班,堂,隊,團,案,則,套,種,位,名'
  ).split(','),
);

const ENGLISH_UNITS = new Set(
  'persons,people,person-times,times,cases,items,hours,days,sessions,events,stations,schools,units,households,NT$,dollars,km'.split(
    ',',
  ),
);

/**
 * 「%」, 「（人次）」, 「單位：件」, "Unit: persons" → the unit; a bare word only when it is a unit,
 * or (in English) a word the KPI's name measures in ("Training hours per staff member" / "hours").
 */
export function unitLine(text: string, name = ''): string | null {
  const t = text.normalize('NFKC').trim();
  const labelled = /^[(（]?\s*(?:單位|unit)\s*[:：]\s*([^()（）]{1,12}?)\s*[)）]?$/i.exec(t);
  if (labelled?.[1]) return labelled[1].trim();
  const bare = /^[(（]?\s*([^()（）\s]{1,12})\s*[)）]?$/.exec(t)?.[1];
  if (!bare) return null;
  if (UNITS.has(bare) || ENGLISH_UNITS.has(bare.toLowerCase())) return bare;
  return /^[a-z]+$/.test(bare) && new RegExp(`\\b${bare}\\b`, 'i').test(name) ? bare : null;
}

/** A line that computes something: ×, ÷, *, a division between two terms, or one cut after its 「/」. */
export function formulaLine(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  if (t === '' || hasCode(t) || /^https?:/i.test(t)) return false;
  return /[×÷*]/.test(t) || /\S\s*\/(\s*\S|\s*$)/.test(t);
}

function apply(kpi: KpiDetails, d: Definition) {
  if (d.formula !== '') kpi.formula = d.formula;
  if (d.unit) kpi.unit ??= d.unit;
  if (d.note) kpi.note = kpi.note ? `${kpi.note}；${d.note}` : d.note;
}

/** A definition cell or a `公式：` line, split into formula, unit and note. */
export function applyDefinition(kpi: KpiDetails, text: string): void {
  apply(kpi, readDefinition(text));
}

/**
 * Takes a line printed after a named KPI as its formula, unit or note; false when the line is
 * something else (a wrapped name, the next item). A formula cut after an operator continues.
 */
export function kpiDetailLine(kpi: KpiDetails, text: string): boolean {
  if (kpi.name === '') return false;
  const unit = unitLine(text, kpi.name);
  if (unit) {
    kpi.unit ??= unit;
    return true;
  }
  const open = kpi.formula !== undefined && /[+\-*/×÷(（]\s*$/.test(kpi.formula);
  if (open || (kpi.formula !== undefined && /^\s*[+\-*/×÷)）]/.test(text))) {
    apply(kpi, readDefinition(joinWrapped([kpi.formula ?? '', text])));
    return true;
  }
  if (formulaLine(text)) {
    apply(kpi, readDefinition(text));
    return true;
  }
  if (kpi.formula !== undefined && /^\s*[(（].*[)）]\s*$|^\s*(?:備\s*註|註|說明|note)\s*[:：]/i.test(text)) {
    const note = text
      .trim()
      .replace(/^[(（]|[)）]$/g, '')
      .replace(/^(?:備\s*註|註|說明|note)\s*[:：]\s*/i, '');
    kpi.note = kpi.note ? `${kpi.note}；${note}` : note;
    return true;
  }
  return false;
}
