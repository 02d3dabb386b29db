/**
 * `npm run corpus [-- --out DIR] [--slice test|full]`: writes the import corpus into a folder for
 * people to look at (decks, PDFs, Word files, texts, manifest.json and the expected plans).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus';
import { haveLibreOffice, SOFFICE } from './libreoffice';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'corpus-out' }, slice: { type: 'string', default: 'full' } },
});
if (values.slice !== 'test' && values.slice !== 'full') {
  console.error(`--slice must be "test" or "full", not "${values.slice}"`);
  process.exit(2);
}
if (!haveLibreOffice()) {
  console.error(`LibreOffice is not installed (${SOFFICE}); run: bash scripts/install-export-tools.sh`);
  process.exit(1);
}
const out = resolve(values.out);
rmSync(out, { recursive: true, force: true });
const manifest = await buildCorpus({ out, slice: values.slice, log: (l) => console.error(l) });
console.log(`${manifest.entries.length} files and manifest.json written to ${out}`);
