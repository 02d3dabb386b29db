import type { FormulaError } from './types';

export type Token =
  | { kind: 'number'; value: number; text: string; at: number }
  | { kind: 'name'; text: string; at: number }
  | { kind: 'op'; text: '+' | '-' | '*' | '/' | '×' | '÷'; at: number }
  | { kind: 'open'; text: string; at: number }
  | { kind: 'close'; text: string; at: number }
  | { kind: 'percent'; at: number };

const OPERATORS = new Set(['+', '-', '*', '/', '×', '÷']);
const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set(Object.values(PAIRS));
/** Symbols that mean something else in a spreadsheet or a programme; rejected, never a name. */
const FORBIDDEN = new Set([...'=<>!^&|?;,"\'`\\~:']);
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Deeper nesting than this is not a KPI formula, and would only risk the stack. */
const MAX_DEPTH = 50;

const isSpace = (ch: string) => /\s/.test(ch);
const isNameChar = (ch: string) =>
  !isSpace(ch) &&
  !OPERATORS.has(ch) &&
  PAIRS[ch] === undefined &&
  !CLOSERS.has(ch) &&
  ch !== '%' &&
  !FORBIDDEN.has(ch);
const isAscii = (ch: string) => ch.charCodeAt(0) < 128;

type Scan = { ok: true; tokens: Token[] } | { ok: false; error: FormulaError };

const fail = (at: number, zh: string, en: string): Scan => ({
  ok: false,
  error: { message: { zh, en }, position: at },
});

/**
 * Splits a normalised formula into tokens. A name is a maximal run of characters that are not
 * operators, brackets or `%`, so `108年度預算數` is one variable; spaces inside a run of Chinese
 * are line-wrap debris from the documents and are dropped, while Latin words one space apart
 * are one name kept with its space (`persons in need`), as English documents write them.
 */
export function scan(text: string): Scan {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (isSpace(ch)) {
      i++;
    } else if (OPERATORS.has(ch)) {
      tokens.push({ kind: 'op', text: ch as '+', at: i });
      i++;
    } else if (PAIRS[ch] !== undefined) {
      tokens.push({ kind: 'open', text: ch, at: i });
      i++;
    } else if (CLOSERS.has(ch)) {
      tokens.push({ kind: 'close', text: ch, at: i });
      i++;
    } else if (ch === '%') {
      tokens.push({ kind: 'percent', at: i });
      i++;
    } else if (FORBIDDEN.has(ch)) {
      return fail(
        i,
        `公式不能使用「${ch}」；只能用 + − × ÷、括號與最後的 %`,
        `"${ch}" cannot be used in a formula; only + − × ÷, brackets and a final % are allowed`,
      );
    } else {
      const at = i;
      let name = '';
      while (i < text.length) {
        const c = text[i] as string;
        if (isNameChar(c)) {
          name += c;
          i++;
          continue;
        }
        let j = i;
        while (j < text.length && isSpace(text[j] as string)) j++;
        const next = text[j];
        if (j === i || next === undefined || !isNameChar(next)) break;
        const words = isAscii(next) && isAscii(name.at(-1) ?? 'a');
        // Latin words one space apart make one name ("persons in need"); a number before a word does not.
        if (words && !(text.slice(i, j) === ' ' && /\p{L}/u.test(name))) break;
        if (words) name += ' ';
        i = j;
      }
      tokens.push(
        NUMBER.test(name)
          ? { kind: 'number', value: Number(name), text: name, at }
          : { kind: 'name', text: name, at },
      );
    }
  }
  return { ok: true, tokens };
}

const show = (t: Token) => (t.kind === 'percent' ? '%' : t.text);

/**
 * Checks the order of tokens before jsep sees them, so that every mistake a planner makes gets
 * a message in both languages pointing at the spot, instead of a parser's generic complaint.
 */
export function checkStructure(tokens: Token[], end: number): FormulaError | null {
  const err = (at: number, zh: string, en: string): FormulaError => ({ message: { zh, en }, position: at });
  if (tokens.length === 0) return err(0, '公式是空的', 'the formula is empty');
  const open: { text: string; at: number }[] = [];
  let expectOperand = true;
  for (const [k, t] of tokens.entries()) {
    if (t.kind === 'percent') {
      if (expectOperand || k !== tokens.length - 1) {
        return err(
          t.at,
          '「%」只能寫在公式最後，表示結果是百分比',
          '"%" may only end the formula, where it marks the result as a percentage',
        );
      }
    } else if (t.kind === 'op') {
      if (expectOperand && t.text !== '-' && t.text !== '+') {
        return err(
          t.at,
          `運算符號「${t.text}」前面沒有數值或變數`,
          `operator "${t.text}" has no operand before it`,
        );
      }
      expectOperand = true;
    } else if (t.kind === 'open') {
      if (!expectOperand) {
        return err(t.at, `括號「${t.text}」前少了運算符號`, `an operator is missing before "${t.text}"`);
      }
      if (open.length >= MAX_DEPTH) return err(t.at, '括號層數太多', 'brackets are nested too deeply');
      open.push(t);
    } else if (t.kind === 'close') {
      const opener = open.pop();
      if (opener === undefined) {
        return err(
          t.at,
          `括號「${t.text}」沒有對應的左括號`,
          `bracket "${t.text}" has no matching opening bracket`,
        );
      }
      if (PAIRS[opener.text] !== t.text) {
        return err(
          t.at,
          `括號「${t.text}」與前面的「${opener.text}」不成對`,
          `bracket "${t.text}" does not match the "${opener.text}" it closes`,
        );
      }
      if (expectOperand) {
        return err(t.at, '括號內是空的或以運算符號結尾', 'a bracket is empty or ends with an operator');
      }
    } else {
      if (!expectOperand) {
        return err(t.at, `「${show(t)}」前少了運算符號`, `an operator is missing before "${show(t)}"`);
      }
      expectOperand = false;
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) {
    return err(unclosed.at, '左括號沒有對應的右括號', 'an opening bracket is never closed');
  }
  if (expectOperand) return err(end, '公式以運算符號結尾', 'the formula ends with an operator');
  return null;
}
