import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import CFB from 'cfb';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/domain/plan-document';
import { writePptx } from '../../src/export/pptx';
import { samplePlan } from '../../src/export/test-plans';
import { writeXlsx } from '../../src/export/xlsx';
import { importDocument } from '../../src/import';
import { scannedPdf } from '../../src/import/readers/pdf/test-pdfs';
import { deck } from '../../src/import/readers/test-office';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

/**
 * The agencies' files through the whole importer: Stratmap's own decks of the sample plans come
 * back with their codes and names, over HTTP and on the command line findings say the slide and
 * line, and the honest refusals reach the caller as 400s with their codes.
 */

const SAMPLES = ['臺北市政府人事處-110.json', '臺北市政府教育局-110.json', '臺北市立圖書館-108.json'];
const SOFFICE = '/usr/bin/soffice';

/** What a plan says, element by element, as codes and names (and a KPI's formula and unit). */
function contents(p: PlanDocument) {
  return {
    org: p.org.name,
    year: p.year,
    mission: p.mission,
    vision: p.vision,
    themes: p.themes.map((t) => `${t.letter} ${t.name}`),
    objectives: p.objectives.map((o) => `${o.code} ${o.name}`),
    ksfs: p.ksfs.map((k) => `${k.objective} ${k.name}`).sort(),
    kpis: p.kpis.map((k) => `${k.code} ${k.name} | ${k.formula ?? ''} | ${k.unit ?? ''}`),
    actions: p.actions.map((a) => `${a.code} ${a.name}`),
  };
}

const FINDING_DECK = (pptx: import('pptxgenjs').default) => {
  pptx.addSlide().addText('臺北市政府測試局 112年策略地圖', { x: 1, y: 1, w: 8, h: 1 });
  const s = pptx.addSlide();
  s.addText('AC1 提升市民滿意度', { x: 1, y: 1, w: 3, h: 1 });
  s.addText('AP1 精進服務流程', { x: 1, y: 3, w: 3, h: 1 });
  pptx.addSlide().addTable(
    [
      [{ text: '策略目標' }, { text: 'KPI' }],
      [{ text: 'AC1 提升民眾滿意程度' }, { text: 'AC1.1 滿意度' }],
      [{ text: 'AP1 精進服務流程' }, { text: 'AP1.1 流程簡化件數' }],
    ],
    { x: 1, y: 1, w: 8 },
  );
};

describe('the sample plans from their own decks', () => {
  for (const file of SAMPLES) {
    it(`${file}: every code and name comes back from the .pptx`, async () => {
      const plan = samplePlan(file);
      const result = await importDocument(await writePptx(plan), file.replace('.json', '.pptx'));
      const back = result.plans.find((p) => p.org.name === plan.org.name && p.year === plan.year);
      expect(back && contents(back)).toEqual(contents(plan));
    });
  }

  it.skipIf(!existsSync(SOFFICE))(
    'and from the deck printed to PDF by LibreOffice',
    async () => {
      const plan = samplePlan(SAMPLES[0] as string);
      const dir = mkdtempSync(path.join(tmpdir(), 'stratmap-pdf-'));
      try {
        writeFileSync(path.join(dir, 'deck.pptx'), await writePptx(plan));
        execFileSync(
          SOFFICE,
          ['--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'deck.pptx')],
          {
            stdio: 'ignore',
            env: { ...process.env, HOME: dir },
          },
        );
        const result = await importDocument(
          new Uint8Array(readFileSync(path.join(dir, 'deck.pdf'))),
          'deck.pdf',
        );
        expect(result.plans.map(contents)).toEqual([contents(plan)]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

describe(`importing laid-out files over HTTP on ${engineName()}`, () => {
  let t: TestApp;
  const upload = (body: Uint8Array, fileName: string) =>
    t.request('POST', `/api/imports/preview?fileName=${encodeURIComponent(fileName)}`, Buffer.from(body), {
      'content-type': 'application/octet-stream',
    });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('previews a deck; its findings say the slide and the line within it', async () => {
    const res = await upload(await deck(FINDING_DECK), 'deck.pptx');
    expect(res.status).toBe(200);
    expect(res.body.plans.map((p: PlanDocument) => [p.org.name, p.year])).toEqual([
      ['臺北市政府測試局', 112],
    ]);
    const variant = res.body.findings.find((f: { rule: string }) => f.rule === 'name-variant');
    expect(variant).toMatchObject({ codes: ['AC1'], page: { kind: 'slide', number: 2 }, line: 1 });
    expect(variant.message.zh).toContain('投影片 3 第 2 行「提升民眾滿意程度」');
    expect(variant.message.en).toContain('"提升市民滿意度" (slide 2, line 1)');
    const unplaced = res.body.findings.find((f: { line: number | null }) => f.line === null);
    expect(unplaced.page).toBeNull();
  });

  it("reads a workbook laid out by hand as a document, and Stratmap's own workbook as its export", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('計分卡');
    ws.addRow(['臺北市政府測試局 112年平衡計分卡']);
    ws.addRow(['策略目標', 'KPI']);
    ws.addRow(['AC1 提升市民滿意度', 'AC1.1 滿意度']);
    const hand = await upload(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'hand.xlsx');
    expect(hand.status).toBe(200);
    expect(hand.body.plans[0]).toMatchObject({ org: { name: '臺北市政府測試局' }, year: 112 });
    expect(hand.body.plans[0].kpis).toMatchObject([{ code: 'AC1.1', name: '滿意度' }]);
    const own = await upload(await writeXlsx(samplePlan(SAMPLES[0] as string)), 'own.xlsx');
    expect(own.status).toBe(200);
    expect(contents(own.body.plans[0])).toEqual(contents(samplePlan(SAMPLES[0] as string)));
  });

  it('refuses an encrypted Office file and a scanned PDF with 400, their codes and both languages', async () => {
    const file = CFB.utils.cfb_new();
    for (const s of ['EncryptionInfo', 'EncryptedPackage']) CFB.utils.cfb_add(file, s, new Uint8Array([1]));
    const locked = await upload(
      new Uint8Array(CFB.write(file, { type: 'array' }) as number[]),
      'locked.pptx',
    );
    expect(locked.status).toBe(400);
    expect(locked.body.details).toMatchObject({ code: 'encrypted-office-file', fileName: 'locked.pptx' });
    expect(locked.body.details.messageZh).toContain('設有開啟密碼');
    const scan = await upload(scannedPdf(2), 'scan.pdf');
    expect(scan.status).toBe(400);
    expect(scan.body.details).toMatchObject({ code: 'pdf-no-text' });
    expect(scan.body.message).toContain('2 page(s) and 2 picture(s)');
    expect(JSON.stringify(scan.body)).not.toMatch(/\\n\s+at /);
  });
});

describe('the command line', () => {
  let cli: CliEnv;
  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('says where a finding is by slide and line, in zh-TW and in English', async () => {
    const file = path.join(cli.dir, 'deck.pptx');
    writeFileSync(file, await deck(FINDING_DECK));
    const zh = await cli.run(['lint', file]);
    expect(zh.out).toContain(`${file}:投影片 2:1  warning  name-variant  AC1`);
    const en = await cli.run(['lint', file, '--lang', 'en']);
    expect(en.out).toContain(`${file}: slide 2, line 1  warning  name-variant  AC1`);
  });
});
