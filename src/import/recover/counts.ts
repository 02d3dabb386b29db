import type { Perspective } from '../../domain/codes';
import type { CountedThing, StatedCount } from '../../domain/lint/context';
import type { Block } from '../source';
import { perspectiveLabel, perspectiveNamed } from './labels';
import { parseThemeItem } from './theme-items';
import { hasCode, joinWrapped } from './tokens';

/**
 * Counts a document states about itself: 訂定23項策略目標及24項KPI指標, 共計35項策略目標, per
 * perspective 顧客構面：9項策略目標, or under a perspective's or theme's heading 本構面共計18項策略目標.
 * Each count keeps the scope it speaks of, so that it is checked against that perspective or
 * theme and not against the whole plan. Sentences may wrap over lines.
 */

const COUNT =
  /(\d{1,4})\s*(?:項|個|條)\s*(?:的)?\s*(策略主題|策略目標|關鍵成功因素|KSF|關鍵績效指標|KPI|績效指標|衡量指標|行動方案)/gi;
const ENGLISH_COUNT =
  /(\d{1,4})\s+(strategic themes?|themes?|strategic objectives?|objectives?|key success factors?|KSFs?|key performance indicators?|KPIs?|performance indicators?|action plans?|initiatives?)\b/gi;
const THIS_PERSPECTIVE = /[本該此]構面|[本該此]面向|this perspective/i;
const THIS_THEME = /[本該此](?:策略)?主題|this (?:strategic )?theme/i;

function thing(word: string): CountedThing {
  if (/主題|theme/i.test(word)) return 'themes';
  if (/目標|objective/i.test(word)) return 'objectives';
  if (/成功因素|KSF|success factor/i.test(word)) return 'ksfs';
  if (/方案|action|initiative/i.test(word)) return 'actions';
  return 'kpis';
}

function perspectiveBefore(text: string): Perspective | undefined {
  const m = /(顧客|內部流程|學習成長|財務)(?:構面|面向|層面)?/.exec(text);
  if (m?.[1]) return perspectiveLabel(m[1]) ?? undefined;
  return perspectiveNamed(text) ?? undefined;
}

/** The perspective or theme the headings above a sentence are about, as the document goes. */
interface Scope {
  perspective: Perspective | null;
  theme: string | null;
}

function scan(text: string, lines: { n: number; text: string }[], scope: Scope, out: StatedCount[]) {
  const matches = [...text.matchAll(COUNT), ...text.matchAll(ENGLISH_COUNT)].sort(
    (a, b) => (a.index ?? 0) - (b.index ?? 0),
  );
  if (matches.length === 0) return;
  const before = text.slice(0, matches[0]?.index ?? 0);
  const named = perspectiveBefore(before);
  const perspective = named ?? (THIS_PERSPECTIVE.test(text) ? scope.perspective : null);
  const theme = THIS_THEME.test(text) ? scope.theme : null;
  // 「本構面共計…」 under no perspective heading cannot be checked against anything.
  if ((THIS_PERSPECTIVE.test(text) && !perspective) || (THIS_THEME.test(text) && !theme)) return;
  for (const m of matches) {
    const count = Number(m[1]);
    const at = lines.find((l) => l.text.includes(`${m[1]}`)) ?? lines[0];
    const s: StatedCount = { what: thing(m[2] ?? ''), count, text: text.trim() };
    if (perspective) s.perspective = perspective;
    if (theme) s.theme = theme;
    if (at) s.line = at.n;
    out.push(s);
  }
}

/** A heading line (no code) that names one perspective or one theme moves the scope there. */
function follow(text: string, scope: Scope) {
  if (text.length > 40 || hasCode(text) || /\d\s*(?:項|個|條)/.test(text)) return;
  const p = perspectiveNamed(text);
  if (p) {
    scope.perspective = p;
    return;
  }
  const theme = parseThemeItem(text);
  if (theme?.letter && theme.name !== '') {
    scope.theme = theme.letter;
    scope.perspective = null;
  }
}

export function readStatedCounts(blocks: Block[]): StatedCount[] {
  const out: StatedCount[] = [];
  const scope: Scope = { perspective: null, theme: null };
  for (const block of blocks) {
    if (block.kind === 'text') {
      const lines = block.lines.map((l) => ({ n: l.n, text: l.text }));
      if (lines.length > 12) {
        for (const l of lines) {
          follow(l.text, scope);
          scan(l.text, [l], scope, out);
        }
      } else {
        if (lines.length === 1 && lines[0]) follow(lines[0].text, scope);
        scan(joinWrapped(lines.map((l) => l.text)), lines, scope, out);
      }
    } else {
      for (const row of block.rows) {
        for (const cell of row.cells) scan(cell.text, [{ n: row.line, text: cell.text }], scope, out);
      }
    }
  }
  return out;
}
