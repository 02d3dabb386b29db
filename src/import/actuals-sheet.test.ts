import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { numberOfCell, parseCsv, readActualsSheet } from './actuals-sheet';

const bytes = (s: string) => new TextEncoder().encode(s);

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
