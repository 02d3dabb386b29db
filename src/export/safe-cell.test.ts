import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from '../domain/plan-document';
import { readWorkbook } from '../import/workbook/read-workbook';
import { csvField, safeCellText, toCsvText, unquoteCell } from './safe-cell';
import { formulaLike, planWithTexts } from './test-plans';
import { writeXlsx } from './xlsx';

const FORMULA_START = /^[=+\-@\t\r]/;

describe('safe cells', () => {
  it('quotes every text a spreadsheet would take as a formula, and nothing else', () => {
    for (const text of [
      '=HYPERLINK("http://evil","點我")',
      '+886 2 2720 8889',
      '-5%',
      '@SUM(A1)',
      '\tx',
      '\rx',
    ])
      expect(safeCellText(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const text of ['提升效能', 'AC1.1', "'quoted", '5-3', 'a=b', ''])
      expect(safeCellText(text), text).toBe(text);
    expect(safeCellText("'=x")).toBe("''=x");
  });

  it('gives back exactly the text it was given, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('=', '+', '-', '@', "'", '\t', '\r', 'a', '中') }),
        (s) => {
          const written = safeCellText(s);
          expect(written).not.toMatch(FORMULA_START);
          expect(unquoteCell(written)).toBe(s);
        },
      ),
    );
  });

  it('drops control characters and keeps numbers as numbers in CSV', () => {
    expect(safeCellText('名\u0001稱\u000b')).toBe('名稱');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(85.5)).toBe('85.5');
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('=1,"2"')).toBe(`"'=1,""2"""`);
    expect(
      toCsvText([
        ['a', 1],
        ['=b', null],
      ]),
    ).toBe("\uFEFFa,1\r\n'=b,\r\n");
  });
});

describe('the plan workbook with names that start like formulas', () => {
  const plan = PlanDocumentSchema.parse(planWithTexts(formulaLike));

  it('writes no text cell a spreadsheet would run, and numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(plan)) as unknown as ArrayBuffer);
    let texts = 0;
    let numbers = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'number') numbers++;
          if (typeof cell.value !== 'string') return;
          texts++;
          expect(cell.value, `${ws.name}!${cell.address}`).not.toMatch(FORMULA_START);
        }),
      );
    }
    expect(texts).toBeGreaterThan(200);
    // Targets, actuals, weights, baselines and the year.
    expect(numbers).toBeGreaterThan(100);
    const kpis = wb.getWorksheet('KPI指標') as ExcelJS.Worksheet;
    const quoted = kpis.getColumn(3).values.filter((v) => typeof v === 'string' && v.startsWith("'"));
    expect(quoted.length).toBeGreaterThan(10);
  });

  it('reads back the names as they were, apostrophes before formula starts included', async () => {
    const back = await readWorkbook(await writeXlsx(plan));
    if (!back.ok) throw new Error(back.messages.join('\n'));
    const names = (p: typeof plan) =>
      [
        p.org.name,
        p.mission,
        p.vision,
        ...p.coreValues,
        ...p.themes.flatMap((t) => [t.name, t.lead, ...(t.members ?? []), t.cascadesFrom?.org]),
        ...p.objectives.map((o) => o.name),
        ...p.ksfs.map((k) => k.name),
        ...p.kpis.flatMap((k) => [k.name, k.unit, k.formula]),
        ...p.actions.map((a) => a.name),
        ...(p.actuals ?? []).flatMap((a) => [a.note, a.evidence, a.explanation, a.correctiveAction]),
      ]
        .filter((x): x is string => typeof x === 'string')
        .sort();
    expect(names(back.plan)).toEqual(names(plan));
    expect(names(plan).filter((n) => FORMULA_START.test(n)).length).toBeGreaterThan(50);
  });
});
