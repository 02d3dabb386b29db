/**
 * English title lines: "Department of Health, Taipei City Government", "Strategy Map in 2019",
 * "Taipei City Government Balanced Scorecard 2019". Organisation names are kept as written;
 * Gregorian years become ROC years like 2023年 does in Chinese titles.
 */

const ORG_WORD =
  /\b(Department|Bureau|Office|Commission|Council|Agency|Administration|Library|Zoo|Museum|Cent(?:er|re)|Hospital|Corporation|Police|Government|Authority|Institute|Secretariat|Division)\b/;
const PLAN_KEYWORD =
  /\b(?:strategy|strategic)\s+maps?\b|\bbalanced\s+score\s*cards?\b|\bBSC\b|\bstrategic\s+plan\b/gi;
const YEAR_PHRASE =
  /\s*[(（]?\s*(?:\b(?:in|for|of)\s+(?:the\s+)?(?:year\s+)?)?\b(?:FY\s*)?((?:19|20)\d{2})\b\s*[)）]?\s*/gi;
const CASCADE = /\btakes?\s+up\b|\bcascad(?:e|es|ed|ing)\s+from\b|\bderived?\s+from\b|\baligned?\s+with\b/i;
const CITY_LEVEL = /\bcity(?:-|\s)level\b|\bthe\s+city'?s\b|\bcity\s+government'?s\b/i;

export function isEnglishName(name: string): boolean {
  return /[A-Za-z]{2}/.test(name) && !/[\u4e00-\u9fff]/.test(name);
}

/** Title Case words, `of`, `and`, `the`, commas: the shape of an organisation's English name. */
function looksLikeOrg(s: string): boolean {
  if (!ORG_WORD.test(s) || s.length > 90) return false;
  return s
    .split(/[\s,]+/)
    .filter((w) => w !== '')
    .every((w) => /^(of|and|for|the|on|&)$/.test(w) || /^[A-Z][A-Za-z.'-]*$/.test(w));
}

export interface EnglishTitle {
  org: string | null;
  year: number | null;
  cascades: boolean;
  /** 'city' when the line names the city level ("the city's theme"). */
  level: '府' | null;
}

/** Reads an English line as a title or cascade note; null when it is neither. */
export function readEnglishTitle(text: string): EnglishTitle | null {
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!isEnglishName(t) || t.length > 120) return null;
  const printed = [...t.matchAll(YEAR_PHRASE)][0]?.[1];
  const year = printed === undefined ? null : Number(printed) - 1911;
  const withoutYear = t.replace(YEAR_PHRASE, ' ');
  const cascades = CASCADE.test(t);
  const level = CITY_LEVEL.test(t) ? '府' : null;
  const hasKeyword = withoutYear.search(PLAN_KEYWORD) >= 0;
  const rest = withoutYear
    .replace(PLAN_KEYWORD, ' ')
    .replace(/^\s*(?:of|for)\s+(?:the\s+)?/i, '')
    .replace(/\s+(?:of|for)(?:\s+the)?\s*$/i, '')
    .replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, '')
    .replace(/^the\s+/i, '')
    .trim();
  const org = looksLikeOrg(rest) ? rest : null;
  if (org === null && !hasKeyword) return null;
  if (org === null && year === null && !cascades) return null;
  return { org, year, cascades, level };
}

/** What each English kind of organisation is called at the end of a Chinese name. */
const KIND_SUFFIXES: [RegExp, RegExp][] = [
  [/\b(Department|Bureau|Police|Authority|Agency|Administration)\b/, /(局|處|署)$/],
  [/\b(Office|Secretariat|Division)\b/, /(處|室|辦公室|科)$/],
  [/\b(Commission|Council)\b/, /(委員會|會)$/],
  [/\b(Library|Museum)\b/, /館$/],
  [/\bZoo\b/, /園$/],
  [/\bCent(?:er|re)\b/, /中心$/],
  [/\b(Hospital|Institute)\b/, /(院|所)$/],
  [/\bCorporation\b/, /公司$/],
  [/\bGovernment\b/, /政府$/],
];

/**
 * The English name can be the Chinese one's: the kind the English names first (the Department of
 * Health, not the city government it belongs to) is what the Chinese name ends with.
 */
export function sameKindOfOrg(english: string, chinese: string): boolean {
  const head = english.split(',')[0] ?? english;
  const kind = KIND_SUFFIXES.find(([en]) => en.test(head));
  return kind?.[1].test(chinese) === true;
}

/** The city an English agency name belongs to: "…, Taipei City Government" → "Taipei City Government". */
export function englishCityOf(name: string): string | null {
  const m = /(?:^|,\s*|\bof\s+(?:the\s+)?)((?:[A-Z][A-Za-z.'-]*\s+)+(?:City|County)\s+Government)$/.exec(
    name,
  );
  return m?.[1] ?? null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "March 30, 2019", "30 March 2019", "2019-03-30", "2019/3/30" → [year, month, day]. */
export function readEnglishDate(text: string): [number, number, number] | null {
  const t = text.normalize('NFKC');
  const iso = /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(t);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const month = (w: string) => MONTHS.indexOf(w.slice(0, 3).toLowerCase()) + 1;
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/.exec(t);
  if (mdy?.[1] && month(mdy[1]) > 0) return [Number(mdy[3]), month(mdy[1]), Number(mdy[2])];
  const dmy = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})\b/.exec(t);
  if (dmy?.[2] && month(dmy[2]) > 0) return [Number(dmy[3]), month(dmy[2]), Number(dmy[1])];
  return null;
}
