import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../export/test-plans';
import { writeXlsx } from '../../../export/xlsx';
import type { TableFrame, TextFrame } from '../../pages';
import { editParts, gridOf, textShape } from '../test-office';
import { isStratmapWorkbook, readXlsxPages } from '.';
import { displayNumber } from './cell-values';

async function scorecard(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('平衡計分卡');
  ws.getColumn(2).width = 20;
  ws.getCell('B2').value = '策略目標';
  ws.getCell('C2').value = 'KPI';
  ws.getCell('D2').value = '目標值';
  ws.getCell('B3').value = 'AC1 提升滿意度';
  ws.mergeCells('B3:B4');
  ws.getCell('C3').value = 'AC1.1 滿意度';
  ws.getCell('D3').value = 0.905;
  ws.getCell('D3').numFmt = '0.0%';
  ws.getCell('C4').value = 'AC1.2 參與人次';
  ws.getCell('D4').value = 12500;
  ws.getCell('D4').numFmt = '#,##0';
  ws.getCell('B5').value = '合計';
  ws.mergeCells('B5:C5');
  ws.getCell('D5').value = 2;
  wb.addWorksheet('隱藏').state = 'hidden';
  wb.getWorksheet('隱藏')?.addRow(['不讀']);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('the Excel reader', () => {
  it('reads a sheet laid out by hand as one table of its used range, merges as spans, values as shown', async () => {
    const doc = readXlsxPages(await scorecard(), 's.xlsx');
    expect(doc.pages.map((p) => [p.number, p.kind, p.name])).toEqual([[1, 'sheet', '平衡計分卡']]);
    const table = doc.pages[0]?.items[0] as TableFrame;
    expect(gridOf(table)).toEqual([
      ['策略目標/1x1', 'KPI/1x1', '目標值/1x1'],
      ['AC1 提升滿意度/2x1', 'AC1.1 滿意度/1x1', '90.5%/1x1'],
      ['·', 'AC1.2 參與人次/1x1', '12,500/1x1'],
      ['合計/1x2', '·', '2/1x1'],
    ]);
    // Column A (48 pt) and row 1 (15 pt) are left of and above the used range.
    expect(table.box).toMatchObject({ x: 48, y: 15 });
    expect(table.columns?.[0]).toBe(105);
  });

  it("reads the text boxes of a sheet's drawing", async () => {
    const drawing = `<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="0" cy="0"/>${textShape(2, [300, 100, 120, 40], ['AP1 精進流程']).replaceAll('p:', 'xdr:')}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdD" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;
    const bytes = editParts(await scorecard(), {
      'xl/drawings/drawing1.xml': () => drawing,
      'xl/worksheets/_rels/sheet1.xml.rels': () => rels,
    });
    const frame = readXlsxPages(bytes, 'd.xlsx').pages[0]?.items.find(
      (i): i is TextFrame => i.kind === 'text',
    );
    expect(frame).toMatchObject({
      lines: ['AP1 精進流程'],
      box: { x: 300, y: 100, w: 120, h: 40 },
      outlined: true,
    });
  });

  it("tells Stratmap's own workbook from one laid out by hand", async () => {
    expect(isStratmapWorkbook(await writeXlsx(samplePlan('臺北市政府人事處-110.json')))).toBe(true);
    expect(isStratmapWorkbook(await scorecard())).toBe(false);
    expect(isStratmapWorkbook(new TextEncoder().encode('AC1 x'))).toBe(false);
  });

  it('shows numbers in their formats', () => {
    expect(displayNumber(0.25, '0%')).toBe('25%');
    expect(displayNumber(1234.5, '#,##0.00')).toBe('1,234.50');
    expect(displayNumber(0.1 + 0.2, 'General')).toBe('0.3');
    expect(displayNumber(44197, 'yyyy/m/d')).toBe('2021/1/1');
    expect(displayNumber(6, '0"場"')).toBe('6');
  });
});
