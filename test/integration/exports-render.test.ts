import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutStrategyMap } from '../../src/domain/map-layout';
import type { PlanDocument } from '../../src/domain/plan-document';
import { readDeck } from '../../src/export/ooxml-inspect';
import { writePdf } from '../../src/export/pdf';
import { writePng } from '../../src/export/png';
import { writePptx } from '../../src/export/pptx';
import { generatedPlan, samplePlan } from '../../src/export/test-plans';
import { writeXlsx } from '../../src/export/xlsx';
import { decodePng } from '../support/png';

/**
 * Every export opened by a real client: LibreOffice converts the deck and the workbook to PDF,
 * poppler reads the text back, Chromium prints the report. Needs scripts/install-export-tools.sh
 * (npm test runs it). None of this touches the database, so the PostgreSQL pass skips it.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'stratmap-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function toPdf(file: string): string {
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 120_000,
    env: { ...process.env, HOME: dir },
  });
  return file.replace(/\.\w+$/, '.pdf');
}

const pages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const text = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

/** Codes, and names by their start: a cell may wrap a name across lines next to other cells. */
function expectObjectives(all: string, plan: PlanDocument) {
  for (const o of plan.objectives) {
    expect(all, o.code).toContain(o.code);
    expect(all, o.code).toContain(o.name.replace(/\s+/g, '').slice(0, 6));
  }
}

describe.skipIf(Boolean(process.env.STRATMAP_TEST_DATABASE_URL))('exports in real clients', () => {
  it('PPTX: LibreOffice shows one page per slide with every objective', async () => {
    for (const file of ['臺北市政府人事處-110.json', '臺北市立圖書館-108.json', '臺北市政府-110.json']) {
      const plan = samplePlan(file);
      const bytes = await writePptx(plan);
      const pptx = path.join(dir, file.replace('.json', '.pptx'));
      writeFileSync(pptx, bytes);
      const pdf = toPdf(pptx);
      expect(pages(pdf), file).toBe(readDeck(bytes).slides.length);
      const all = text(pdf);
      expectObjectives(all, plan);
      for (const k of plan.kpis) expect(all, k.code).toContain(k.code);
    }
  });

  it('PPTX: a plan with 80 long objectives opens, every slide a page, nothing lost', async () => {
    const plan = generatedPlan();
    const bytes = await writePptx(plan);
    const pptx = path.join(dir, 'generated.pptx');
    writeFileSync(pptx, bytes);
    const pdf = toPdf(pptx);
    expect(pages(pdf)).toBe(readDeck(bytes).slides.length);
    const all = text(pdf);
    for (const a of plan.actions) expect(all, a.code).toContain(a.code);
  });

  it('XLSX: LibreOffice prints every sheet with the objectives and KPIs', async () => {
    const plan = samplePlan('臺北市政府人事處-110.json');
    const xlsx = path.join(dir, 'hr.xlsx');
    writeFileSync(xlsx, await writeXlsx(plan));
    const pdf = toPdf(xlsx);
    expect(pages(pdf)).toBeGreaterThanOrEqual(plan.themes.length + 3);
    const all = text(pdf);
    expectObjectives(all, plan);
    for (const k of plan.kpis) expect(all, k.code).toContain(k.code);
  });

  it('PNG: the map at twice the layout size, with drawn content', () => {
    const plan = samplePlan('臺北市立圖書館-108.json');
    const layout = layoutStrategyMap(plan);
    const png = decodePng(writePng(plan));
    expect(png.width).toBe(Math.round(layout.width * 2));
    expect(png.height).toBe(Math.round(layout.height * 2));
    let ink = 0;
    for (let i = 0; i < png.pixels.length; i += png.channels) {
      if (
        (png.pixels[i] ?? 255) < 200 ||
        (png.pixels[i + 1] ?? 255) < 200 ||
        (png.pixels[i + 2] ?? 255) < 200
      )
        ink++;
    }
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.05);
    expect(() => writePng(plan, { fontFiles: [] })).toThrow('apt-get install fonts-noto-cjk');
  });

  it('PDF: Chromium prints the report on A4 landscape with the map and scorecards', async () => {
    const plan = samplePlan('臺北市立圖書館-108.json');
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, await writePdf(plan));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    expect(pages(file)).toBeGreaterThanOrEqual(3 + plan.themes.length);
    expectObjectives(text(file), plan);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
