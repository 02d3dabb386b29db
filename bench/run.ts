/**
 * `npm run bench [-- NAME…]`: runs the benchmark modules (all, or those named), prints a table
 * and writes bench/results.json. Exits 1 when a metric misses its target, so a slowdown is seen.
 * A new benchmark is a module exporting `name`, `run()` and optionally `targets`, listed below.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchModule, BenchResult } from './bench';
import * as cityScoresBench from './city-scores';
import * as exportBench from './export';
import * as importBench from './import';
import * as importCorpusBench from './import-corpus';
import * as importFormatsBench from './import-formats';
import { largePlanPglite, largePlanPostgres } from './large-plan';
import * as pdfExportsBench from './pdf-exports';
import { pgliteBench, postgresBench } from './server';
import * as webBench from './web';
import * as zipBombBench from './zip-bomb';

const MODULES: BenchModule[] = [
  importBench,
  importCorpusBench,
  importFormatsBench,
  exportBench,
  cityScoresBench,
  pdfExportsBench,
  pgliteBench,
  postgresBench,
  largePlanPglite,
  largePlanPostgres,
  webBench,
  zipBombBench,
];

interface Row {
  bench: string;
  metric: string;
  value: number;
  target?: number;
  minimum?: number;
}

const missed = (r: Row) =>
  (r.target !== undefined && r.value > r.target) || (r.minimum !== undefined && r.value < r.minimum);

function format(metric: string, value: number): string {
  return metric.endsWith('_ms') ? `${value.toFixed(2)} ms` : String(value);
}

function printTable(rows: Row[]): void {
  const cells = rows.map((r) => [
    r.bench,
    r.metric,
    format(r.metric, r.value),
    r.target !== undefined
      ? `${missed(r) ? 'MISSED' : 'ok'} (< ${format(r.metric, r.target)})`
      : r.minimum !== undefined
        ? `${missed(r) ? 'MISSED' : 'ok'} (≥ ${format(r.metric, r.minimum)})`
        : '',
  ]);
  const header = ['bench', 'metric', 'value', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => s.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !MODULES.some((m) => m.name === w));
  if (unknown.length > 0) {
    console.error(
      `unknown benchmark(s): ${unknown.join(', ')}; known: ${MODULES.map((m) => m.name).join(', ')}`,
    );
    return 2;
  }
  const selected = wanted.length > 0 ? MODULES.filter((m) => wanted.includes(m.name)) : MODULES;
  const results: Record<string, BenchResult> = {};
  const rows: Row[] = [];
  for (const m of selected) {
    if (m.available && !m.available()) {
      console.error(
        `skipping ${m.name}: not available on this machine (PostgreSQL: run through npm run bench)`,
      );
      continue;
    }
    console.error(`running ${m.name}…`);
    const result = await m.run();
    results[m.name] = result;
    for (const [metric, value] of Object.entries(result)) {
      const row: Row = { bench: m.name, metric, value };
      const target = m.targets?.[metric];
      const minimum = m.minimums?.[metric];
      if (target !== undefined) row.target = target;
      if (minimum !== undefined) row.minimum = minimum;
      rows.push(row);
    }
  }
  printTable(rows);
  const file = join(dirname(fileURLToPath(import.meta.url)), 'results.json');
  // Issue 8 reads the server numbers per engine at the top level.
  const record = {
    ranAt: new Date().toISOString(),
    node: process.version,
    pglite: results['server-pglite'],
    postgres: results['server-postgres'],
    results,
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.error(`wrote ${file}`);
  return rows.some(missed) ? 1 : 0;
}

process.exitCode = await main();
