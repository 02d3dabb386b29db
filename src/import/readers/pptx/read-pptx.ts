import type { Page, PagedDocument, PageItem } from '../../pages';
import type { ReadBudget } from '../budget';
import { EMU_PER_POINT, PAGE_TRANSFORM } from '../ooxml/geometry';
import type { OfficePackage } from '../ooxml/package';
import { readShapeTree, type ShapeContext } from '../ooxml/shapes';
import { child, childrenNamed, numberAttr, path, prefixedAttr, type XmlElement } from '../ooxml/xml';
import { corruptFile } from '../refusals';
import { drawnShapes, inheritedXfrm, slideBase } from './layouts';

/**
 * A PowerPoint deck as pages: its slides in presentation order (`sldIdLst`), each with the
 * shapes its layout and master draw, then its own, in the order they are stacked. Positions are
 * points from the slide's top-left corner; the slide size comes from `sldSz`.
 */

/** PowerPoint's default 4:3 slide, when a deck does not state its size. */
const DEFAULT_SIZE = { cx: 9144000, cy: 6858000 };

function slideParts(pkg: OfficePackage, presentationPart: string, presentation: XmlElement): string[] {
  return childrenNamed(child(presentation, 'sldIdLst'), 'sldId').map((s, i) => {
    const target = pkg.relById(presentationPart, prefixedAttr(s, 'id'))?.target;
    if (!target || !pkg.has(target)) {
      throw corruptFile(pkg.fileName, {
        en: `slide ${i + 1} is listed in the presentation but its part is missing`,
        zh: `簡報列出投影片 ${i + 1}，但找不到其內容`,
      });
    }
    return target;
  });
}

function titleOf(items: PageItem[]): string | undefined {
  const title = items.find((i) => i.kind === 'text' && i.role === 'title' && !i.inherited);
  return title?.kind === 'text' && title.lines.length > 0 ? title.lines.join(' ') : undefined;
}

function readSlide(
  pkg: OfficePackage,
  part: string,
  number: number,
  size: { w: number; h: number },
  budget: ReadBudget,
): Page {
  const slide = pkg.requiredXml(part, { en: `slide ${number}`, zh: `投影片 ${number}` });
  const tree = path(slide, 'cSld', 'spTree');
  const items: PageItem[] = [];
  const emit = budget.collector(items, 'slide', number);
  const base = slideBase(pkg, part, slide);
  const context = (idPrefix: string, inherited: boolean): ShapeContext => ({
    transform: PAGE_TRANSFORM,
    idPrefix,
    inherited,
    placeholderXfrm: (ph) => inheritedXfrm(base, ph),
    emit,
  });
  if (base.master && base.showMasterShapes)
    readShapeTree(drawnShapes(base.master.tree), context('master:', true));
  if (base.layout && base.showLayoutShapes)
    readShapeTree(drawnShapes(base.layout.tree), context('layout:', true));
  readShapeTree(tree?.children ?? [], context('', false));
  const page: Page = { number, kind: 'slide', width: size.w, height: size.h, items };
  const name = titleOf(items);
  if (name) page.name = name;
  return page;
}

export function readPptx(pkg: OfficePackage, budget: ReadBudget): PagedDocument {
  const main = pkg.relsOfType('', 'officeDocument')[0]?.target ?? 'ppt/presentation.xml';
  const presentation = pkg.requiredXml(main, { en: 'the presentation part', zh: '簡報主體' });
  const sz = child(presentation, 'sldSz');
  const size = {
    w: (numberAttr(sz, 'cx') ?? DEFAULT_SIZE.cx) / EMU_PER_POINT,
    h: (numberAttr(sz, 'cy') ?? DEFAULT_SIZE.cy) / EMU_PER_POINT,
  };
  const parts = slideParts(pkg, main, presentation);
  budget.checkPageCount('slide', parts.length);
  const pages = parts.map((part, i) => readSlide(pkg, part, i + 1, size, budget));
  return { fileName: pkg.fileName, format: 'pptx', pages };
}
