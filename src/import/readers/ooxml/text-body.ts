import { attr, child, childrenNamed, numberAttr, resolveAlternates, type XmlElement } from './xml';

/**
 * The text of a DrawingML text body (a shape's or a table cell's `txBody`): each paragraph a
 * line, split again at explicit line breaks (`a:br`); fields (`a:fld`: slide numbers, dates)
 * keep the text they show. Font sizes are in hundredths of a point on the runs.
 */

export interface BodyText {
  lines: string[];
  /** The largest run font size in points, when a run states one. */
  fontSize?: number;
  /** The body sets its text vertical (`vert`, `eaVert` …). */
  vertical: boolean;
}

const VERTICAL = new Set(['vert', 'vert270', 'eaVert', 'mongolianVert', 'wordArtVert', 'wordArtVertRtl']);

export function readBodyText(body: XmlElement | undefined): BodyText {
  const lines: string[] = [];
  let fontSize: number | undefined;
  const noteSize = (run: XmlElement) => {
    const sz = numberAttr(child(run, 'rPr'), 'sz');
    if (sz !== undefined && sz > 0) fontSize = Math.max(fontSize ?? 0, sz / 100);
  };
  for (const p of childrenNamed(body, 'p')) {
    let current = '';
    for (const part of resolveAlternates(p.children)) {
      if (part.name === 'r' || part.name === 'fld') {
        const t = child(part, 't')?.text ?? '';
        if (t !== '') noteSize(part);
        current += t;
      } else if (part.name === 'br') {
        lines.push(current);
        current = '';
      }
    }
    lines.push(current);
  }
  const vert = attr(child(body, 'bodyPr'), 'vert');
  const result: BodyText = {
    lines: lines.map((l) => l.trim()).filter((l) => l !== ''),
    vertical: vert !== undefined && VERTICAL.has(vert),
  };
  if (fontSize !== undefined) result.fontSize = fontSize;
  return result;
}

const FILLS = new Set(['solidFill', 'gradFill', 'pattFill', 'blipFill']);

/** Whether a shape is drawn with a visible fill or outline, explicitly or by its theme style. */
export function isOutlined(spPr: XmlElement | undefined, style: XmlElement | undefined): boolean {
  const styleIdx = (name: string) => numberAttr(child(style, name), 'idx') ?? 0;
  const fill = spPr?.children.find((c) => FILLS.has(c.name) || c.name === 'noFill' || c.name === 'grpFill');
  const filled = fill ? FILLS.has(fill.name) : styleIdx('fillRef') > 0;
  if (filled) return true;
  const ln = child(spPr, 'ln');
  const lnFill = ln?.children.find((c) => FILLS.has(c.name) || c.name === 'noFill');
  if (lnFill) return lnFill.name !== 'noFill';
  return styleIdx('lnRef') > 0;
}

/** Arrow heads of a line: `headEnd` is at the start, `tailEnd` at the end. */
export function arrowsOf(spPr: XmlElement | undefined): { start: boolean; end: boolean } {
  const ln = child(spPr, 'ln');
  const has = (name: string) => {
    const type = attr(child(ln, name), 'type');
    return type !== undefined && type !== 'none';
  };
  return { start: has('headEnd'), end: has('tailEnd') };
}
