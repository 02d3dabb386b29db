import type { OfficePackage } from '../ooxml/package';
import { placeholderType } from '../ooxml/shapes';
import { attr, path, resolveAlternates, type XmlElement } from '../ooxml/xml';

/**
 * What a slide takes from its layout and master: the position of a placeholder that does not
 * state its own (PowerPoint writes none for an untouched title), and the shapes the layout and
 * master draw on every slide (banners, logos, an organisation's name), unless the slide or
 * layout hides them (`showMasterSp="0"`).
 */

export interface SlideBase {
  layout?: { part: string; tree: XmlElement[] };
  master?: { part: string; tree: XmlElement[] };
  /** The layout's and master's own shapes are drawn on the slide. */
  showLayoutShapes: boolean;
  showMasterShapes: boolean;
}

function spTree(doc: XmlElement | undefined): XmlElement[] {
  return resolveAlternates(path(doc, 'cSld', 'spTree')?.children ?? []);
}

function shows(doc: XmlElement | undefined): boolean {
  return attr(doc, 'showMasterSp') !== '0' && attr(doc, 'showMasterSp') !== 'false';
}

export function slideBase(pkg: OfficePackage, slidePart: string, slide: XmlElement): SlideBase {
  const layoutPart = pkg.relsOfType(slidePart, 'slideLayout')[0]?.target;
  const layoutDoc = layoutPart ? pkg.xml(layoutPart) : undefined;
  const masterPart = layoutPart ? pkg.relsOfType(layoutPart, 'slideMaster')[0]?.target : undefined;
  const masterDoc = masterPart ? pkg.xml(masterPart) : undefined;
  const base: SlideBase = {
    showLayoutShapes: shows(slide),
    showMasterShapes: shows(slide) && shows(layoutDoc),
  };
  if (layoutPart && layoutDoc) base.layout = { part: layoutPart, tree: spTree(layoutDoc) };
  if (masterPart && masterDoc) base.master = { part: masterPart, tree: spTree(masterDoc) };
  return base;
}

export function placeholderOf(shape: XmlElement): XmlElement | undefined {
  const nv = shape.children.find((c) => c.name.startsWith('nv'));
  return path(nv, 'nvPr', 'ph');
}

/** Title placeholders match each other; content placeholders fall back to the master's body. */
function masterType(type: string): string {
  if (type === 'ctrTitle') return 'title';
  if (type === 'subTitle' || type === 'obj') return 'body';
  return type;
}

function xfrmOf(shape: XmlElement | undefined): XmlElement | undefined {
  return path(shape, 'spPr', 'xfrm');
}

function findPlaceholder(tree: XmlElement[], match: (ph: XmlElement) => boolean): XmlElement | undefined {
  return tree.find((s) => {
    const ph = placeholderOf(s);
    return ph !== undefined && match(ph);
  });
}

/** The inherited position of a slide's placeholder: the layout's by index or type, else the master's by type. */
export function inheritedXfrm(base: SlideBase, ph: XmlElement): XmlElement | undefined {
  const type = placeholderType(ph);
  const idx = attr(ph, 'idx');
  const layoutTree = base.layout?.tree ?? [];
  const inLayout =
    (idx !== undefined ? findPlaceholder(layoutTree, (p) => attr(p, 'idx') === idx) : undefined) ??
    findPlaceholder(
      layoutTree,
      (p) => masterType(placeholderType(p)) === masterType(type) && attr(ph, 'type') !== undefined,
    );
  const layoutXfrm = xfrmOf(inLayout);
  if (layoutXfrm) return layoutXfrm;
  const wanted = masterType(inLayout ? placeholderType(placeholderOf(inLayout) as XmlElement) : type);
  const inMaster = findPlaceholder(base.master?.tree ?? [], (p) => masterType(placeholderType(p)) === wanted);
  return xfrmOf(inMaster);
}

/** The layout's or master's shapes that are drawn on slides: everything but placeholders. */
export function drawnShapes(tree: XmlElement[]): XmlElement[] {
  return tree.filter((s) => s.name !== 'nvGrpSpPr' && s.name !== 'grpSpPr' && placeholderOf(s) === undefined);
}
