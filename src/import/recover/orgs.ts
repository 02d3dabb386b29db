import { englishCityOf, isEnglishName, readEnglishTitle } from './english';

/**
 * Organisation names as the documents print them: full (臺北市政府教育局), abbreviated
 * (臺北市府教育局), short (教育局), relative (本府, 本處, 本館), by level (府級, 局級) or in English
 * ("Department of Health, Taipei City Government", kept as written: there is no table of English
 * names). Names are derived from the document itself; only the city's name has a configurable
 * fallback, for documents that say 本府 without ever naming the city.
 */

const SUFFIX = '(?:政府|委員會|辦公室|中心|公司|大隊|大學|學校|局|處|館|會|所|院|署|隊|園)';
// A name may number its unit in digits after its first character (市立第1圖書館).
const ORG_TAIL = new RegExp(`([\\u4e00-\\u9fff][\\u4e00-\\u9fff0-9]{0,19}?${SUFFIX})$`);
const FULL_ORG = new RegExp(
  `^[\\u4e00-\\u9fff]{1,4}[市縣](?:政府|市府|立)?[\\u4e00-\\u9fff0-9]{0,16}${SUFFIX}$`,
);
/** A name that starts with its own city (示範市政府教育局, 臺北市立圖書館) is already full. */
const OWN_CITY = /^[\u4e00-\u9fff]{1,4}[市縣](?:政府|市府|立)/;
const PLAN_KEYWORD = /策略地圖|平衡計分卡|願景|使命|核心價值|策略主題|施政重點|施政目標/g;
const YEAR = /(\d{2,4})\s*年度?/;

/** 台 and 臺 are one character to people; 市府 abbreviates 市政府. */
export function canonicalOrgName(name: string): string {
  if (isEnglishName(name)) return name.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/台/g, '臺')
    .replace(/^([\u4e00-\u9fff]{1,4}[市縣])府/, '$1政府');
}

export function rocYear(n: number): number | null {
  if (n >= 1912 && n <= 2911) return n - 1911;
  if (n >= 1 && n <= 999) return n;
  return null;
}

export type OrgRef = { kind: 'name'; name: string } | { kind: 'self'; suffix: string } | { kind: 'city' };

export interface ContextLine {
  org: OrgRef | null;
  /** A parent level named in the line (府級, 局級), e.g. in 承接府級施政目標. */
  level: string | null;
  year: number | null;
  /** The line says that the plan takes something up from its parent. */
  cascades: boolean;
  /** The same organisation's English name, from a bilingual title (臺北市政府衛生局 Department of Health …). */
  alias?: string;
}

function refFromText(text: string): OrgRef | null {
  const t = text.replace(/[\s,，、:：「」]+$/, '');
  const self = /本(府|局|處|館|會|所|院|署|中心|園|隊)$/.exec(t);
  if (self?.[1]) return self[1] === '府' ? { kind: 'city' } : { kind: 'self', suffix: self[1] };
  if (/^市府$/.test(t)) return { kind: 'city' };
  const tail = ORG_TAIL.exec(t);
  if (!tail?.[1]) return null;
  return { kind: 'name', name: canonicalOrgName(tail[1]) };
}

/**
 * Reads a line as a page or section title that says whose plan follows:
 * `教育局110年策略地圖`, `110年臺北市政府策略地圖`, `本府策略地圖`, a lone `臺北市政府人事處`.
 */
export function readContextLine(text: string): ContextLine | null {
  const t = text.normalize('NFKC').trim();
  const bilingual = /^(.*[\u4e00-\u9fff）)])\s*([A-Za-z][A-Za-z].*)$/.exec(t);
  if (bilingual?.[1] && bilingual[2] && isEnglishName(bilingual[2])) {
    const zh = readContextLine(bilingual[1]);
    const en = readEnglishTitle(bilingual[2]);
    if (zh?.org && en) {
      const line: ContextLine = { ...zh, year: zh.year ?? en.year, cascades: zh.cascades || en.cascades };
      if (en.org && zh.org.kind === 'name') line.alias = canonicalOrgName(en.org);
      return line;
    }
  }
  if (isEnglishName(t)) {
    const en = readEnglishTitle(t);
    if (!en) return null;
    const org: OrgRef | null = en.org ? { kind: 'name', name: canonicalOrgName(en.org) } : null;
    return { org, level: en.level, year: en.year, cascades: en.cascades };
  }
  if (t.length === 0 || t.length > 40) return null;
  const yearMatch = YEAR.exec(t);
  const year = yearMatch?.[1] ? rocYear(Number(yearMatch[1])) : null;
  const cascades = /承接|向下延伸|延展|對應/.test(t);
  const levelMatch = /(府|局|處|館|會)級/.exec(t);
  const level = levelMatch?.[1] ?? null;
  const keywords = [...t.matchAll(PLAN_KEYWORD)];
  if (keywords.length > 0) {
    // 承接局級策略主題延展本館策略地圖: the organisation is the one before some keyword, not always the first.
    for (const kw of keywords) {
      // A year parts names (「臺北市政府產業發展局110年臺北市政府產業發展局」): never glue them.
      const before = t
        .slice(0, kw.index)
        .replace(/\d{2,4}\s*年度?/g, ' ')
        .trim();
      const org = refFromText(before.replace(/[的之]$/, ''));
      if (org) return { org, level, year, cascades };
    }
    return year !== null || cascades ? { org: null, level, year, cascades } : null;
  }
  const bare = t.replace(/\d{2,4}\s*年度?/g, '').replace(/\s+/g, '');
  if (FULL_ORG.test(bare))
    return { org: { kind: 'name', name: canonicalOrgName(bare) }, level, year, cascades };
  return null;
}

