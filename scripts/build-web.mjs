#!/usr/bin/env node
// Builds the web app into dist/web when it is missing or older than its sources, so that
// `npm ci && npm start` works on a fresh machine. `--force` builds regardless.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist/web/index.html');
// The web app bundles the pure domain code and the SVG writer, so they count as its sources.
const sources = ['web', 'src/domain', 'src/export/svg.ts', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const force = process.argv.includes('--force');
const built = existsSync(out) ? statSync(out).mtimeMs : 0;
const changed = Math.max(...sources.map((s) => newest(join(root, s))));
if (!force && built > 0 && built >= changed) process.exit(0);

let build;
try {
  ({ build } = await import('vite'));
} catch {
  if (built > 0) {
    console.warn(
      'web app: sources changed but vite is not installed (npm ci without dev dependencies?); serving the existing build',
    );
    process.exit(0);
  }
  console.error(
    'web app: dist/web is missing and vite is not installed; run `npm ci` (with dev dependencies) first',
  );
  process.exit(1);
}
console.log(built ? 'web app: sources changed, building dist/web …' : 'web app: building dist/web …');
const started = Date.now();
await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
console.log(`web app: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
