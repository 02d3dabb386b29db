/**
 * Fonts draw 民 and the radical ⺠ with one glyph, and PDF writers (browsers, some Office
 * versions) then map the glyph back to the radical: the text reads 「市⺠」「⼈次」 though the
 * page shows 市民, 人次. Kangxi radicals (⼈ U+2F08) have compatibility forms that NFKC undoes;
 * the CJK Radicals Supplement (⺠ U+2EA0) does not, so its forms that stand for a character of
 * Traditional Chinese are listed here (from Unicode's EquivalentUnifiedIdeograph data).
 */
const SUPPLEMENT: Record<string, string> = {
  '\u2e8c': '小',
  '\u2e92': '巳',
  '\u2e93': '幺',
  '\u2e97': '心',
  '\u2e9c': '日',
  '\u2e9d': '月',
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ea7': '牛',
  '\u2ea9': '王',
  '\u2eac': '示',
  '\u2eae': '竹',
  '\u2eb6': '羊',
  '\u2ebc': '肉',
  '\u2ebd': '臼',
  '\u2ec1': '虎',
  '\u2ec4': '西',
  '\u2ec6': '角',
  '\u2eca': '足',
  '\u2ed1': '長',
  '\u2ed7': '雨',
  '\u2ed8': '青',
  '\u2edd': '食',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ef1': '龜',
};

const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/;

export function ideographs(text: string): string {
  if (!RADICALS.test(text)) return text;
  return text
    .replace(/[\u2e80-\u2eff]/g, (c) => SUPPLEMENT[c] ?? c)
    .replace(/[\u2f00-\u2fdf]/g, (c) => c.normalize('NFKC'));
}
