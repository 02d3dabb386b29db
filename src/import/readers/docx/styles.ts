import type { OfficePackage } from '../ooxml/package';
import { attr, child, childrenNamed, numberAttr, path, type XmlElement } from '../ooxml/xml';

/**
 * Which paragraphs are headings, and of what level: an outline level on the paragraph or its
 * style (followed through `basedOn`), or a built-in heading style by name — Word stores
 * `heading 1` whatever the interface language shows (標題 1), and `Title` for the title.
 */

interface Style {
  name: string;
  basedOn?: string;
  outline?: number;
  numPr?: XmlElement;
}

export class Styles {
  private readonly byId = new Map<string, Style>();

  constructor(doc: XmlElement | undefined) {
    for (const s of childrenNamed(doc, 'style')) {
      if (attr(s, 'type') !== 'paragraph') continue;
      const style: Style = { name: (attr(child(s, 'name'), 'val') ?? '').toLowerCase() };
      const basedOn = attr(child(s, 'basedOn'), 'val');
      if (basedOn) style.basedOn = basedOn;
      const outline = numberAttr(path(s, 'pPr', 'outlineLvl'), 'val');
      if (outline !== undefined) style.outline = outline;
      const numPr = path(s, 'pPr', 'numPr');
      if (numPr) style.numPr = numPr;
      this.byId.set(attr(s, 'styleId') ?? '', style);
    }
  }

  static of(pkg: OfficePackage, documentPart: string): Styles {
    const part = pkg.relsOfType(documentPart, 'styles')[0]?.target;
    return new Styles(part ? pkg.xml(part) : undefined);
  }

  private chain(styleId: string | undefined): Style[] {
    const out: Style[] = [];
    let id = styleId;
    // Ten steps is deeper than any real style sheet; a loop in basedOn stops there.
    for (let i = 0; id !== undefined && i < 10; i++) {
      const s = this.byId.get(id);
      if (!s) break;
      out.push(s);
      id = s.basedOn;
    }
    return out;
  }

  /** 1 for a top heading or the title, 2 for a sub-heading …; undefined for body text. */
  headingLevel(pPr: XmlElement | undefined): number | undefined {
    const own = numberAttr(child(pPr, 'outlineLvl'), 'val');
    if (own !== undefined) return own < 9 ? own + 1 : undefined;
    for (const s of this.chain(attr(child(pPr, 'pStyle'), 'val'))) {
      if (s.outline !== undefined) return s.outline < 9 ? s.outline + 1 : undefined;
      const named = /^heading\s*(\d)$/.exec(s.name);
      if (named?.[1]) return Number(named[1]);
      if (s.name === 'title') return 1;
    }
    return undefined;
  }

  /** The list numbering a paragraph takes from its style, when it has none of its own. */
  numbering(pPr: XmlElement | undefined): XmlElement | undefined {
    const own = child(pPr, 'numPr');
    if (own) return own;
    return this.chain(attr(child(pPr, 'pStyle'), 'val')).find((s) => s.numPr)?.numPr;
  }
}
