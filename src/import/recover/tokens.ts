import { type ParsedCode, parseCode } from '../../domain/codes';

/**
 * Finds codes in running text and the names printed after them: `AP1 推展… AP2 建立…`,
 * `TC1提升滿意的住民、TC2…`, `CC1.1.2Bookstart閱讀起步走活動計畫`. Codes are matched in half- and
 * full-width forms; only the code is normalised, names stay as written.
 */

export interface CodeItem {
  code: string;
  parsed: ParsedCode;
  name: string;
}

export interface SplitText {
  /** Text before the first code, e.g. a row label such as 顧客. */
  prefix: string;
  items: CodeItem[];
}

const CODE_RE =
  /(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９.．])([A-ZＡ-Ｚ]?[CPLFＣＰＬＦ][0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){0,2})(?![0-9０-９]|[.．][0-9０-９])/g;

/** Characters after which a code without a theme letter (F1, L2) may start. */
const SHARED_CODE_BEFORE = /[\s、，,;；:：(（「『【[|/／>]/;

const CJK_GAP =
  /([\u2e80-\u9fff\uf900-\ufaff\uff01-\uff60、，。：；「」『』])\s+(?=[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff60、，。：；「」『』])/g;

/**
 * 「研究發表之 成果件數」: a space between two Chinese characters in a name is where the
 * extraction broke a line (or dropped a tag), never a word boundary. So is one that a PDF's text
 * puts between Chinese and Latin letters, digits or brackets (「導入 RFID 技術」, 「數 ( 含 」).
 */
export function closeCjkGaps(s: string): string {
  return s
    .replace(CJK_GAP, '$1')
    .replace(/([\u4e00-\u9fff])[ \t]+(?=[A-Za-z0-9(（])/g, '$1')
    .replace(/([A-Za-z0-9)）])[ \t]+(?=[\u4e00-\u9fff])/g, '$1')
    .replace(/([(（])[ \t]+(?=\S)/g, '$1')
    .replace(/(\S)[ \t]+(?=[)）])/g, '$1')
    .replace(CJK_COMMA, '$1，');
}

/** 「推動終身學習,打造書香城市」: a PDF's text gives a Chinese comma as a Latin one. */
export const CJK_COMMA = /([\u4e00-\u9fff])[ \t]*,[ \t]*(?=[\u4e00-\u9fff])/g;

export function cleanName(s: string): string {
  return closeCjkGaps(s)
    .replace(/^[\s:：、,，.．\-—–)）\]】」』]+/, '')
    .replace(/[\s、，,;；。.．:：\-—–(（[【「『]+$/, '')
    .trim();
}

export function splitCodes(text: string): SplitText {
  const hits: { start: number; end: number; parsed: ParsedCode }[] = [];
  for (const m of text.matchAll(CODE_RE)) {
    const raw = m[1] ?? '';
    const start = m.index ?? 0;
    const parsed = parseCode(raw);
    if (!parsed) continue;
    if (parsed.themeLetter === null && start > 0 && !SHARED_CODE_BEFORE.test(text[start - 1] ?? '')) continue;
    hits.push({ start, end: start + raw.length, parsed });
  }
  if (hits.length === 0) return { prefix: text.trim(), items: [] };
  const items = hits.map((h, i) => ({
    code: h.parsed.code,
    parsed: h.parsed,
    name: cleanName(text.slice(h.end, hits[i + 1]?.start ?? text.length)),
  }));
  return { prefix: text.slice(0, hits[0]?.start ?? 0).trim(), items };
}

export function hasCode(text: string): boolean {
  return splitCodes(text).items.length > 0;
}

/** Joins wrapped lines: nothing between CJK characters, one space between words. */
export function joinWrapped(parts: string[]): string {
  let out = '';
  for (const p of parts.map((x) => x.trim()).filter((x) => x !== '')) {
    if (out === '') out = p;
    else {
      const a = out[out.length - 1] ?? '';
      const b = p[0] ?? '';
      const wide = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef、，。：；（）「」]/;
      // 「Long-」+「term」: a word broken after its hyphen is one word.
      const hyphenated = /[A-Za-z]-$/.test(out) && /^[a-z]/.test(p);
      out += wide.test(a) || wide.test(b) || hyphenated ? p : ` ${p}`;
    }
  }
  return out;
}
