import type { FrameRole, Page, PagedDocument, PageItem, TextFrame } from '../../pages';
import type { ReadBudget } from '../budget';
import type { OfficePackage } from '../ooxml/package';
import { child, resolveAlternates, type XmlElement } from '../ooxml/xml';
import { corruptFile } from '../refusals';
import { Numbering } from './numbering';
import { readParagraph, readWordTable, type WordContext } from './paragraphs';
import { Styles } from './styles';

/**
 * A Word document as pages without positions: the body in order, split where the document
 * itself breaks the page (page breaks, page-break-before, sections starting on a new page).
 * Consecutive paragraphs form one text frame, as lines between blank lines do in text; an empty
 * paragraph, a heading or a table ends it. Headers open the first page and footers close the
 * last, once each.
 */

class PageBuilder {
  readonly pages: Page[] = [];
  private items: PageItem[] = [];
  private emit: (item: PageItem) => void;
  private frame: TextFrame | null = null;

  constructor(private readonly budget: ReadBudget) {
    this.emit = budget.collector(this.items, 'page', 1);
  }

  endFrame(): void {
    this.frame = null;
  }

  addLines(lines: string[], heading: number | undefined): void {
    if (lines.length === 0) {
      this.endFrame();
      return;
    }
    if (heading !== undefined) {
      this.endFrame();
      this.emit({ kind: 'text', lines, heading });
      return;
    }
    if (this.frame) {
      this.frame.lines.push(...lines);
      this.budget.addText(lines.reduce((n, l) => n + l.length, 0));
    } else {
      this.frame = { kind: 'text', lines: [...lines] };
      this.emit(this.frame);
    }
  }

  add(item: PageItem): void {
    this.endFrame();
    this.emit(item);
  }

  newPage(): void {
    this.endFrame();
    if (this.items.length === 0) return;
    this.pages.push({ number: this.pages.length + 1, kind: 'page', items: this.items });
    this.budget.checkPageCount('page', this.pages.length + 1);
    this.items = [];
    this.emit = this.budget.collector(this.items, 'page', this.pages.length + 1);
  }

  finish(): Page[] {
    this.newPage();
    return this.pages;
  }
}

/** Body-level content, through content controls and custom XML wrappers. */
function blockElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of resolveAlternates(el.children)) {
    if (c.name === 'p' || c.name === 'tbl') out.push(c);
    else if (c.name === 'sdt') out.push(...blockElements(child(c, 'sdtContent') ?? c));
    else if (c.name === 'customXml') out.push(...blockElements(c));
  }
  return out;
}

function readBlocks(elements: XmlElement[], ctx: WordContext, pages: PageBuilder): void {
  for (const el of elements) {
    if (el.name === 'tbl') {
      const { rows, columns } = readWordTable(el, ctx);
      if (rows.length > 0) pages.add({ kind: 'table', rows, columns });
      continue;
    }
    const para = readParagraph(el, ctx);
    if (para.pageBreakBefore) pages.newPage();
    para.segments.forEach((lines, i) => {
      if (i > 0) pages.newPage();
      pages.addLines(lines, para.heading);
    });
    for (const box of para.boxes)
      pages.add({ kind: 'text', lines: box.lines, ...(box.outlined ? { outlined: true } : {}) });
    if (para.sectionBreakAfter) pages.newPage();
  }
}

/** Header or footer parts as frames, each text once (a document often repeats one per section). */
function marginFrames(
  pkg: OfficePackage,
  main: string,
  type: 'header' | 'footer',
  ctx: WordContext,
): TextFrame[] {
  const seen = new Set<string>();
  const frames: TextFrame[] = [];
  const role: FrameRole = type;
  for (const rel of pkg.relsOfType(main, type)) {
    const root = rel.target ? pkg.xml(rel.target) : undefined;
    if (!root) continue;
    const lines = blockElements(root).flatMap((el) =>
      el.name === 'p'
        ? readParagraph(el, ctx).segments.flat()
        : readWordTable(el, ctx).rows.map((r) =>
            r
              .map((c) => c.text)
              .filter(Boolean)
              .join(' '),
          ),
    );
    const key = lines.join('\n');
    if (lines.length === 0 || seen.has(key)) continue;
    seen.add(key);
    frames.push({ kind: 'text', lines, role });
  }
  return frames;
}

export function readDocx(pkg: OfficePackage, budget: ReadBudget): PagedDocument {
  const main = pkg.relsOfType('', 'officeDocument')[0]?.target ?? 'word/document.xml';
  const document = pkg.requiredXml(main, { en: 'the document body', zh: '文件本文' });
  const body = child(document, 'body');
  if (!body) throw corruptFile(pkg.fileName, { en: `"${main}" has no body`, zh: `「${main}」沒有本文` });
  const ctx: WordContext = { styles: Styles.of(pkg, main), numbering: Numbering.of(pkg, main) };
  const builder = new PageBuilder(budget);
  readBlocks(blockElements(body), ctx, builder);
  const pages = builder.finish();
  if (pages.length === 0) pages.push({ number: 1, kind: 'page', items: [] });
  const first = pages[0] as Page;
  const last = pages[pages.length - 1] as Page;
  first.items.unshift(...marginFrames(pkg, main, 'header', ctx));
  last.items.push(...marginFrames(pkg, main, 'footer', ctx));
  return { fileName: pkg.fileName, format: 'docx', pages };
}
