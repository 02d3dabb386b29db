/**
 * The web app's budgets: the JavaScript a first visit downloads (gzip, the entry script and its
 * modulepreloads) and the time until the strategy map of the largest sample plan is interactive
 * (every objective card a focusable button), measured in Debian Chromium from navigation start.
 * Also the chart library's own chunk, which only pages with charts download.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch } from '../e2e/support/browser';
import type { BenchResult } from './bench';

export const name = 'web';
export const targets = { initial_js_gzip_kb: 400, map_interactive_ms: 1000, chart_chunk_gzip_kb: 250 };

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist/web');
const PASSWORD = 'bench-admin-password';

/** Runs in the page (a function, not a string: the CSP forbids eval); typed without the DOM library. */
function cardsReady(n: number): boolean {
  const { document } = globalThis as unknown as {
    document: { querySelectorAll(s: string): { length: number } };
  };
  return document.querySelectorAll('g.objective[data-code][tabindex="0"]').length >= n;
}

function initialJsGzipKb(): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  const bytes = urls.reduce(
    (sum, url) => sum + gzipSync(readFileSync(join(dist, url)), { level: 9 }).length,
    0,
  );
  return Math.round((bytes / 1024) * 10) / 10;
}

/** ECharts (tree-shaken, in `web/src/features/dashboards/echarts.ts`), loaded on demand by the charts. */
function chartChunkGzipKb(): number {
  const file = readdirSync(join(dist, 'assets')).find((f) => /^echarts-[\w-]+\.js$/.test(f));
  if (!file) throw new Error('no assets/echarts-*.js in dist/web: is echarts imported statically somewhere?');
  const bytes = gzipSync(readFileSync(join(dist, 'assets', file)), { level: 9 }).length;
  return Math.round((bytes / 1024) * 10) / 10;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'bin/stratmap.js'), 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      STRATMAP_DATA_DIR: dataDir,
      STRATMAP_ADMIN_PASSWORD: PASSWORD,
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('the server did not start within a minute');
}

export async function run(): Promise<BenchResult> {
  execFileSync(process.execPath, [join(root, 'scripts/build-web.mjs')], { stdio: 'inherit' });
  const initial = initialJsGzipKb();
  const chart = chartChunkGzipKb();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'stratmap-bench-web-'));
  const server = await startServer(port, join(dataDir, 'db'));
  const browser = await launch();
  try {
    const base = `http://localhost:${port}`;
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('帳號').fill('admin');
    await page.getByLabel('密碼').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*入/ }).click();
    await page.getByTestId('user-name').waitFor();

    // The largest plan by objectives, found through the API as the browser sees it.
    const largest = await page.evaluate(async () => {
      const { plans } = (await (await fetch('/api/plans')).json()) as { plans: { id: number }[] };
      let best = { id: 0, objectives: -1 };
      for (const p of plans) {
        const detail = (await (await fetch(`/api/plans/${p.id}`)).json()) as { objectives: unknown[] };
        if (detail.objectives.length > best.objectives)
          best = { id: p.id, objectives: detail.objectives.length };
      }
      return best;
    });

    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      await page.goto(`/plans/${largest.id}/map`);
      await page.waitForFunction(cardsReady, largest.objectives);
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms); // the first visit fills the browser cache
    }
    times.sort((a, b) => a - b);
    return {
      initial_js_gzip_kb: initial,
      chart_chunk_gzip_kb: chart,
      map_interactive_ms: times[Math.floor(times.length / 2)] ?? 0,
    };
  } finally {
    await browser.close();
    server.kill();
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
