import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { importDocument, tryImportDocument } from './import-document';
import { assertStorable } from './test-helpers';

const FC = { seed: 20190326, numRuns: 300 };
const enc = (s: string) => new TextEncoder().encode(s);

async function errorOf(bytes: Uint8Array, name = 'doc.txt'): Promise<ImportError> {
  const r = await tryImportDocument(bytes, name);
  if (r.ok) throw new Error('expected an ImportError');
  return r.error;
}

/** Never anything but a result whose plans are storable, or an ImportError about the input. */
async function importsCleanly(bytes: Uint8Array, name: string) {
  try {
    for (const p of (await importDocument(bytes, name)).plans) assertStorable(p);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    // 'internal' means the importer hit a bug and only caught it at the door.
    expect((e as ImportError).code, (e as ImportError).message).not.toBe('internal');
  }
}

function pseudoRandomText(size: number, seed: number): string {
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,|\t\n策略目標顧客財務學習成長內部流程年月日局處';
  let x = seed;
  let out = '';
  while (out.length < size) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

describe('importDocument bad input', () => {
  it('gives each kind of bad file a clear error in both languages', async () => {
    const cases: [Uint8Array, string, string][] = [
      [new Uint8Array(), 'empty.txt', 'empty'],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'sheet.txt', 'archive-corrupt'],
      [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'program.txt', 'binary'],
      [enc('臺北市政府教育局 110年策略地圖\n\n願景\n\n躍升臺北教育\n'), 'nocodes.txt', 'no-codes'],
      [enc('AC1 提升滿意度\nAC1.1 滿意度\n'), 'noorg.txt', 'no-organisation'],
      [enc('臺北市政府教育局 策略地圖\nAC1 提升滿意度\n'), 'noyear.txt', 'no-year'],
    ];
    for (const [bytes, name, code] of cases) {
      const e = await errorOf(bytes, name);
      expect(e.code, name).toBe(code);
      expect(e.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: `));
      expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.stack === undefined || !e.message.includes('    at ')).toBe(true);
    }
    const named = await errorOf(enc('AC1 x'), 'deck.pptx');
    expect(named.code).toBe('corrupt-file');
    expect(named.message).toContain('named as a PowerPoint presentation (.pptx) but is not one');
  });

  it('uses organisation and year given by the caller when the document lacks them', async () => {
    const r = await importDocument(enc('AC1 提升滿意度\nAC1.1 滿意度\n'), 'noorg.txt', {
      org: '臺北市政府測試局',
      year: 112,
    });
    expect(r.plans.map((p) => [p.org.name, p.year, p.objectives.length])).toEqual([
      ['臺北市政府測試局', 112, 1],
    ]);
  });

  it('5 MB of random text ends in a result or an ImportError, never a crash', async () => {
    const text = pseudoRandomText(5 * 1024 * 1024, 7);
    await importsCleanly(enc(text), 'random.txt');
  });
});

describe('importDocument properties', () => {
  it('arbitrary text: storable plans or an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) =>
        importsCleanly(enc(s), 'prop.txt'),
      ),
      FC,
    );
  });

  it('arbitrary bytes: storable plans or an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), (b) => importsCleanly(b, 'prop.bin')),
      FC,
    );
  });

  it('documents assembled from strategy-map fragments: storable plans or an ImportError', async () => {
    const fragment = fc.constantFrom(
      '臺北市政府測試局 112年策略地圖',
      '本府策略地圖',
      '承接府級「E-強化社會支持」向下延伸',
      '策略主題',
      'A提升\n服務',
      '建構友善\n校園',
      'C 強化治理',
      '顧客 C',
      '內部流程',
      '●AC1',
      '協助提升知能',
      'AC1 提升滿意度 AC2 促進參與',
      'AC1.1 滿意度',
      'AC1.1.1 方案',
      'BP2 強化網絡',
      'F1 提高預算執行效能',
      'TC1提升滿意的住民、TC2增加快樂的員工',
      '| 策略目標 | KSF | KPI |',
      '|---|---|---|',
      '| AC1 甲 | AC1 乙 | AC1.1 丙 |',
      '| | BP2 丁 | BP1.2 戊 |',
      '策略目標\t\tKSF\tKPI\t行動方案',
      '顧客\tAC1 甲\tAC1 乙\tAC1.1 丙\tAC1.1.1 丁',
      '\t分組成員\t環保局(主功) 工務局',
      '訂定23項策略目標\n及24項KPI指標',
      'AL1 → AP1 → AC1',
      '【使命】 為市民服務',
      '',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 40 }), (parts) =>
        importsCleanly(enc(parts.join('\n')), 'frag.txt'),
      ),
      FC,
    );
  });
});
