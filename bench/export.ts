/**
 * The deck and the workbook of the largest sample plan (most elements), after warm-up. Target:
 * each well under 1 s. The 80-objective generated plan is reported alongside, without a target.
 */
import type { PlanDocument } from '../src/domain/plan-document';
import { writePptx } from '../src/export/pptx';
import { generatedPlan, samplePlans } from '../src/export/test-plans';
import { writeXlsx } from '../src/export/xlsx';
import type { BenchResult } from './bench';

export const name = 'export';

export const targets = { pptx_median_ms: 500, xlsx_median_ms: 500 };

const size = (p: PlanDocument) => p.objectives.length + p.ksfs.length + p.kpis.length + p.actions.length;

async function median(work: () => Promise<unknown>, rounds: number): Promise<number> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 100) / 100;
}

export async function run(): Promise<BenchResult> {
  const largest = samplePlans().reduce((a, b) => (size(b) > size(a) ? b : a));
  console.error(`largest sample: ${largest.org.name} ${largest.year} (${size(largest)} elements)`);
  const generated = generatedPlan();
  return {
    pptx_median_ms: await median(() => writePptx(largest), 15),
    xlsx_median_ms: await median(() => writeXlsx(largest), 15),
    pptx_80_objectives_ms: await median(() => writePptx(generated), 3),
    xlsx_80_objectives_ms: await median(() => writeXlsx(generated), 3),
  };
}
