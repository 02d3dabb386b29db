import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArchiveError, type ArchiveErrorCode } from './archive-error';
import { inspectZip, isUnsafeName, isZip, ZipArchive } from './inspect-zip';
import {
  bombPart,
  buildZip,
  deflatedPart,
  lyingWorkbook,
  partsOf,
  workbookWithPart,
  zipBombWorkbook,
} from './test-zips';
import { ZIP_LIMITS } from './zip-limits';

const MiB = 1024 * 1024;

function refusal(run: () => unknown): ArchiveError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArchiveError) return error;
    throw error;
  }
  throw new Error('the archive was not refused');
}

function expectRefusal(run: () => unknown, code: ArchiveErrorCode, params: Record<string, unknown> = {}) {
  const error = refusal(run);
  expect(error.code).toBe(code);
  expect(error.params).toMatchObject(params);
  expect(error.message.length).toBeGreaterThan(20);
  expect(error.zh).toMatch(/[\u4e00-\u9fff]/);
  return error;
}

describe('inspectZip', () => {
  let workbook: Uint8Array;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('實績');
    ws.addRow(['指標代碼', '期別', '實績值']);
    ws.addRow(['AC1.1', '110Q1', 95]);
    workbook = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  });

  it('lists the parts of a real workbook with their sizes and reads them, checking every size', () => {
    expect(isZip(workbook)).toBe(true);
    const entries = inspectZip(workbook);
    const strings = entries.find((e) => e.name === 'xl/sharedStrings.xml');
    expect(strings).toMatchObject({ method: 8, isDirectory: false });
    expect(strings?.size).toBeGreaterThan(strings?.compressedSize ?? Infinity);
    const zip = ZipArchive.open(workbook);
    expect(zip.readText('xl/sharedStrings.xml')).toContain('指標代碼');
    expect(zip.read('xl/sharedStrings.xml')?.length).toBe(strings?.size);
    expect(zip.read('no/such/part.xml')).toBeUndefined();
    expect(() => zip.verifySizes()).not.toThrow();
  });

  it('refuses the zip bomb of issue 12 from its directory alone, naming the part and the limit', () => {
    const bomb = zipBombWorkbook(workbook, 300);
    expect(bomb.length).toBeLessThan(2 * MiB);
    const error = expectRefusal(() => inspectZip(bomb), 'entry_too_large', {
      entry: 'xl/sharedStrings.xml',
      limitMb: '64',
    });
    expect(Number(error.params.mb)).toBeGreaterThanOrEqual(300);
    expect(error.tooLarge).toBe(true);
    expect(error.message).toContain('"xl/sharedStrings.xml" expands to 300');
    expect(error.zh).toContain('超過單一組件上限 64 MB');
  });

  it('refuses a part under the size limit that is compressed far more steeply than documents are', () => {
    const steep = workbookWithPart(workbook, bombPart('xl/media/big.xml', 10));
    const error = expectRefusal(() => inspectZip(steep), 'compression_ratio', {
      entry: 'xl/media/big.xml',
      limit: 100,
    });
    expect(Number(error.params.ratio)).toBeGreaterThan(100);
    // A small part may compress as well as it likes.
    const small = deflatedPart('xl/styles.xml', 'x'.repeat(3 * MiB));
    expect(() => inspectZip(workbookWithPart(workbook, small))).not.toThrow();
  });

  it('refuses an archive whose parts are too many or too large together', () => {
    expectRefusal(() => inspectZip(workbook, { ...ZIP_LIMITS, maxEntries: 3 }), 'too_many_entries', {
      limit: 3,
      entries: inspectZip(workbook).length,
    });
    const parts = Array.from({ length: 3 }, (_, i) => deflatedPart(`part${i}.xml`, 'a'.repeat(MiB)));
    const error = expectRefusal(
      () => inspectZip(buildZip(parts), { ...ZIP_LIMITS, maxTotalBytes: 2 * MiB }),
      'too_large',
      { mb: '3.0', limitMb: '2' },
    );
    expect(error.tooLarge).toBe(true);
  });

  it('reads sizes from a Zip64 extra field, and refuses a part declared at 5 GB there', () => {
    const small = { ...deflatedPart('xl/workbook.xml', '<workbook/>'), zip64: true };
    expect(ZipArchive.open(buildZip([small])).readText('xl/workbook.xml')).toBe('<workbook/>');
    const huge = { ...small, declaredSize: 5 * 1024 * MiB };
    expectRefusal(() => inspectZip(buildZip([huge])), 'entry_too_large', { mb: '5120.0' });
  });

  it('stops inflating a part whose header lies about its size as soon as it passes the declared size', () => {
    const lying = lyingWorkbook(workbook, 300, 1);
    const zip = ZipArchive.open(lying);
    const before = process.memoryUsage().arrayBuffers;
    expectRefusal(() => zip.verifySizes(), 'size_mismatch', {
      entry: 'xl/sharedStrings.xml',
      declared: MiB,
    });
    // Inflating the lie would have allocated 300 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * MiB);
    const short = { ...deflatedPart('a.xml', 'abc'), declaredSize: 10 };
    expectRefusal(() => ZipArchive.open(buildZip([short])).read('a.xml'), 'size_mismatch', { declared: 10 });
    const stored = { ...deflatedPart('b.bin', 'abc'), method: 0 as const, declaredSize: 99 };
    expectRefusal(() => inspectZip(buildZip([stored])), 'size_mismatch', { entry: 'b.bin' });
  });

  it('refuses encrypted parts', () => {
    const locked = { ...deflatedPart('xl/worksheets/sheet2.xml', '<x/>'), flags: 1 };
    const error = expectRefusal(() => inspectZip(workbookWithPart(workbook, locked)), 'encrypted', {
      entry: 'xl/worksheets/sheet2.xml',
    });
    expect(error.tooLarge).toBe(false);
    const aes = { ...deflatedPart('a.xml', '<x/>'), flags: 0x40 };
    expectRefusal(() => inspectZip(buildZip([aes])), 'encrypted');
  });

  it('refuses part names that climb out of the archive or are absolute', () => {
    for (const name of [
      '../../etc/passwd',
      '/etc/passwd',
      'xl/../../evil.xml',
      'C:/evil.xml',
      'a\\..\\..\\b',
    ]) {
      expect(isUnsafeName(name), name).toBe(true);
      const part = deflatedPart(name, '<x/>');
      expectRefusal(() => inspectZip(workbookWithPart(workbook, part)), 'unsafe_path', { entry: name });
    }
    for (const name of ['xl/worksheets/sheet1.xml', '[Content_Types].xml', 'docProps/..app.xml', 'a..b/c'])
      expect(isUnsafeName(name), name).toBe(false);
  });

  it('says damaged archives are damaged: truncated, no directory, wrong checksum, an unknown method', () => {
    expectRefusal(() => inspectZip(workbook.subarray(0, workbook.length - 10)), 'corrupt');
    expectRefusal(() => inspectZip(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])), 'corrupt');
    const wrongCrc = { ...deflatedPart('a.xml', '<x/>'), crc: 1 };
    expectRefusal(() => ZipArchive.open(buildZip([wrongCrc])).read('a.xml'), 'corrupt');
    const bzip2 = { ...deflatedPart('a.xml', '<x/>'), method: 12 as 8 };
    expectRefusal(() => inspectZip(buildZip([bzip2])), 'corrupt');
    const garbage = { ...deflatedPart('a.xml', '<x/>'), data: new Uint8Array([0xff, 0xff, 0xff]) };
    expectRefusal(() => ZipArchive.open(buildZip([garbage])).read('a.xml'), 'corrupt');
  });

  it('keeps names in messages short and free of control characters', () => {
    const name = `xl/${'\u0001'.repeat(3)}${'n'.repeat(300)}.xml`;
    const part = { ...deflatedPart(name, '<x/>'), flags: 1 };
    const error = expectRefusal(() => inspectZip(buildZip([part])), 'encrypted');
    expect(String(error.params.entry)).toMatch(/^xl\/\?\?\?n+…$/);
    expect(String(error.params.entry).length).toBeLessThanOrEqual(120);
  });

  it('leaves the parts of a real workbook as they were when rebuilt', () => {
    const rebuilt = buildZip(partsOf(workbook));
    expect(inspectZip(rebuilt).map((e) => [e.name, e.size])).toEqual(
      inspectZip(workbook)
        .filter((e) => !e.isDirectory)
        .map((e) => [e.name, e.size]),
    );
  });
});
