/**
 * The whole import corpus (scripts/corpus): every plan × deck style × writer, Word and PDF, and
 * every text variation. Prints per form and per source plan the elements recovered exactly out
 * of the total and the findings raised, and times each import: cold (the first import of that
 * form in this process) and warm (median of later ones). Target: a deck imports in under 1 s.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../scripts/corpus/corpus';
import { haveLibreOffice } from '../scripts/corpus/libreoffice';
import { SEED_DIR } from '../scripts/corpus/plans';
import { tryImportDocument } from '../src/import';
import { resultTable, runForm, summaryTable } from '../test/corpus/run-forms';
import type { BenchResult } from './bench';

export const name = 'import-corpus';

export const targets = { deck_import_warm_max_ms: 1000 };

/** LibreOffice draws the second writer's files and the seeds are the text variations' source. */
export const available = () => haveLibreOffice() && existsSync(SEED_DIR);

async function warmMedian(bytes: Uint8Array, fileName: string, rounds: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await tryImportDocument(bytes, fileName);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function run(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'stratmap-corpus-bench-'));
  try {
    const t0 = performance.now();
    const manifest = await buildCorpus({ out: dir, slice: 'full', log: (l) => console.error(`  ${l}`) });
    const generateMs = performance.now() - t0;
    const results: Awaited<ReturnType<typeof runForm>>[] = [];
    const warm: number[] = [];
    for (const e of manifest.entries) results.push(await runForm(dir, e));
    for (const e of manifest.entries) {
      const bytes = new Uint8Array(readFileSync(join(dir, e.file)));
      warm.push(await warmMedian(bytes, e.file.split('/').pop() as string, 5));
    }
    console.error(resultTable(results, 2));
    console.error('\nper form: import cold / warm ms');
    results.forEach((r, i) => {
      console.error(`  ${r.entry.id}  cold ${round(r.importMs)}  warm ${round(warm[i] ?? 0)}`);
    });
    const heading = 'elements exact/total, forms without unexplained differences, findings';
    console.error(`\nper source plan: ${heading}`);
    console.error(summaryTable(results, (r) => r.entry.source.id));
    console.error(`\nper source plan and writer: ${heading}`);
    console.error(summaryTable(results, (r) => `${r.entry.source.id}  ${r.entry.writer}`));
    const tally = results.flatMap((r) => Object.values(r.comparison.tally));
    const decks = results.flatMap((r, i) => (/\.(pptx|pdf|docx)$/.test(r.entry.file) ? [warm[i] ?? 0] : []));
    return {
      forms: results.length,
      forms_exact_or_explained: results.filter((r) => !r.refused && r.comparison.unexplained.length === 0)
        .length,
      forms_refused: results.filter((r) => r.refused).length,
      elements_exact: tally.reduce((s, t) => s + t.exact, 0),
      elements_total: tally.reduce((s, t) => s + t.total, 0),
      unexplained_differences: results.reduce((s, r) => s + r.comparison.unexplained.length, 0),
      findings: results.reduce((s, r) => s + r.comparison.findings, 0),
      generate_ms: round(generateMs),
      import_cold_max_ms: round(Math.max(...results.map((r) => r.importMs))),
      import_warm_median_ms: round([...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)] ?? 0),
      deck_import_warm_max_ms: round(Math.max(0, ...decks)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
