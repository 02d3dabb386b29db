import { beforeAll, describe, expect, it } from 'vitest';
import type { LineShape, PagedDocument, PictureFrame, TableFrame, TextFrame } from '../../pages';
import { READER_LIMITS } from '../limits';
import { gridOf, refusalOf } from '../test-office';
import { readPdfPages } from '.';
import { haveChromium, passwordPdf, printedPdf, scannedPdf } from './test-pdfs';
import { ideographs } from './unicode';

if (!haveChromium) console.warn('read-pdf.test: Chromium is absent; the printed-PDF tests are skipped');

/** 1 CSS px = 0.75 pt. */
const pt = (px: number) => px * 0.75;

/** Within a point and a half: borders are stroked on their centre line, half a pixel out. */
function expectNear(value: number | undefined, wanted: number): void {
  expect(value).toBeDefined();
  expect(Math.abs((value as number) - wanted), `${value} ≈ ${wanted}`).toBeLessThanOrEqual(1.5);
}

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEklEQVR42mP8z8DwnwEIGGEMAE0bA/2p6CkuAAAAAElFTkSuQmCC';

const PAGE = `
<div style="position:absolute;left:40px;top:20px;font-size:20px">臺北市政府測試局 112年策略地圖</div>
<div style="position:absolute;left:40px;top:100px;width:150px;height:60px;border:1px solid #333;font-size:14px">AC1<br>提升市民滿意度</div>
<div style="position:absolute;left:400px;top:100px;width:150px;height:60px;background:#eef;font-size:14px">AP1<br>精進服務流程</div>
<svg style="position:absolute;left:0;top:0" width="800" height="600">
  <defs><marker id="h" markerWidth="10" markerHeight="10" refX="10" refY="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#000"/></marker></defs>
  <line x1="400" y1="130" x2="192" y2="130" stroke="#000" stroke-width="1.5" marker-end="url(#h)"/>
  <line x1="475" y1="300" x2="475" y2="162" stroke="#000" stroke-width="1.5"/>
</svg>
<table style="position:absolute;left:40px;top:300px;border-collapse:collapse;font-size:13px">
  <tr><td style="border:1px solid #000;padding:4px" rowspan="2">AC1 提升</td><td style="border:1px solid #000;padding:4px">AC1.1 滿意度</td><td style="border:1px solid #000;padding:4px">%</td></tr>
  <tr><td style="border:1px solid #000;padding:4px">AC1.2 參與人次</td><td style="border:1px solid #000;padding:4px">人次</td></tr>
  <tr><td style="border:1px solid #000;padding:4px" colspan="2">合計</td><td style="border:1px solid #000;padding:4px">2</td></tr>
</table>
<img src="${PNG}" style="position:absolute;left:600px;top:400px;width:160px;height:120px">`;

describe.skipIf(!haveChromium)('the PDF reader on a printed page', () => {
  let doc: PagedDocument;
  beforeAll(async () => {
    doc = await readPdfPages(await printedPdf(PAGE), 'printed.pdf');
  }, 60_000);
  const items = <T>(kind: string) => (doc.pages[0]?.items ?? []).filter((i) => i.kind === kind) as T[];
  const frame = (first: string) => items<TextFrame>('text').find((f) => f.lines[0] === first);

  it('rebuilds lines and frames at their places, and takes a card box and outline from its border or fill', () => {
    expect(doc.pages[0]).toMatchObject({ number: 1, kind: 'page', width: 600, height: 450 });
    const title = frame('臺北市政府測試局 112年策略地圖');
    expectNear(title?.box?.x, pt(40));
    expect(title?.outlined).toBeUndefined();
    const bordered = frame('AC1');
    expect(bordered).toMatchObject({ lines: ['AC1', '提升市民滿意度'], outlined: true });
    expectNear(bordered?.box?.x, pt(40));
    expectNear(bordered?.box?.y, pt(100));
    expectNear(bordered?.box?.w, pt(152));
    expect(frame('AP1')).toMatchObject({ lines: ['AP1', '精進服務流程'], outlined: true });
  });

  it('reads lines with their ends, and an arrow head at the end it is drawn', () => {
    const lines = items<LineShape>('line');
    const arrow = lines.find((l) => l.arrow.end || l.arrow.start);
    expect(arrow?.arrow).toEqual({ start: false, end: true });
    expectNear(arrow?.from.x, pt(400));
    expectNear(arrow?.to.x, pt(192));
    expectNear(arrow?.to.y, pt(130));
    const plain = lines.find((l) => Math.abs(l.from.x - pt(475)) < 1);
    expect(plain).toMatchObject({ arrow: { start: false, end: false } });
    expectNear(plain?.to.y, pt(162));
  });

  it('reads a table from its rules, with the merged cells where rules are missing', () => {
    const [table] = items<TableFrame>('table');
    expect(gridOf(table)).toEqual([
      ['AC1 提升/2x1', 'AC1.1 滿意度/1x1', '%/1x1'],
      ['·', 'AC1.2 參與人次/1x1', '人次/1x1'],
      ['合計/1x2', '·', '2/1x1'],
    ]);
    expectNear(table?.box?.x, pt(40));
    // The table's rules are its own, not lines between cards.
    expect(items<LineShape>('line')).toHaveLength(2);
  });

  it('reads pictures with their boxes', () => {
    const [picture] = items<PictureFrame>('picture');
    expectNear(picture?.box?.x, pt(600));
    expectNear(picture?.box?.w, pt(160));
  });
});

describe('the PDF reader refuses', () => {
  const refusal = (bytes: Uint8Array, limits = READER_LIMITS) =>
    refusalOf(() => readPdfPages(bytes, 'x.pdf', limits));

  it('a scan: pages of pictures with no text, saying how many of each', async () => {
    const e = await refusal(scannedPdf(3));
    expect(e.code).toBe('pdf-no-text');
    expect(e.message).toContain('3 page(s) and 3 picture(s)');
    expect(e.zh).toContain('共 3 頁、3 張圖片');
  });

  it('a password-protected PDF', async () => {
    const e = await refusal(passwordPdf());
    expect(e.code).toBe('pdf-encrypted');
    expect(e.zh).toContain('密碼');
  });

  it('a damaged PDF, and more pages than the limit', async () => {
    expect((await refusal(new TextEncoder().encode('%PDF-1.4\nnothing else'))).code).toBe('corrupt-file');
    const e = await refusal(scannedPdf(3), { ...READER_LIMITS, maxPages: 2 });
    expect(e).toMatchObject({ code: 'too-many-pages', tooLarge: true });
    expect(e.message).toContain('3 pages, over the limit of 2');
  });

  it('a page that draws more than a map ever does', async () => {
    const e = await refusal(scannedPdf(1), { ...READER_LIMITS, maxDrawnPerPage: 0 });
    expect(e).toMatchObject({ code: 'too-large' });
    expect(e.message).toContain('Page 1 holds more than');
  });

  it('a PDF that takes longer than its time budget', async () => {
    const e = await refusal(scannedPdf(40), { ...READER_LIMITS, pdfBudgetMs: 1 });
    expect(e.code).toBe('parse-timeout');
  });
});

describe('PDF text', () => {
  it('reads radicals that stand for characters as the characters', () => {
    expect(ideographs('市⺠⼈次⻑期')).toBe('市民人次長期');
    expect(ideographs('AC1 提升')).toBe('AC1 提升');
  });
});
