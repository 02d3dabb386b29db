import type { Block } from '../source';
import { splitCodes } from './tokens';

/** Cause-effect links written as arrows between objective codes: AL1 → AP1 → AC1. */

const ARROW = /\s*(?:→|->|⟶|➔|➜|⇒|=>|⭢|－>|—>)\s*/;

export interface FoundLink {
  from: string;
  to: string;
  line: number;
}

/** A line that draws arrows between codes; its codes are links, not objectives with names. */
export function isLinkText(text: string): boolean {
  return ARROW.test(text) && splitCodes(text).items.length >= 2;
}

function fromText(text: string, line: number, out: FoundLink[]) {
  if (!isLinkText(text)) return;
  // 「AP1 → AC1；L1 → AP1」 holds two chains; arrows only join codes within one chain.
  for (const chain of text.split(/[；;，,。]/)) {
    const parts = chain
      .split(ARROW)
      .map((p) => splitCodes(p).items.filter((i) => i.parsed.kind === 'objective'));
    for (let i = 0; i + 1 < parts.length; i++) {
      for (const a of parts[i] ?? [])
        for (const b of parts[i + 1] ?? []) out.push({ from: a.code, to: b.code, line });
    }
  }
}

export function readLinks(blocks: Block[]): FoundLink[] {
  const out: FoundLink[] = [];
  for (const block of blocks) {
    if (block.kind === 'text') for (const l of block.lines) fromText(l.text, l.n, out);
    else for (const row of block.rows) for (const c of row.cells) fromText(c.text, row.line, out);
  }
  return out;
}
