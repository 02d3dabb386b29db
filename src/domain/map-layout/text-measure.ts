/**
 * Text width estimation and line wrapping without a DOM, so that the layout gives the same
 * result in Node, in the browser and in every exporter. Widths are in em of a CJK sans font
 * (Noto Sans CJK TC); estimates err on the wide side so that text never overflows a card.
 */

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, bopomofo, CJK compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) || // emoji
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extension B and beyond
  );
}

/** Width of one character in em. */
export function charWidthEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isWide(cp)) return 1;
  if (ch === ' ') return 0.3;
  if (/[ilI.,:;'!|`]/.test(ch)) return 0.3;
  if (/[A-Z]/.test(ch)) return ch === 'M' || ch === 'W' ? 0.85 : 0.66;
  if (/[mw]/.test(ch)) return 0.85;
  if (/[a-z]/.test(ch)) return 0.56;
  if (/[0-9]/.test(ch)) return 0.57;
  if (cp < 0x80) return 0.6;
  if (cp === 0xb7 || cp === 0x2027) return 0.35; // middle dots used as separators
  if (cp >= 0x2000 && cp <= 0x206f) return 1; // general punctuation such as — … ‧ set wide in CJK fonts
  return 0.65;
}

/** Estimated advance width of `text` at `fontSize` px. */
export function measureText(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

// Line-breaking rules of Traditional Chinese typesetting (禁則): these never start a line…
const NO_LINE_START = new Set([...'，。、；：！？）」』】〉》〕．,.;:!?)]}%％…‧・·ー～']);
// …and these never end one.
const NO_LINE_END = new Set([...'（「『【〈《〔([{']);

/**
 * Splits text into unbreakable pieces: each CJK character on its own, each run of other
 * characters up to a space (so `AC1.1`, `100%` and `e-mail` stay whole), and
 * spaces, which are break opportunities that vanish at a line end. Punctuation is glued to its
 * neighbour according to the line-breaking rules above.
 */
export function tokenize(text: string): string[] {
  const raw: string[] = [];
  let word = '';
  const flush = () => {
    if (word) raw.push(word);
    word = '';
  };
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/\s/.test(ch)) {
      flush();
      if (raw[raw.length - 1] !== ' ') raw.push(' ');
    } else if (isWide(cp)) {
      flush();
      raw.push(ch);
    } else {
      word += ch;
    }
  }
  flush();
  const tokens: string[] = [];
  let pendingOpen = '';
  for (const t of raw) {
    const last = tokens.length - 1;
    if (NO_LINE_START.has(t[0] ?? '') && last >= 0 && tokens[last] !== ' ') {
      tokens[last] += t;
    } else if ([...t].every((c) => NO_LINE_END.has(c))) {
      pendingOpen += t;
    } else if (t === ' ') {
      if (pendingOpen) tokens.push(pendingOpen);
      pendingOpen = '';
      tokens.push(t);
    } else {
      tokens.push(pendingOpen + t);
      pendingOpen = '';
    }
  }
  if (pendingOpen) tokens.push(pendingOpen);
  while (tokens[0] === ' ') tokens.shift();
  while (tokens[tokens.length - 1] === ' ') tokens.pop();
  return tokens;
}

/** Cuts a piece wider than a whole line into line-sized parts; the last resort of wrapping. */
function hardBreak(token: string, maxWidth: number, fontSize: number): string[] {
  const parts: string[] = [];
  let cur = '';
  for (const ch of token) {
    if (cur && measureText(cur + ch, fontSize) > maxWidth) {
      parts.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) parts.push(cur);
  return parts;
}

function greedy(tokens: string[], maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const token of tokens) {
    if (token === ' ') {
      if (cur) cur += ' ';
      continue;
    }
    if (cur && measureText(cur + token, fontSize) > maxWidth) {
      lines.push(cur.trimEnd());
      cur = '';
    }
    if (!cur && measureText(token, fontSize) > maxWidth) {
      const parts = hardBreak(token, maxWidth, fontSize);
      lines.push(...parts.slice(0, -1));
      cur = parts[parts.length - 1] ?? '';
      continue;
    }
    cur += token;
  }
  if (cur.trimEnd()) lines.push(cur.trimEnd());
  return lines;
}

/**
 * Wraps text to lines no wider than `maxWidth`. Lines are balanced: among the widths that
 * give the fewest lines the narrowest is used, so a name does not end in one orphan character
 * (減輕家長育兒經濟負 / 擔 becomes 減輕家長育 / 兒經濟負擔).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const lines = greedy(tokens, maxWidth, fontSize);
  if (lines.length <= 1) return lines;
  // Never narrower than the widest unbreakable piece: balancing must not cut a word or code.
  let lo = Math.min(maxWidth, Math.max(...tokens.map((t) => measureText(t, fontSize))));
  let hi = maxWidth;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (greedy(tokens, mid, fontSize).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return greedy(tokens, hi, fontSize);
}

/** Width of the widest line. */
export function blockWidth(lines: string[], fontSize: number): number {
  return lines.reduce((w, l) => Math.max(w, measureText(l, fontSize)), 0);
}

/**
 * Wraps a list (organisation names, core values) so that an item breaks only when it cannot
 * fit a line by itself: 經管局、工務局 / 產業局 rather than 經管局、工務局、產 / 業局.
 */
export function wrapItems(items: string[], separator: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let cur = '';
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? item + separator.trimEnd() : item;
    const joined = cur ? cur + (separator.endsWith(' ') ? ' ' : '') + piece : piece;
    if (measureText(joined, fontSize) <= maxWidth) {
      cur = joined;
      return;
    }
    if (cur) lines.push(cur);
    cur = '';
    if (measureText(piece, fontSize) <= maxWidth) cur = piece;
    else {
      const parts = wrapText(piece, maxWidth, fontSize);
      lines.push(...parts.slice(0, -1));
      cur = parts[parts.length - 1] ?? '';
    }
  });
  if (cur) lines.push(cur);
  return lines;
}
