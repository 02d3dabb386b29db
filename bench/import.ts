/**
 * How long importing every seed document takes after warm-up (target: well under 100 ms for
 * all of them together). Run with `npx tsx bench/import.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '../src/import';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = resolve(root, '..', 'shared', 'seeds');
const fixtureDir = join(root, 'test', 'fixtures', 'import');
const dirs = [seedDir, fixtureDir].filter((d) => existsSync(d));
const docs = dirs.flatMap((d) =>
  readdirSync(d).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(d, name))) })),
);
if (docs.length === 0) {
  console.error('bench/import: no seed or fixture documents found');
  process.exit(1);
}

const runAll = () => {
  let plans = 0;
  for (const d of docs) plans += importDocument(d.bytes, d.name).plans.length;
  return plans;
};
for (let i = 0; i < 20; i++) runAll();
const rounds = 50;
const times: number[] = [];
let plans = 0;
for (let i = 0; i < rounds; i++) {
  const t0 = performance.now();
  plans = runAll();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(rounds / 2)] ?? 0;
const p95 = times[Math.floor(rounds * 0.95)] ?? 0;
console.log(
  `import: ${docs.length} documents → ${plans} plans; all together ${median.toFixed(2)} ms median, ${p95.toFixed(2)} ms p95 (target < 100 ms)`,
);
