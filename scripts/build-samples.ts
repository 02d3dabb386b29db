/**
 * Imports every document in test/fixtures/seeds (copied from ../shared/seeds) and writes samples/<org>-<year>.json plus
 * samples/index.json, which the app loads on first start. Output is deterministic so that
 * re-running it on unchanged seeds changes nothing in git.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isImportError } from '../src/import/errors';
import { buildSampleSet } from '../src/import/samples';
import { SEED_DIR } from './corpus/plans';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = SEED_DIR;
const outDir = join(root, 'samples');

if (!existsSync(seedDir) || !statSync(seedDir).isDirectory()) {
  console.error(`build-samples: the seed folder ${seedDir} does not exist; nothing to build`);
  process.exit(1);
}

try {
  const documents = readdirSync(seedDir)
    .filter((name) => statSync(join(seedDir, name)).isFile())
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(seedDir, name))) }));
  const set = buildSampleSet(documents);
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) if (old.endsWith('.json')) rmSync(join(outDir, old));
  for (const f of set.files) writeFileSync(join(outDir, f.name), f.content);
  writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(set.index, null, 2)}\n`);
  for (const e of set.index) {
    console.log(
      `${e.file}: ${e.counts.themes} themes, ${e.counts.objectives} objectives, ${e.counts.kpis} KPIs, ${e.counts.actions} actions (from ${e.source})`,
    );
  }
} catch (e) {
  console.error(`build-samples: ${isImportError(e) ? e.message : String(e)}`);
  process.exit(1);
}
