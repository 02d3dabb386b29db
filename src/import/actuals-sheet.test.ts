import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  numberOfCell,
  parseCsv,
  readActualsSheet,
  SHEET_ERROR_CODES,
  SheetError,
  type SheetErrorCode,
} from './actuals-sheet';
import {
  bombPart,
  buildZip,
  deflatedPart,
  lyingWorkbook,
  partsOf,
  workbookWithPart,
  zipBombWorkbook,
} from './archive/test-zips';
import { MAX_TEXT_BYTES } from './readers/decode';
import { OffThreadParsers, PARSE_POOL } from './workers/parse-off-thread';
import { WorkerPool } from './workers/worker-pool';

const bytes = (s: string) => new TextEncoder().encode(s);

/** The refusal a file gets, with its stable code and params. */
async function refusal(content: Uint8Array, fileName: string): Promise<SheetError> {
  const error = await readActualsSheet(content, fileName).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof SheetError)) throw new Error(`${fileName} was not refused with a SheetError`);
  return error;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0];
const PDF = bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const withBytes = (magic: number[]) => new Uint8Array([...magic, ...bytes('rest of the file')]);

describe('actuals sheets', () => {
  it('parses RFC 4180 CSV: quotes, doubled quotes, line breaks inside quotes, CRLF, BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","he said ""hi"""\n"two\nlines",\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('reads numbers as people type them', () => {
    expect(numberOfCell('1,234.5')).toBe(1234.5);
    expect(numberOfCell('９５％')).toBe(95);
    expect(numberOfCell(' -3 ')).toBe(-3);
    expect(numberOfCell(12)).toBe(12);
    for (const bad of ['九十', 'n/a', '', '1.2.3', '5-']) expect(numberOfCell(bad)).toBeNull();
  });

  it('finds columns by Chinese or English headings and takes other headings as formula inputs', async () => {
    const sheet = await readActualsSheet(
      bytes('指標代碼,指標名稱,期別,實績值,資本門預算數,改善措施\nAC1.1,名稱,110Q1,,100,加強\n\n,,,,,\n'),
      'a.csv',
    );
    expect(sheet.columns).toEqual({
      kpi: '指標代碼',
      period: '期別',
      value: '實績值',
      correctiveAction: '改善措施',
    });
    expect(sheet.rows).toEqual([
      {
        row: 2,
        fields: { kpi: 'AC1.1', period: '110Q1', value: null, correctiveAction: '加強' },
        inputs: { 資本門預算數: '100' },
      },
    ]);
  });

  it('refuses a sheet without a KPI code column, and files that are not sheets', async () => {
    await expect(readActualsSheet(bytes('a,b\n1,2\n'), 'x.csv')).rejects.toThrow('no KPI code column');
    await expect(readActualsSheet(bytes('x'), 'x.pdf')).rejects.toThrow('upload actuals as .csv or .xlsx');
    await expect(readActualsSheet(bytes('not a zip'), 'x.xlsx')).rejects.toThrow('not a readable .xlsx');
  });

  describe('gives every whole-file refusal a stable code and params', () => {
    const seen = new Set<SheetErrorCode>();
    const expectRefusal = async (
      content: Uint8Array,
      fileName: string,
      code: SheetErrorCode,
      params: Record<string, string | number> = {},
    ) => {
      const error = await refusal(content, fileName);
      expect({ code: error.code, params: error.params }).toEqual({ code, params });
      // The English message still names the file, for the CLI and logs.
      expect(error.message.startsWith(`${fileName}: `)).toBe(true);
      seen.add(code);
    };

    it('unsupported_type: neither .csv nor .xlsx, with the extension it has', async () => {
      await expectRefusal(PDF, '第一季實績.pdf', 'unsupported_type', { extension: '.pdf' });
      await expectRefusal(bytes('x'), 'README', 'unsupported_type', { extension: '' });
    });

    it('empty_file: no bytes at all, or only blanks', async () => {
      await expectRefusal(new Uint8Array(), 'q1.xlsx', 'empty_file');
      await expectRefusal(new Uint8Array(), 'q1.csv', 'empty_file');
      await expectRefusal(bytes(' \r\n \n'), 'q1.csv', 'empty_file');
    });

    it('too_large: a CSV over the text limit, with its size', async () => {
      const big = new Uint8Array(MAX_TEXT_BYTES + 1024 * 1024).fill(0x41);
      await expectRefusal(big, 'q1.csv', 'too_large', { mb: '9.0', limitMb: 8 });
    });

    it('binary, unknown_encoding: a CSV that is not text', async () => {
      await expectRefusal(new Uint8Array([0x41, 0, 0x42, 0x43]), 'q1.csv', 'binary');
      await expectRefusal(new Uint8Array([0x41, 0x80, 0xff, 0xfe, 0x42]), 'q1.csv', 'unknown_encoding');
    });

    it('office_file, legacy_excel, pdf_file: documents renamed .csv', async () => {
      await expectRefusal(withBytes(ZIP), 'q1.csv', 'office_file');
      await expectRefusal(withBytes(OLE), 'q1.csv', 'legacy_excel');
      await expectRefusal(PDF, 'q1.csv', 'pdf_file');
    });

    it('legacy_excel, pdf_file, unreadable_xlsx: files named .xlsx that are not workbooks', async () => {
      await expectRefusal(withBytes(OLE), 'q1.xlsx', 'legacy_excel');
      await expectRefusal(PDF, 'q1.xlsx', 'pdf_file');
      await expectRefusal(bytes('指標代碼,實績值\nAC1.1,5\n'), 'q1.xlsx', 'unreadable_xlsx');
      await expectRefusal(withBytes(ZIP), 'q1.xlsx', 'unreadable_xlsx');
    });

    it('unclosed_quote: names the line the quote opens on', async () => {
      await expectRefusal(
        bytes('指標代碼,備註\r\nAC1.1,ok\r\nAC1.2,"open\r\nstill open\r\n'),
        'q1.csv',
        'unclosed_quote',
        {
          line: 3,
        },
      );
      expect(() => parseCsv('a\n"b\nc')).toThrow('line 2: a quoted field opens here');
    });

    it('empty_sheet, no_kpi_column: a heading row is needed and must name the KPI column', async () => {
      await expectRefusal(bytes(',,\n,,\n'), 'q1.csv', 'empty_sheet');
      await expectRefusal(bytes('\n期別,實績值\n110Q1,5\n'), 'q1.csv', 'no_kpi_column', { row: 2 });
    });

    it('empty_workbook: a workbook with no rows', async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('空白');
      await expectRefusal(new Uint8Array(await wb.xlsx.writeBuffer()), 'q1.xlsx', 'empty_workbook');
    });

    describe('workbooks that would expand too far, are encrypted or climb out of the archive', () => {
      let sheet: Uint8Array;
      beforeAll(async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('實績').addRows([
          ['指標代碼', '期別', '實績值'],
          ['AC1.1', '110Q1', 95],
        ]);
        sheet = new Uint8Array(await wb.xlsx.writeBuffer());
      });

      it('archive_entry_too_large: the zip bomb, refused from its directory, naming the part', async () => {
        const error = await refusal(zipBombWorkbook(sheet, 300), 'q1.xlsx');
        expect(error).toMatchObject({ code: 'archive_entry_too_large', tooLarge: true });
        expect(error.params).toMatchObject({ entry: 'xl/sharedStrings.xml', limitMb: '64' });
        expect(error.message).toMatch(/^q1\.xlsx: its part "xl\/sharedStrings\.xml" expands to 300\.\d MB/);
        seen.add(error.code);
      });

      it('archive_compression_ratio, archive_too_large, archive_too_many_entries', async () => {
        const steep = await refusal(workbookWithPart(sheet, bombPart('xl/x.xml', 10)), 'q1.xlsx');
        expect(steep).toMatchObject({
          code: 'archive_compression_ratio',
          params: { entry: 'xl/x.xml', limit: 100 },
        });
        seen.add(steep.code);
        // Three parts declared at 60 MB each: every part within its limits, together over 128 MB.
        const noise = (i: number) => ({
          ...deflatedPart(
            `xl/media/p${i}.bin`,
            new Uint8Array(700_000).map(() => Math.random() * 256),
          ),
          declaredSize: 60 * 1024 * 1024,
        });
        const total = buildZip([...partsOf(sheet), noise(1), noise(2), noise(3)]);
        await expectRefusal(total, 'q1.xlsx', 'archive_too_large', { mb: '180.0', limitMb: '128' });
        const many = Array.from({ length: 5001 }, (_, i) => deflatedPart(`xl/p${i}.xml`, ''));
        await expectRefusal(buildZip(many), 'q1.xlsx', 'archive_too_many_entries', {
          entries: 5001,
          limit: 5000,
        });
      });

      it('archive_size_mismatch: a header that lies about its size', async () => {
        const lying = lyingWorkbook(sheet, 300, 1);
        await expectRefusal(lying, 'q1.xlsx', 'archive_size_mismatch', {
          entry: 'xl/sharedStrings.xml',
          declared: 1024 * 1024,
        });
      });

      it('archive_encrypted, archive_unsafe_path: an encrypted part, a name climbing out', async () => {
        const locked = { ...deflatedPart('xl/worksheets/sheet2.xml', '<x/>'), flags: 1 };
        await expectRefusal(workbookWithPart(sheet, locked), 'q1.xlsx', 'archive_encrypted', {
          entry: 'xl/worksheets/sheet2.xml',
        });
        // Excel's own password protection: an OLE container with an EncryptedPackage stream.
        const protectedWorkbook = new Uint8Array([...OLE, ...Buffer.from('EncryptedPackage', 'utf16le')]);
        await expectRefusal(protectedWorkbook, 'q1.xlsx', 'archive_encrypted', { entry: 'EncryptedPackage' });
        const climbing = deflatedPart('../../etc/cron.d/x', '<x/>');
        await expectRefusal(workbookWithPart(sheet, climbing), 'q1.xlsx', 'archive_unsafe_path', {
          entry: '../../etc/cron.d/x',
        });
      });

      it('parse_timeout, parse_memory: a sheet that takes too long or too much memory to read', async () => {
        const parse = async (limits: Partial<typeof PARSE_POOL>) => {
          const pool = new WorkerPool({ ...PARSE_POOL, ...limits });
          try {
            return await new OffThreadParsers(pool).readActualsSheet(sheet, 'q1.xlsx').then(
              () => null,
              (e: unknown) => e,
            );
          } finally {
            await pool.close();
          }
        };
        for (const [limits, code, params] of [
          [{ timeoutMs: 1 }, 'parse_timeout', { seconds: 0.001 }],
          [{ maxOldGenerationSizeMb: 8 }, 'parse_memory', { limitMb: 8 }],
        ] as const) {
          const error = await parse(limits);
          expect(error).toBeInstanceOf(SheetError);
          expect(error).toMatchObject({ code, params, tooLarge: true });
          seen.add(code);
        }
      });
    });

    it('covers every code', () => {
      expect([...seen].sort()).toEqual([...SHEET_ERROR_CODES].sort());
    });
  });

  it('reads XLSX: percent-formatted cells as written (95 %, not 0.95), formulas by their result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.addRow(['kpi', 'value', 'evidence']);
    const row = ws.addRow(['AC1.1', 0.95, { text: '佐證', hyperlink: 'https://example.gov.tw/a' }]);
    row.getCell(2).numFmt = '0%';
    ws.addRow(['AC1.2', { formula: '1+1', result: 2 }, null]);
    const sheet = await readActualsSheet(new Uint8Array(await wb.xlsx.writeBuffer()), 'a.xlsx');
    expect(sheet.rows.map((r) => r.fields)).toEqual([
      { kpi: 'AC1.1', value: 95, evidence: 'https://example.gov.tw/a' },
      { kpi: 'AC1.2', value: 2, evidence: null },
    ]);
  });
});
