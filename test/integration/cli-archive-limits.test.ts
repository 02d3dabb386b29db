import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from '../../src/domain/plan-document';
import { writeXlsx } from '../../src/export/xlsx';
import { zipBombWorkbook } from '../../src/import/archive/test-zips';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { engineName } from '../support/test-database';
import { trackedPlan } from '../support/tracking-fixtures';

const BIN = path.resolve(import.meta.dirname, '../../bin/stratmap.js');

/**
 * The `stratmap` command as a real process (bin/stratmap.js, which registers tsx through its
 * API): its imports parse in a worker thread that must load TypeScript by itself, get the same
 * archive limits as the server, and let the process exit when done.
 */
describe(`stratmap import and actuals import with archive limits, on ${engineName()}`, () => {
  let cli: CliEnv;
  const stratmap = (args: string[]) =>
    new Promise<{ code: number; out: string; err: string }>((resolve) => {
      const env = { ...process.env, ...cli.env };
      if (!cli.env.DATABASE_URL) delete env.DATABASE_URL;
      execFile(process.execPath, [BIN, ...args], { env, timeout: 120_000 }, (error, out, err) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, out, err }),
      );
    });
  const file = (name: string, bytes: Uint8Array) => {
    const at = path.join(cli.dir, name);
    writeFileSync(at, bytes);
    return at;
  };

  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('imports a real workbook through the worker, and refuses the zip bomb with exit 2 and no stack', async () => {
    const workbook = await writeXlsx(PlanDocumentSchema.parse(trackedPlan()));
    const imported = await stratmap(['import', file('plan.xlsx', workbook)]);
    expect(imported.code, imported.err).toBe(0);

    const refused = await stratmap(['import', file('bomb.xlsx', zipBombWorkbook(workbook, 300))]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/bomb\.xlsx: its part "xl\/sharedStrings\.xml" expands to 300\.\d MB/);
    expect(refused.err).not.toMatch(/\n\s+at /);
  });

  it('refuses the zip bomb as a sheet of actuals with exit 2, storing nothing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('實績').addRows([
      ['指標代碼', '期別', '實績值'],
      ['AC1.2', '110Q1', 80],
    ]);
    const sheet = new Uint8Array(await wb.xlsx.writeBuffer());
    const args = ['--org', '臺北市政府', '--year', '110', '--json'];
    const refused = await stratmap([
      'actuals',
      'import',
      file('q1-bomb.xlsx', zipBombWorkbook(sheet, 300)),
      ...args,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/q1-bomb\.xlsx: its part "xl\/sharedStrings\.xml" expands to 300\.\d MB/);
    const stored = await stratmap(['actuals', 'import', file('q1.xlsx', sheet), ...args]);
    expect(stored.code, stored.err).toBe(0);
    expect(JSON.parse(stored.out).stored).toHaveLength(1);
  });
});
