import type { Perspective } from '../../domain/codes';
import type { CountedThing, StatedCount } from '../../domain/lint/context';
import type { Block } from '../source';
import { perspectiveLabel } from './labels';
import { joinWrapped } from './tokens';

/**
 * Counts a document states about itself: 訂定23項策略目標及24項KPI指標, 共計35項策略目標, or per
 * perspective 顧客構面：9項策略目標，10項關鍵績效指標. Sentences may wrap over lines.
 */

const COUNT =
  /(\d{1,4})\s*(?:項|個|條)\s*(?:的)?\s*(策略主題|策略目標|關鍵成功因素|KSF|關鍵績效指標|KPI|績效指標|衡量指標|行動方案)/gi;

function thing(word: string): CountedThing {
  if (/主題/.test(word)) return 'themes';
  if (/目標/.test(word)) return 'objectives';
  if (/成功因素|KSF/i.test(word)) return 'ksfs';
  if (/方案/.test(word)) return 'actions';
  return 'kpis';
}

function perspectiveBefore(text: string): Perspective | undefined {
  const m = /(顧客|內部流程|學習成長|財務)(?:構面|面向|層面)?/.exec(text);
  return m?.[1] ? (perspectiveLabel(m[1]) ?? undefined) : undefined;
}

function scan(text: string, lines: { n: number; text: string }[], out: StatedCount[]) {
  const matches = [...text.matchAll(COUNT)];
  if (matches.length === 0) return;
  const perspective = perspectiveBefore(text.slice(0, matches[0]?.index ?? 0));
  for (const m of matches) {
    const count = Number(m[1]);
    const at = lines.find((l) => l.text.includes(`${m[1]}`)) ?? lines[0];
    const s: StatedCount = { what: thing(m[2] ?? ''), count, text: text.trim() };
    if (perspective) s.perspective = perspective;
    if (at) s.line = at.n;
    out.push(s);
  }
}

export function readStatedCounts(blocks: Block[]): StatedCount[] {
  const out: StatedCount[] = [];
  for (const block of blocks) {
    if (block.kind === 'text') {
      const lines = block.lines.map((l) => ({ n: l.n, text: l.text }));
      if (lines.length > 12) for (const l of lines) scan(l.text, [l], out);
      else scan(joinWrapped(lines.map((l) => l.text)), lines, out);
    } else {
      for (const row of block.rows) {
        for (const cell of row.cells) scan(cell.text, [{ n: row.line, text: cell.text }], out);
      }
    }
  }
  return out;
}
