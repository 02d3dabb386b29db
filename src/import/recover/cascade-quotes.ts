import type { Block } from '../source';
import { canonicalOrgName } from './orgs';

/**
 * The parent theme a document says it takes up, in prose or a heading rather than per theme:
 * 「本局策略主題皆承接府級「F-打造優質教育」向下延伸」, 「承接府級策略主題F打造優質教育」,
 * 「承接局級推廣終身教育(H)」, "All themes take up the city's theme G (Health and Safety)".
 * Such a statement wins over what the theme letters alone would suggest.
 */

export interface CascadeQuote {
  letter: string;
  name: string;
  level: string | null;
  /** The parent organisation when the statement names it (承接臺北市政府策略主題D). */
  org?: string;
  line: number;
}

export const CASCADE_WORDS = /承接|延伸|延展|對應|takes?\s+up|cascad\w*\s+from|derived?\s+from/i;
const QUOTED = /[「『"“]\s*([A-ZＡ-Ｚ])\s*[-－—–.、:：]?\s*([^」』"”]*)[」』"”]/g;
const LETTER_THEN_NAME =
  /(?:策略)?主題\s*[:：]?\s*([A-ZＡ-Ｚ])(?![A-Za-zＡ-Ｚａ-ｚ0-9])\s*[-－—–.、:：]?\s*([\u4e00-\u9fff]{2,20})?/g;
const NAME_THEN_LETTER = /([\u4e00-\u9fff]{2,20}?)\s*[(（]\s*([A-ZＡ-Ｚ])\s*[)）]/g;
const ENGLISH = /\btheme\s+([A-Z])\b(?:\s*[(:–—-]\s*([A-Za-z][A-Za-z ,'&-]*[A-Za-z]))?/gi;

/** 「承接臺北市政府策略主題D」: the organisation named between the cascade word and the theme. */
const NAMED_ORG =
  /(?:承接|對應)\s*([\u4e00-\u9fff]{2,24}?(?:政府|局|處|館|會|中心|公司))\s*(?=[「『"“]|(?:的)?(?:策略)?主題|[A-ZＡ-Ｚ](?![A-Za-z]))/;

/** The cascades one line states: a sentence, a heading, or the note printed beside a theme. */
export function quotesIn(t: string, n: number): CascadeQuote[] {
  const named = NAMED_ORG.exec(t)?.[1];
  const level =
    /(府|局|處|館|會)級/.exec(t)?.[1] ?? (/\bcity(?:-|\s)level\b|\bthe\s+city'?s\b/i.test(t) ? '府' : null);
  const make = (letter: string | undefined, name: string | undefined): CascadeQuote => {
    const q: CascadeQuote = {
      letter: (letter ?? '').normalize('NFKC'),
      name: (name ?? '')
        .replace(/^.*(?:承接|延伸|延展|對應)\s*(?:[府局處館會]級)?/, '')
        .replace(/^(?:策略)?主題/, '')
        .trim(),
      level,
      line: n,
    };
    if (named) q.org = canonicalOrgName(named);
    return q;
  };
  const quoted = [...t.matchAll(QUOTED)].map((m) => make(m[1], m[2]));
  if (quoted.length > 0) return quoted;
  const english = [...t.matchAll(ENGLISH)].map((m) => make(m[1]?.toUpperCase(), m[2]));
  if (english.length > 0) return english;
  const lettered = [...t.matchAll(LETTER_THEN_NAME)].map((m) => make(m[1], m[2]));
  if (lettered.length > 0) return lettered;
  return [...t.matchAll(NAME_THEN_LETTER)].map((m) => make(m[2], m[1]));
}

export function readCascadeQuotes(blocks: Block[]): CascadeQuote[] {
  const out: CascadeQuote[] = [];
  for (const b of blocks) {
    if (b.kind !== 'text') continue;
    for (const l of b.lines) if (CASCADE_WORDS.test(l.text)) out.push(...quotesIn(l.text, l.n));
  }
  return out;
}
