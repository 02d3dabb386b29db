/**
 * Reading a plan's deck in each laid-out form: a generated plan (8 themes, 24 objectives, 48
 * KPIs) as Stratmap's own 32-slide .pptx, that deck printed to PDF by LibreOffice, and the plan
 * written up in Word by LibreOffice. Each form is imported (read, flattened, recovered) once
 * cold (the first import of that form in this process: pdfjs and the XML parser load then) and
 * then warm (median of 5), with the CPU time of a warm import beside its wall-clock time (the
 * two differ when other work shares the machine). Target from issue 13: a 30-slide deck imports
 * in under 1 s.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert, haveLibreOffice } from '../scripts/corpus/libreoffice';
import { planHtml } from '../scripts/corpus/word';
import { writePptx } from '../src/export/pptx';
import { generatedPlan } from '../src/export/test-plans';
import { importDocument, readPages } from '../src/import';
import type { BenchResult } from './bench';

export const name = 'import-formats';

export const targets = { pptx_warm_ms: 1000, pdf_warm_ms: 1000, docx_warm_ms: 1000 };

/** LibreOffice prints the PDF and writes the Word file. */
export const available = () => haveLibreOffice();

const round = (n: number) => Math.round(n * 100) / 100;

/** Wall-clock time, and the CPU time this process spent (what an idle machine would take). */
async function timed(bytes: Uint8Array, fileName: string) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await importDocument(bytes, fileName);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    objectives: result.plans.reduce((n, p) => n + p.objectives.length, 0),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function coldAndWarm(bytes: Uint8Array, fileName: string) {
  const cold = await timed(bytes, fileName);
  const warm: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < 5; i++) warm.push(await timed(bytes, fileName));
  return {
    cold: cold.ms,
    coldCpu: cold.cpuMs,
    warm: median(warm.map((w) => w.ms)),
    warmCpu: median(warm.map((w) => w.cpuMs)),
    objectives: cold.objectives,
  };
}

export async function run(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'stratmap-formats-bench-'));
  try {
    const plan = generatedPlan(3);
    const deckFile = join(dir, 'deck.pptx');
    writeFileSync(deckFile, await writePptx(plan));
    const htmlFile = join(dir, 'plan.html');
    writeFileSync(htmlFile, planHtml(plan, { locale: 'zh-TW', cascadeNotes: {}, cascadeSentence: null }));
    const [pdf] = await convert([deckFile], { to: 'pdf:impress_pdf_Export', outDir: join(dir, 'pdf') });
    const [docx] = await convert([htmlFile], {
      to: 'docx:MS Word 2007 XML',
      inFilter: 'HTML (StarWriter)',
      outDir: join(dir, 'docx'),
    });
    const out: BenchResult = { plan_objectives: plan.objectives.length };
    for (const [form, file] of [
      ['pptx', deckFile],
      ['pdf', pdf],
      ['docx', docx],
    ] as const) {
      const bytes = new Uint8Array(readFileSync(file as string));
      const r = await coldAndWarm(bytes, `plan.${form}`);
      out[`${form}_kb`] = Math.round(bytes.length / 1024);
      out[`${form}_pages`] = (await readPages(bytes, `plan.${form}`)).pages.length;
      out[`${form}_cold_ms`] = round(r.cold);
      out[`${form}_cold_cpu_ms`] = round(r.coldCpu);
      out[`${form}_warm_ms`] = round(r.warm);
      out[`${form}_warm_cpu_ms`] = round(r.warmCpu);
      out[`${form}_objectives`] = r.objectives;
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