const SELF = /本(府|局|處|館|會|所|院|署|中心|園|隊)/;

/**
 * A sentence saying what this organisation takes up from its parent, too long to be a title:
 * 「為落實市政願景，本局各項策略主題皆承接府級策略主題「F-打造優質教育」向下延伸」. It speaks for the
 * organisation it calls 本局, so what follows it is that organisation's plan.
 */
export function readCascadeSentence(text: string): ContextLine | null {
  const t = text.normalize('NFKC').trim();
  if (t.length > 120 || !/承接|向下延伸|延展/.test(t)) return null;
  const self = SELF.exec(t.replace(/[「『"][^」』"]*[」』"]/g, ''));
  if (!self?.[1]) return null;
  const org: OrgRef = self[1] === '府' ? { kind: 'city' } : { kind: 'self', suffix: self[1] };
  const level = /(府|局|處|館|會)級/.exec(t)?.[1] ?? null;
  const year = YEAR.exec(t.replace(/[「『"][^」』"]*[」』"]/g, ''))?.[1];
  return { org, level, year: year ? rocYear(Number(year)) : null, cascades: true };
}

/** Resolves short, relative and level references against the names a document prints. */
export class OrgResolver {
  readonly city: string;
  private readonly known: string[];

  /** English name → the name the document also prints in Chinese, from its bilingual titles. */
  private readonly aliases: Map<string, string>;

  constructor(fullNames: string[], fallbackCity: string, aliases: Map<string, string> = new Map()) {
    this.known = [...new Set(fullNames.map(canonicalOrgName))];
    this.city = this.deriveCity() ?? canonicalOrgName(fallbackCity);
    this.aliases = aliases;
  }

  private deriveCity(): string | null {
    for (const n of this.known) {
      if (isEnglishName(n)) {
        const city = /(?:City|County) Government$/.test(n) && !n.includes(',') ? n : englishCityOf(n);
        if (city) return city;
        continue;
      }
      const m = /^([\u4e00-\u9fff]{1,4}?[市縣])(?:政府|立)/.exec(n);
      if (m?.[1]) return `${m[1]}政府`;
    }
    return null;
  }

  /** The place part of the city's name (臺北市), which prefixes its agencies' full names. */
  private get place(): string {
    return this.city.replace(/政府$/, '');
  }

  /** 教育局 → 臺北市政府教育局 (a name the document prints in full, else the city's prefix). */
  fullName(name: string): string {
    const alias = this.aliases.get(canonicalOrgName(name));
    if (alias !== undefined && alias !== name) return this.fullName(alias);
    const n = canonicalOrgName(name);
    if (isEnglishName(n)) return this.known.find((k) => k !== n && k.startsWith(`${n},`)) ?? n;
    if (n === this.city || n.startsWith(this.place) || OWN_CITY.test(n)) return n;
    const known = this.known.find((k) => k !== n && k.endsWith(n));
    if (known) return known;
    if (/(局|處|委員會|會)$/.test(n)) return `${this.city}${n}`;
    return n;
  }

  resolve(ref: OrgRef, main: string | null, recent: string[]): string | null {
    if (ref.kind === 'city') return this.city;
    if (ref.kind === 'name') return this.fullName(ref.name);
    if (main?.endsWith(ref.suffix)) return main;
    return recent.find((r) => r.endsWith(ref.suffix)) ?? main ?? null;
  }

  /** The organisation a level word points to from `org`'s point of view (府級 → the city). */
  resolveLevel(level: string, org: string, candidates: string[]): string | null {
    if (level === '府') return this.city;
    return candidates.find((c) => c !== org && c.endsWith(level)) ?? null;
  }

  isCity(name: string): boolean {
    return name === this.city;
  }

  /** The parent the name itself shows: 臺北市政府教育局 → 臺北市政府. */
  parentByName(name: string): string | null {
    if (name === this.city) return null;
    if (isEnglishName(name)) return englishCityOf(name);
    return name.startsWith(this.city) ? this.city : null;
  }
}
