import type { Perspective } from '../../../src/domain/codes';
import type { PlanDocument } from '../../../src/domain/plan-document';

/**
 * The words agencies print on their decks, in Chinese and English: perspective row labels,
 * headings, how an organisation calls itself (本局, 本館) and its parent's level (府級, 局級).
 */

export type Locale = 'zh-TW' | 'en';

const ZH_PERSPECTIVE: Record<Perspective, string> = { C: '顧客', P: '內部流程', L: '學習成長', F: '財務' };
const EN_PERSPECTIVE: Record<Perspective, string> = {
  C: 'Customer',
  P: 'Internal Process',
  L: 'Learning and Growth',
  F: 'Financial',
};

/** Row labels as decks print them: 「顧客 C」, 「顧客構面」, 「Strategic Objective (Customer)」. */
export function perspectiveLabel(p: Perspective, locale: Locale, form: 'letter' | 'facet' | 'plain'): string {
  if (locale === 'en')
    return form === 'plain' ? EN_PERSPECTIVE[p] : `Strategic Objective (${EN_PERSPECTIVE[p]})`;
  if (form === 'letter') return `${ZH_PERSPECTIVE[p]} ${p}`;
  return form === 'facet' ? `${ZH_PERSPECTIVE[p]}構面` : ZH_PERSPECTIVE[p];
}

export function perspectiveName(p: Perspective, locale: Locale): string {
  return locale === 'en' ? EN_PERSPECTIVE[p] : ZH_PERSPECTIVE[p];
}

export const PERSPECTIVE_ORDER: Perspective[] = ['C', 'P', 'L', 'F'];

export function rowOrder(plan: PlanDocument): Perspective[] {
  return plan.perspectiveOrder ?? PERSPECTIVE_ORDER;
}

const SELF_SUFFIXES = ['局', '處', '館', '會', '所', '院', '園', '隊', '府', '中心', '學', '署'];

/** 本局, 本處, 本館 … as the organisation calls itself; 本機關 when its name ends otherwise. */
export function selfWord(org: string): string {
  const s = SELF_SUFFIXES.find((x) => org.endsWith(x));
  if (s === '學') return '本校';
  return s ? `本${s}` : '本機關';
}

/** 府級 for the city, 局級 for a bureau: how a deck names its parent's level. */
export function levelWord(parent: PlanDocument): string {
  if (!parent.org.parent) return '府級';
  const s = SELF_SUFFIXES.find((x) => parent.org.name.endsWith(x));
  return s ? `${s}級` : '上級機關';
}

export function rocDate(iso: string | null | undefined, year: number): string {
  if (!iso) return `${year}年`;
  const [y, m, d] = iso.split('-').map(Number);
  return `${(y ?? 0) - 1911}年${m}月${d}日`;
}
