import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { ImportError } from '../errors';
import type { TableFrame } from '../pages';

/**
 * Small Office files for the readers' tests: decks written by pptxgenjs (a real writer) and
 * edited part by part where pptxgenjs cannot draw something (groups, glued connectors,
 * placeholders without positions), and Word documents assembled from their XML parts.
 */

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts))
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

/** Rewrites some parts of a package; an edit returning undefined removes the part. */
export function editParts(
  bytes: Uint8Array,
  edits: Record<string, (xml: string) => string | undefined>,
): Uint8Array {
  const parts: Record<string, string | Uint8Array> = { ...unzipSync(bytes) };
  for (const [name, edit] of Object.entries(edits)) {
    const current = parts[name];
    const next = edit(
      current === undefined ? '' : typeof current === 'string' ? current : strFromU8(current),
    );
    if (next === undefined) delete parts[name];
    else parts[name] = next;
  }
  return zipParts(parts);
}

/** A 16:9 deck (960 × 540 pt) of the slides `build` adds. */
export async function deck(build: (pptx: PptxGenJS) => void): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  build(pptx);
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}

/** Shapes added at the top of a slide's shape tree (drawn last, on top). */
export function withShapes(bytes: Uint8Array, slide: number, xml: string): Uint8Array {
  return editParts(bytes, {
    [`ppt/slides/slide${slide}.xml`]: (s) => s.replace('</p:spTree>', `${xml}</p:spTree>`),
  });
}

const EMU = 12700;
const emu = (pt: number) => Math.round(pt * EMU);

export function xfrm(x: number, y: number, w: number, h: number, extra = ''): string {
  return `<a:xfrm${extra}><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm>`;
}

/** A rectangle with text (points), outlined by a solid line. */
export function textShape(
  id: number,
  box: [number, number, number, number],
  lines: string[],
  extra = '',
): string {
  const paragraphs = lines
    .map((l) => `<a:p><a:r><a:rPr lang="zh-TW" sz="1200"/><a:t>${l}</a:t></a:r></a:p>`)
    .join('');
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="s${id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>${xfrm(...box, extra)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}</p:txBody></p:sp>`;
}

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WordParts {
  body: string;
  styles?: string;
  numbering?: string;
  header?: string;
  footer?: string;
}

/** A .docx from the body's XML (paragraphs and tables) and optional styles, numbering, header, footer. */
export function wordDocument(parts: WordParts): Uint8Array {
  const rels: string[] = [];
  const files: Record<string, string> = {};
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const add = (
    id: string,
    type: string,
    part: string,
    root: string,
    content: string,
    contentType: string,
  ) => {
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${part}"/>`);
    files[`word/${part}`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${W_NS}>${content}</w:${root}>`;
    overrides.push(`<Override PartName="/word/${part}" ContentType="${contentType}"/>`);
  };
  const wml = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  if (parts.styles) add('rIdS', 'styles', 'styles.xml', 'styles', parts.styles, `${wml}.styles+xml`);
  if (parts.numbering)
    add('rIdN', 'numbering', 'numbering.xml', 'numbering', parts.numbering, `${wml}.numbering+xml`);
  if (parts.header) add('rIdH', 'header', 'header1.xml', 'hdr', parts.header, `${wml}.header+xml`);
  if (parts.footer) add('rIdF', 'footer', 'footer1.xml', 'ftr', parts.footer, `${wml}.footer+xml`);
  return zipParts({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${parts.body}</w:body></w:document>`,
    ...files,
  });
}

/** `<w:p>` with the given runs' text; `pPr` inside the paragraph properties. */
export function para(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : ''}</w:p>`;
}

/** The ImportError a read refuses with; any other outcome fails the test. */
export async function refusalOf(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('the file was not refused');
}

/** A table as `text/rows x cols` per cell and `·` for covered cells, to compare at a glance. */
export function gridOf(table: TableFrame | undefined): string[][] | undefined {
  return table?.rows.map((r) => r.map((c) => (c.covered ? '·' : `${c.text}/${c.rowSpan}x${c.colSpan}`)));
}
