/**
 * Markup that text extractions of slides leave behind (HTML paragraphs, markdown emphasis and
 * headings, bullet marks) is noise for recovery; the raw line is kept for messages.
 */

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function stripMarkup(s: string): string {
  return s
    .replace(/<\/?[a-zA-Z][^<>]{0,200}>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\*\*|__/g, '')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .trim();
}

export interface CleanLine {
  text: string;
  heading: number;
  bullet: boolean;
}

const BULLET = /^(?:[●•◆◇■□▪▫・◎○➢➤▶►✓✔]\s*|[-*+]\s+)/;

export function cleanLine(raw: string): CleanLine {
  let text = stripMarkup(raw);
  let heading = 0;
  const h = /^(#{1,6})\s+/.exec(text);
  if (h?.[1]) {
    heading = h[1].length;
    text = text.slice(h[0].length);
  }
  let bullet = false;
  const b = BULLET.exec(text);
  if (b) {
    bullet = true;
    text = text.slice(b[0].length);
  }
  return { text: text.trim(), heading, bullet };
}

/** A cell of a table row: markup gone, bullet marks gone, still one string. */
export function cleanCell(raw: string): string {
  return cleanLine(raw).text;
}
