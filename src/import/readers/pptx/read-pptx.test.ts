import { describe, expect, it } from 'vitest';
import type { ImportError } from '../../errors';
import type { LineShape, Page, PageItem, TableFrame, TextFrame } from '../../pages';
import { READER_LIMITS, type ReaderLimits } from '../limits';
import { deck, editParts, gridOf, textShape, withShapes, xfrm } from '../test-office';
import { readPptxPages } from '.';

const texts = (page: Page | undefined): TextFrame[] =>
  (page?.items ?? []).filter((i): i is TextFrame => i.kind === 'text');
const lines = (page: Page | undefined): LineShape[] =>
  (page?.items ?? []).filter((i): i is LineShape => i.kind === 'line');
const frameWith = (page: Page | undefined, text: string): TextFrame => {
  const f = texts(page).find((t) => t.lines.includes(text));
  if (!f) throw new Error(`no frame with "${text}" in ${JSON.stringify(texts(page).map((t) => t.lines))}`);
  return f;
};

describe('the PowerPoint reader', () => {
  it('reads text boxes with their boxes in points, lines, line breaks and font sizes', async () => {
    const bytes = await deck((p) => {
      const s = p.addSlide();
      s.addText(
        [
          { text: 'AC1', options: { fontSize: 16, breakLine: true } },
          { text: '減輕家長育兒經濟負擔', options: { fontSize: 12 } },
        ],
        { x: 1, y: 2, w: 3, h: 1 },
      );
      s.addText('AC1.1 接受公共化教保服務人數比率', {
        x: 5,
        y: 2,
        w: 4,
        h: 0.5,
        fontSize: 10,
        line: { color: '333333', width: 1 },
      });
    });
    const doc = readPptxPages(bytes, 'a.pptx');
    const page = doc.pages[0];
    expect(page).toMatchObject({ number: 1, kind: 'slide', width: 960, height: 540 });
    expect(frameWith(page, 'AC1')).toMatchObject({
      lines: ['AC1', '減輕家長育兒經濟負擔'],
      box: { x: 72, y: 144, w: 216, h: 72 },
      fontSize: 16,
    });
    expect(frameWith(page, 'AC1').outlined).toBeUndefined();
    expect(frameWith(page, 'AC1.1 接受公共化教保服務人數比率')).toMatchObject({
      fontSize: 10,
      outlined: true,
    });
  });

  it('reads a table on its grid with column widths, row spans, column spans and covered cells', async () => {
    const bytes = await deck((p) => {
      p.addSlide().addTable(
        [
          [{ text: '構面' }, { text: '策略目標' }, { text: 'KPI' }],
          [
            { text: '顧客', options: { rowspan: 2 } },
            { text: 'AC1 甲', options: { rowspan: 2 } },
            { text: 'AC1.1 乙' },
          ],
          [{ text: 'AC1.2 丙' }],
          [{ text: '合計', options: { colspan: 2 } }, { text: '2' }],
        ],
        { x: 0.5, y: 1, w: 6, colW: [1, 2, 3] },
      );
    });
    const table = readPptxPages(bytes, 't.pptx').pages[0]?.items.find(
      (i): i is TableFrame => i.kind === 'table',
    );
    expect(table?.columns).toEqual([72, 144, 216]);
    expect(table?.box).toMatchObject({ x: 36, y: 72, w: 432 });
    expect(gridOf(table)).toEqual([
      ['構面/1x1', '策略目標/1x1', 'KPI/1x1'],
      ['顧客/2x1', 'AC1 甲/2x1', 'AC1.1 乙/1x1'],
      ['·', '·', 'AC1.2 丙/1x1'],
      ['合計/1x2', '·', '2/1x1'],
    ]);
  });

  it('reads lines with their ends, flips and arrow heads', async () => {
    const bytes = await deck((p) => {
      const s = p.addSlide();
      s.addShape(p.ShapeType.line, {
        x: 1,
        y: 1,
        w: 2,
        h: 1,
        line: { color: '000000', width: 1, endArrowType: 'triangle' },
      });
      s.addShape(p.ShapeType.line, {
        x: 1,
        y: 3,
        w: 2,
        h: 1,
        flipH: true,
        line: { color: '000000', width: 1, beginArrowType: 'arrow' },
      });
    });
    const [down, flipped] = lines(readPptxPages(bytes, 'l.pptx').pages[0]);
    expect(down).toMatchObject({
      from: { x: 72, y: 72 },
      to: { x: 216, y: 144 },
      arrow: { start: false, end: true },
    });
    expect(flipped).toMatchObject({
      from: { x: 216, y: 216 },
      to: { x: 72, y: 288 },
      arrow: { start: true, end: false },
    });
  });

  it('places the shapes of a group through its child space and gives them the group id', async () => {
    const base = await deck((p) => {
      p.addSlide();
    });
    // The group's children are drawn in a space twice as large as the group's box.
    const group = `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="40" name="card"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="${100 * 12700}" y="${50 * 12700}"/><a:ext cx="${100 * 12700}" cy="${40 * 12700}"/><a:chOff x="0" y="0"/><a:chExt cx="${200 * 12700}" cy="${80 * 12700}"/></a:xfrm></p:grpSpPr>${textShape(41, [0, 0, 200, 80], ['AP1', '精進服務流程'])}${textShape(42, [100, 40, 100, 40], ['AP2'])}</p:grpSp>`;
    const page = readPptxPages(withShapes(base, 1, group), 'g.pptx').pages[0];
    expect(frameWith(page, 'AP1')).toMatchObject({
      id: '41',
      group: '40',
      box: { x: 100, y: 50, w: 100, h: 40 },
      outlined: true,
    });
    expect(frameWith(page, 'AP2')).toMatchObject({ group: '40', box: { x: 150, y: 70, w: 50, h: 20 } });
  });

  it('reads connectors glued to shapes, with the bends of an elbow connector', async () => {
    const base = await deck((p) => {
      p.addSlide();
    });
    const connector = `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="9" name="c"/><p:cNvCxnSpPr><a:stCxn id="5" idx="2"/><a:endCxn id="6" idx="0"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr>${xfrm(100, 100, 200, 100, ' flipV="1"')}<a:prstGeom prst="bentConnector3"><a:avLst/></a:prstGeom><a:ln><a:tailEnd type="triangle"/></a:ln></p:spPr></p:cxnSp>`;
    const [line] = lines(
      readPptxPages(
        withShapes(
          base,
          1,
          textShape(5, [0, 150, 100, 100], ['AL1']) + textShape(6, [300, 50, 100, 100], ['AP1']) + connector,
        ),
        'c.pptx',
      ).pages[0],
    );
    expect(line).toEqual({
      kind: 'line',
      id: '9',
      from: { x: 100, y: 200 },
      to: { x: 300, y: 100 },
      via: [
        { x: 200, y: 200 },
        { x: 200, y: 100 },
      ],
      arrow: { start: false, end: true },
      startId: '5',
      endId: '6',
    });
  });

  it('reads a block arrow turned by 270° as a line pointing up, and quarter-turned text as vertical', async () => {
    const base = await deck((p) => {
      p.addSlide();
    });
    const arrow = `<p:sp><p:nvSpPr><p:cNvPr id="7" name="a"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>${xfrm(100, 100, 60, 20, ' rot="16200000"')}<a:prstGeom prst="rightArrow"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="999999"/></a:solidFill></p:spPr></p:sp>`;
    const page = readPptxPages(
      withShapes(base, 1, arrow + textShape(8, [300, 100, 100, 20], ['顧客'], ' rot="5400000"')),
      'r.pptx',
    ).pages[0];
    expect(lines(page)[0]).toMatchObject({
      from: { x: 130, y: 140 },
      to: { x: 130, y: 80 },
      arrow: { start: false, end: true },
    });
    expect(frameWith(page, '顧客')).toMatchObject({ vertical: true, box: { x: 340, y: 60, w: 20, h: 100 } });
  });

  it('gives placeholders their roles, takes a missing position from the layout, and names the slide by its title', async () => {
    const base = await deck((p) => {
      p.addSlide();
    });
    const layoutTitle = `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr>${xfrm(30, 10, 900, 40)}</p:spPr></p:sp>`;
    const title = `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Title 1"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>策略主題 A 提升組織效能</a:t></a:r></a:p></p:txBody></p:sp>`;
    const number = `<p:sp><p:nvSpPr><p:cNvPr id="4" name="n"/><p:cNvSpPr/><p:nvPr><p:ph type="sldNum" idx="12"/></p:nvPr></p:nvSpPr><p:spPr>${xfrm(900, 510, 40, 20)}</p:spPr><p:txBody><a:bodyPr/><a:p><a:fld id="{1}" type="slidenum"><a:t>3</a:t></a:fld></a:p></p:txBody></p:sp>`;
    const layoutPart = 'ppt/slideLayouts/slideLayout1.xml';
    const bytes = editParts(withShapes(base, 1, title + number), {
      [layoutPart]: (s) => s.replace('</p:spTree>', `${layoutTitle}</p:spTree>`),
    });
    const page = readPptxPages(bytes, 'p.pptx').pages[0];
    expect(frameWith(page, '策略主題 A 提升組織效能')).toMatchObject({
      role: 'title',
      box: { x: 30, y: 10, w: 900, h: 40 },
    });
    expect(frameWith(page, '3')).toMatchObject({ role: 'slide-number' });
    expect(page?.name).toBe('策略主題 A 提升組織效能');
  });

  it("draws the master's own shapes on its slides, marked inherited, unless the slide hides them", async () => {
    const base = await deck((p) => {
      p.addSlide();
      p.addSlide();
    });
    const banner = textShape(90, [0, 0, 960, 30], ['臺北市政府教育局']);
    const bytes = editParts(base, {
      'ppt/slideMasters/slideMaster1.xml': (s) => s.replace('</p:spTree>', `${banner}</p:spTree>`),
      'ppt/slides/slide2.xml': (s) => s.replace('<p:sld ', '<p:sld showMasterSp="0" '),
    });
    const [first, second] = readPptxPages(bytes, 'm.pptx').pages;
    expect(frameWith(first, '臺北市政府教育局')).toMatchObject({ inherited: true, id: 'master:90' });
    expect(texts(second).some((t) => t.lines.includes('臺北市政府教育局'))).toBe(false);
  });

  it('takes slides in the order the presentation lists them, not by part name', async () => {
    const base = await deck((p) => {
      p.addSlide().addText('第一張', { x: 1, y: 1, w: 2, h: 1 });
      p.addSlide().addText('第二張', { x: 1, y: 1, w: 2, h: 1 });
    });
    const swapped = editParts(base, {
      'ppt/presentation.xml': (s) =>
        s.replace(/<p:sldIdLst>(<p:sldId [^>]*\/>)(<p:sldId [^>]*\/>)/, '<p:sldIdLst>$2$1'),
    });
    const pages = readPptxPages(swapped, 's.pptx').pages;
    expect(pages.map((p) => texts(p).flatMap((t) => t.lines))).toEqual([['第二張'], ['第一張']]);
    expect(pages.map((p) => p.number)).toEqual([1, 2]);
  });

  it('reads pictures with their alternative text', async () => {
    const png =
      'image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const bytes = await deck((p) => {
      p.addSlide().addImage({ data: png, x: 1, y: 1, w: 8, h: 5, altText: '策略地圖' });
    });
    const items: PageItem[] = readPptxPages(bytes, 'i.pptx').pages[0]?.items ?? [];
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'picture',
        description: '策略地圖',
        box: { x: 72, y: 72, w: 576, h: 360 },
      }),
    );
  });

  it('refuses more slides, shapes or text than a plan document has', async () => {
    const bytes = await deck((p) => {
      for (let i = 0; i < 3; i++) {
        const s = p.addSlide();
        s.addText('甲', { x: 1, y: 1, w: 1, h: 1 });
        s.addText('乙', { x: 3, y: 1, w: 1, h: 1 });
      }
    });
    const refused = (limits: Partial<ReaderLimits>) => {
      try {
        readPptxPages(bytes, 'big.pptx', { ...READER_LIMITS, ...limits });
      } catch (e) {
        return e as ImportError;
      }
      throw new Error('not refused');
    };
    expect(refused({ maxPages: 2 })).toMatchObject({ code: 'too-many-pages', tooLarge: true });
    expect(refused({ maxPages: 2 }).message).toContain('3 slides, over the limit of 2');
    expect(refused({ maxItemsPerPage: 1 }).message).toContain('Slide 1 holds more than 1 shapes');
    expect(refused({ maxTextChars: 5 }).code).toBe('too-large');
  });
});
