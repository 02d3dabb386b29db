/**
 * Importing every seed document (test/fixtures/seeds, copied from ../shared/seeds) and import fixture after warm-up. Target: all
 * of them together well under 100 ms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DIR } from '../scripts/corpus/plans';
import { importTextDocument } from '../src/import';
import type { BenchResult } from './bench';

export const name = 'import';

export const targets = { all_median_ms: 100 };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function loadDocuments(): { name: string; bytes: Uint8Array }[] {
  const dirs = [SEED_DIR, join(root, 'test', 'fixtures', 'import')];
  return dirs
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d).map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(join(d, file))) })),
    );
}

export async function run(): Promise<BenchResult> {
  const docs = loadDocuments();
  if (docs.length === 0) throw new Error('no seed or fixture documents found');
  const importAll = () => {
    let plans = 0;
    for (const d of docs) plans += importTextDocument(d.bytes, d.name).plans.length;
    return plans;
  };
  // Warm-up lets the JIT settle, so the figures are what a running server sees.
  for (let i = 0; i < 20; i++) importAll();
  const rounds = 50;
  const times: number[] = [];
  let plans = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    plans = importAll();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    documents: docs.length,
    plans,
    all_median_ms: times[Math.floor(rounds / 2)] ?? 0,
    all_p95_ms: times[Math.floor(rounds * 0.95)] ?? 0,
  };
}
