/**
 * Eight PDF exports of eight different plans at once (issue 12, item 9), measured while they run:
 * how many Chromium processes exist, and their memory plus the server's (RSS summed as `ps`
 * shows it, and PSS, which counts shared pages once). `before_*` prints the same eight plans the
 * way Stratmap did before one browser served every PDF: a browser launched per export, in this
 * process. `after_*` asks a real `stratmap serve` over HTTP, so its one browser and its queue
 * are measured as deployed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PlanDocument } from '../src/domain/plan-document';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/export/pdf-renderer';
import { reportHtml } from '../src/export/report-html';
import { samplePlans } from '../src/export/test-plans';
import { chromiumUnder, descendants, processTable, pssKb, stillRunning } from '../test/support/process-tree';
import { signInHeaders, startServerProcess } from '../test/support/server-process';
import type { BenchResult } from './bench';

export const name = 'pdf-exports';

export const targets = {
  after_browser_launches: 1,
  after_chromium_processes_peak: 15,
  after_failed_exports: 0,
  after_chromium_left_after_shutdown: 0,
};

export const available = () => existsSync(CHROMIUM_PATH);

const PARALLEL = 8;
const PASSWORD = 'bench-password-1';
const BIN = path.resolve(import.meta.dirname, '../bin/stratmap.js');

/** Eight plans: the samples, and copies of them under other organisation names. */
function eightPlans(): PlanDocument[] {
  const samples = samplePlans();
  return Array.from({ length: PARALLEL }, (_, i) => {
    const plan = structuredClone(samples[i % samples.length] as PlanDocument);
    if (i >= samples.length) plan.org = { ...plan.org, name: `${plan.org.name}（第${i + 1}份）` };
    return plan;
  });
}

interface Peak {
  processes: number;
  browsers: Set<number>;
  chromiumRssMb: number;
  totalRssMb: number;
  totalPssMb: number;
}

/** Samples the Chromium processes below `root` (and `root` itself) every 100 ms until stopped. */
function sample(root: number) {
  const peak: Peak = { processes: 0, browsers: new Set(), chromiumRssMb: 0, totalRssMb: 0, totalPssMb: 0 };
  const tick = () => {
    const table = processTable();
    const chromium = descendants(root, table).filter((p) => /chrom/i.test(p.command));
    const self = table.find((p) => p.pid === root);
    const chromiumRss = chromium.reduce((s, p) => s + p.rssKb, 0) / 1024;
    const pss = (chromium.reduce((s, p) => s + pssKb(p.pid), 0) + pssKb(root)) / 1024;
    for (const p of chromium) if (p.ppid === root) peak.browsers.add(p.pid);
    peak.processes = Math.max(peak.processes, chromium.length);
    peak.chromiumRssMb = Math.max(peak.chromiumRssMb, chromiumRss);
    peak.totalRssMb = Math.max(peak.totalRssMb, chromiumRss + (self?.rssKb ?? 0) / 1024);
    peak.totalPssMb = Math.max(peak.totalPssMb, pss);
  };
  tick();
  const timer = setInterval(tick, 100);
  return {
    stop(): Peak {
      clearInterval(timer);
      tick();
      return peak;
    },
  };
}

const mb = (x: number) => Math.round(x);

/** The pre-issue-12 writer: a browser of its own for every export. */
async function before(plans: PlanDocument[]): Promise<BenchResult> {
  const { chromium } = await import('playwright-core');
  const sampler = sample(process.pid);
  const started = performance.now();
  await Promise.all(
    plans.map(async (plan) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(reportHtml(plan), { waitUntil: 'load' });
        await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
      } finally {
        await browser.close();
      }
    }),
  );
  const wall = performance.now() - started;
  const peak = sampler.stop();
  return {
    before_browser_launches: peak.browsers.size,
    before_chromium_processes_peak: peak.processes,
    before_chromium_rss_mb_peak: mb(peak.chromiumRssMb),
    before_total_rss_mb_peak: mb(peak.totalRssMb),
    before_total_pss_mb_peak: mb(peak.totalPssMb),
    before_wall_ms: Math.round(wall),
  };
}

async function after(plans: PlanDocument[]): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stratmap-bench-pdf-'));
  const server = await startServerProcess([BIN, 'serve', '--port', '0'], {
    STRATMAP_DATA_DIR: path.join(dir, 'data'),
    DATABASE_URL: '',
    STRATMAP_ADMIN_PASSWORD: PASSWORD,
  });
  const pid = server.child.pid as number;
  try {
    const headers = {
      ...(await signInHeaders(server.url, 'admin', PASSWORD)),
      'content-type': 'application/json',
    };
    const copies = plans.slice(samplePlans().length);
    const imported = await fetch(`${server.url}/api/plans/import`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ plans: copies }),
    });
    if (imported.status !== 200) throw new Error(`import: ${imported.status} ${await imported.text()}`);
    const listed = (await (await fetch(`${server.url}/api/plans`, { headers })).json()) as {
      plans: { id: number }[];
    };
    const ids = listed.plans.map((p) => p.id).slice(0, PARALLEL);
    const idleRss = processTable().find((p) => p.pid === pid)?.rssKb ?? 0;

    const sampler = sample(pid);
    const started = performance.now();
    const statuses = await Promise.all(
      ids.map(async (id) => {
        const res = await fetch(`${server.url}/api/plans/${id}/export.pdf`, { headers });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const wall = performance.now() - started;
    const peak = sampler.stop();
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    const browser = chromiumUnder(pid).map((p) => p.pid);
    server.child.kill('SIGTERM');
    await exited;
    const left = (await stillRunning(browser)).length;
    return {
      after_browser_launches: peak.browsers.size,
      after_chromium_processes_peak: peak.processes,
      after_chromium_rss_mb_peak: mb(peak.chromiumRssMb),
      after_total_rss_mb_peak: mb(peak.totalRssMb),
      after_total_pss_mb_peak: mb(peak.totalPssMb),
      after_server_rss_mb_idle: mb(idleRss / 1024),
      after_wall_ms: Math.round(wall),
      after_ok_exports: statuses.filter((s) => s === 200).length,
      after_busy_exports: statuses.filter((s) => s === 503).length,
      after_failed_exports: statuses.filter((s) => s !== 200 && s !== 503).length,
      after_chromium_left_after_shutdown: left,
    };
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult> {
  const plans = eightPlans();
  return { ...(await before(plans)), ...(await after(plans)) };
}
