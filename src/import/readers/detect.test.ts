import CFB from 'cfb';
import { beforeAll, describe, expect, it } from 'vitest';
import { bombPart, buildZip } from '../archive/test-zips';
import { readSource } from '.';
import { scannedPdf } from './pdf/test-pdfs';
import { deck, editParts, refusalOf, zipParts } from './test-office';

const refusal = (bytes: Uint8Array, name: string) => refusalOf(() => readSource(bytes, name));

function compoundFile(streams: string[]): Uint8Array {
  const file = CFB.utils.cfb_new();
  for (const s of streams) CFB.utils.cfb_add(file, s, new Uint8Array([1, 2, 3]));
  return new Uint8Array(CFB.write(file, { type: 'array' }) as number[]);
}

describe('choosing the reader by content', () => {
  let pptx: Uint8Array;
  beforeAll(async () => {
    pptx = await deck((p) => {
      p.addSlide().addText('臺北市政府測試局 112年策略地圖', { x: 1, y: 1, w: 8, h: 1 });
    });
  });

  it('reads a deck renamed .txt as a deck, and a PDF by its header whatever its name', async () => {
    const source = await readSource(pptx, 'deck.txt');
    expect(source.format).toBe('pptx');
    expect(source.lines[0]).toMatchObject({ text: '臺北市政府測試局 112年策略地圖', page: 1, pageLine: 1 });
    expect((await refusal(scannedPdf(1), 'scan.txt')).code).toBe('pdf-no-text');
  });

  it('gives plain text its one page of kind text, line numbers unchanged', async () => {
    const source = await readSource(new TextEncoder().encode('標題\n\nAC1\t甲\nAC2\t乙\n'), 'a.txt');
    expect(source.lines.map((l) => [l.n, l.page])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, undefined],
      [4, undefined],
      [5, undefined],
    ]);
    expect(source.pages?.map((p) => [p.kind, p.items.map((i) => i.kind)])).toEqual([
      ['text', ['text', 'table']],
    ]);
  });
});

describe('honest refusals of whole files', () => {
  it('an Office file encrypted with a password, told apart from an old binary one', async () => {
    const locked = await refusal(compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'plan.pptx');
    expect(locked.code).toBe('encrypted-office-file');
    expect(locked.message).toContain('EncryptionInfo and EncryptedPackage');
    expect(locked.zh).toContain('設有開啟密碼');
    const old = await refusal(compoundFile(['PowerPoint Document', 'Current User']), 'plan.txt');
    expect(old.code).toBe('legacy-office-file');
    expect(old.message).toContain('PowerPoint 97–2003 presentation (.ppt)');
    expect(old.message).toContain('save it as .pptx');
    expect((await refusal(compoundFile(['WordDocument']), 'a.doc')).message).toContain('save it as .docx');
  });

  it('damaged Office files: no content types, no main part, a part that is not XML, a listed slide missing', async () => {
    const noTypes = await refusal(zipParts({ 'a.xml': '<a/>' }), 'a.pptx');
    expect(noTypes.code).toBe('corrupt-file');
    expect(noTypes.message).toContain('without the [Content_Types].xml');
    const pptx = await deck((p) => {
      p.addSlide();
    });
    const noMain = await refusal(editParts(pptx, { 'ppt/presentation.xml': () => undefined }), 'b.pptx');
    expect(noMain.message).toContain('its main part "ppt/presentation.xml" is missing');
    const badXml = await refusal(
      editParts(pptx, { 'ppt/slides/slide1.xml': (s) => s.replace('</p:sld>', '') }),
      'c.pptx',
    );
    expect(badXml.message).toContain('its part "ppt/slides/slide1.xml" is not readable XML');
    expect(badXml.zh).toContain('不是可讀取的 XML');
    const noSlide = await refusal(editParts(pptx, { 'ppt/slides/slide1.xml': () => undefined }), 'd.pptx');
    expect(noSlide.message).toContain('slide 1 is listed in the presentation but its part is missing');
    const dtd = await refusal(
      editParts(pptx, {
        'ppt/slides/slide1.xml': (s) => s.replace('<p:sld', '<!DOCTYPE x [<!ENTITY a "b">]><p:sld'),
      }),
      'e.pptx',
    );
    expect(dtd.code).toBe('corrupt-file');
  });

  it('opens every zip through the archive limits', async () => {
    const bomb = buildZip([bombPart('ppt/slides/slide1.xml', 10)]);
    expect((await refusal(bomb, 'bomb.pptx')).code).toBe('archive-compression-ratio');
  });

  it('formats it does not read, and a name that promises what the content is not', async () => {
    const odp = await refusal(
      zipParts({ mimetype: 'application/vnd.oasis.opendocument.presentation' }),
      'a.odp',
    );
    expect(odp.code).toBe('unsupported-format');
    expect(odp.message).toContain('save it as .pptx');
    expect((await refusal(new TextEncoder().encode('{\\rtf1 x}'), 'a.doc')).code).toBe('unsupported-format');
    const named = await refusal(new TextEncoder().encode('AC1 提升'), 'plan.docx');
    expect(named.code).toBe('corrupt-file');
    expect(named.zh).toContain('Word 文件（.docx），但內容不是');
  });
});
