import { SaxesParser } from 'saxes';

/**
 * An Office XML part as a small element tree. Element names are kept without their namespace
 * prefix (`p:sp`, `xdr:sp` and `wps:sp` are all `sp`): the prefixes are conventions, not fixed,
 * and the same DrawingML shapes appear under each. Attribute names keep theirs (`r:id` differs
 * from `id`). saxes is strict, so a damaged part fails here rather than reading as half a slide.
 */

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), as written. */
  text: string;
}

export class XmlError extends Error {
  override readonly name = 'XmlError';
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

export function parseXml(xml: string, partName: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('doctype', () => {
    // Office parts never declare a DTD; one here could only be an attempt at entity expansion.
    throw new XmlError(`${partName} declares a DTD`);
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: localName(tag.name),
      attrs: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top && top !== root) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack[stack.length - 1];
    if (top && top !== root) top.text += text;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof XmlError) throw error;
    throw new XmlError(`${partName} is not well-formed XML (${(error as Error).message})`);
  }
  const documentElement = root.children[0];
  if (!documentElement) throw new XmlError(`${partName} has no root element`);
  return documentElement;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** The element at the end of a path of child names, e.g. `path(sp, 'spPr', 'xfrm')`. */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = el;
  for (const n of names) at = child(at, n);
  return at;
}

/** Every descendant of that name, in document order, not looking inside a match. */
export function descendants(el: XmlElement | undefined, name: string, out: XmlElement[] = []): XmlElement[] {
  if (!el) return out;
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/** An attribute by its local name, whatever its prefix (`w:val` and `val` alike). */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const direct = el.attrs[name];
  if (direct !== undefined) return direct;
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === name) return v;
  return undefined;
}

/**
 * A namespaced attribute such as the relationship id `r:id` or `r:embed`, told apart from an
 * unprefixed one of the same local name (`<p:sldId id="256" r:id="rId2"/>`).
 */
export function prefixedAttr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  for (const [k, v] of Object.entries(el.attrs)) if (k.includes(':') && localName(k) === name) return v;
  return undefined;
}

export function numberAttr(el: XmlElement | undefined, name: string): number | undefined {
  const v = attr(el, name);
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** OOXML booleans: `1`, `true`, `on` (and a bare element such as `<w:b/>` where absent means off). */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/**
 * Markup Compatibility: `mc:AlternateContent` offers a newer form (`Choice`) and an older one
 * (`Fallback`) of the same content. Only one may be read, or text would come twice; the choice
 * is the real shape, the fallback often only a picture of it.
 */
export function resolveAlternates(elements: XmlElement[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const e of elements) {
    if (e.name !== 'AlternateContent') {
      out.push(e);
      continue;
    }
    const branch = child(e, 'Choice') ?? child(e, 'Fallback');
    if (branch) out.push(...resolveAlternates(branch.children));
  }
  return out;
}
