import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/**
 * Reads what a PowerPoint file places on its slides, straight from the XML: every shape's
 * frame (`a:off`/`a:ext` in EMU), its name and its text. Tests use it to prove nothing runs
 * off a slide; it knows nothing of how the deck was made.
 */

export const EMU_PER_INCH = 914400;

export interface PlacedShape {
  slide: number;
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  xml: string;
}

export interface DeckContents {
  width: number;
  height: number;
  slides: PlacedShape[][];
}

function attr(xml: string, tag: string, name: string): number | null {
  const m = new RegExp(`<${tag}\\b[^>]*\\b${name}="(-?\\d+)"`).exec(xml);
  return m ? Number(m[1]) : null;
}

const xmlText = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function readDeck(bytes: Uint8Array): DeckContents {
  const files = unzipSync(bytes);
  const presentation = strFromU8(files['ppt/presentation.xml'] ?? new Uint8Array());
  const width = attr(presentation, 'p:sldSz', 'cx') ?? 0;
  const height = attr(presentation, 'p:sldSz', 'cy') ?? 0;
  const names = Object.keys(files)
    .map((f) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]));
  const slides = names.map((m, i) => {
    const xml = strFromU8(files[m[0]] as Uint8Array);
    const shapes: PlacedShape[] = [];
    for (const s of xml.matchAll(/<p:(sp|graphicFrame|cxnSp)>[\s\S]*?<\/p:\1>/g)) {
      const body = s[0];
      const name = /<p:cNvPr\b[^>]*\bname="([^"]*)"/.exec(body)?.[1] ?? '';
      const text = [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => xmlText(t[1] ?? '')).join('\n');
      shapes.push({
        slide: i + 1,
        name: xmlText(name),
        x: attr(body, 'a:off', 'x') ?? 0,
        y: attr(body, 'a:off', 'y') ?? 0,
        w: attr(body, 'a:ext', 'cx') ?? 0,
        h: attr(body, 'a:ext', 'cy') ?? 0,
        text,
        xml: body,
      });
    }
    return shapes;
  });
  return { width, height, slides };
}

export interface MalformedPart {
  part: string;
  error: string;
}

/**
 * Every XML part of an Office file (or of an Office file inside a zip, as in the city pack)
 * that a conforming XML parser refuses: PowerPoint and Excel refuse, or "repair", such files.
 */
export function malformedParts(bytes: Uint8Array, prefix = ''): MalformedPart[] {
  const out: MalformedPart[] = [];
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    const part = `${prefix}${name}`;
    if (/\.(pptx|xlsx|docx)$/.test(name)) out.push(...malformedParts(content, `${part}/`));
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const error = xmlError(strFromU8(content));
    if (error) out.push({ part, error });
  }
  return out;
}

/** Why a text is not well-formed XML 1.0 (namespaces included), or null when it is. */
export function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}
