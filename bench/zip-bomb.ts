/**
 * Issue 12, item 2: the zip bomb (a workbook under 1 MB whose shared strings inflate to 300 MB)
 * sent to the import preview and the actuals upload of a real `stratmap serve` process, with
 * /api/health asked every 20 ms meanwhile. Reports each endpoint's response time, the slowest
 * health answer, the server's peak RSS while the bombs are processed (sampled every 5 ms from
 * /proc, worker threads included) and its RSS before and after; the same for a header that lies
 * about its size (refused in a worker), a real plan workbook and a legitimate but heavy sheet of
 * 40,000 rows (both parsed in a worker); and the RSS once the idle worker has been ended.
 * Baseline: after one real preview (a worker running, parsers loaded).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeXlsx } from '../src/export/xlsx';
import { heavyWorkbook, lyingWorkbook, zipBombWorkbook } from '../src/import/archive/test-zips';
import { PARSE_POOL } from '../src/import/workers/parse-off-thread';
import { readSamplePlans } from '../src/services/plans/import-sample-data';
import { signInHeaders, startServerProcess } from '../test/support/server-process';
import type { BenchResult } from './bench';

export const name = 'zip-bomb';

export const targets = {
  bomb_preview_ms: 500,
  bomb_upload_ms: 500,
  health_slowest_bombs_ms: 1000,
  peak_rss_growth_mb: 64,
  health_failures: 0,
  heavy_sheet_upload_ms: 15_000,
};

const PASSWORD = 'bench-password-1';
const BIN = path.resolve(import.meta.dirname, '../bin/stratmap.js');
const ROUNDS = 5;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** The highest RSS seen while `work` runs, sampled every 5 ms. */
async function peakRssDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = rssMb(pid);
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, rssMb(pid));
  }, 5);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peakMb, rssMb(pid)) };
  } finally {
    clearInterval(timer);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function run(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stratmap-bomb-'));
  const server = await startServerProcess([BIN, 'serve', '--port', '0'], {
    STRATMAP_DATA_DIR: path.join(dir, 'data'),
    DATABASE_URL: '',
    STRATMAP_ADMIN_PASSWORD: PASSWORD,
  });
  const pid = server.child.pid as number;
  try {
    const headers = {
      ...(await signInHeaders(server.url, 'admin', PASSWORD)),
      'content-type': 'application/octet-stream',
    };
    const plans = (await (await fetch(`${server.url}/api/plans`, { headers })).json()) as {
      plans: { id: number; orgName: string; year: number }[];
    };
    const samples = readSamplePlans();
    const plan = samples.find((p) => p.kpis.length > 0) ?? samples[0];
    const stored = plans.plans.find((p) => p.orgName === plan?.org.name && p.year === plan?.year);
    if (!plan || !stored) throw new Error('the sample plans were not loaded');

    const workbook = await writeXlsx(plan);
    const sheet = new ExcelJS.Workbook();
    sheet.addWorksheet('實績').addRows([
      ['指標代碼', '期別', '實績值'],
      [plan.kpis[0]?.code ?? 'X', `${plan.year}`, 1],
    ]);
    const actuals = new Uint8Array(await sheet.xlsx.writeBuffer());
    const preview = `${server.url}/api/imports/preview?fileName=bomb.xlsx`;
    const upload = `${server.url}/api/plans/${stored.id}/actuals/upload?fileName=bomb.xlsx`;
    const send = async (url: string, body: Uint8Array, expected: number) => {
      const started = performance.now();
      const res = await fetch(url, { method: 'POST', headers, body });
      await res.arrayBuffer();
      if (res.status !== expected) throw new Error(`${url}: ${res.status}, expected ${expected}`);
      return performance.now() - started;
    };

    // Health checks all along, as a load balancer would ask.
    const health: { sent: number; ms: number }[] = [];
    let healthFailures = 0;
    let checking = true;
    const checks = (async () => {
      while (checking) {
        const started = performance.now();
        const res = await fetch(`${server.url}/api/health`).catch(() => null);
        if (res?.status === 200) health.push({ sent: started, ms: performance.now() - started });
        else healthFailures++;
        await res?.arrayBuffer();
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    const startMb = rssMb(pid);
    await send(preview, workbook, 200); // starts a worker and loads the parsers once
    await new Promise((r) => setTimeout(r, 1000));
    const baselineMb = rssMb(pid);
    const bomb = zipBombWorkbook(workbook, 300);
    const bombSheet = zipBombWorkbook(actuals, 300);
    const bombsFrom = performance.now();
    const bombs = await peakRssDuring(pid, async () => {
      const previews: number[] = [];
      const uploads: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        previews.push(await send(preview, bomb, 413));
        uploads.push(await send(upload, bombSheet, 413));
      }
      return { previews, uploads };
    });
    const bombsUntil = performance.now();
    const lying = await peakRssDuring(pid, async () => [
      await send(preview, lyingWorkbook(workbook, 300, 1), 400),
      await send(upload, lyingWorkbook(actuals, 300, 1), 400),
    ]);
    const real = await peakRssDuring(pid, () => send(preview, workbook, 200));
    // 40,000 rows read in a worker (refused afterwards for want of a KPI column); reading was
    // quadratic in rows before, which the 20 s limit would turn into a 413.
    const heavy = await peakRssDuring(pid, () => send(upload, heavyWorkbook(actuals, 40_000), 400));
    await new Promise((r) => setTimeout(r, 1000));
    const afterMb = rssMb(pid);
    // An idle worker is ended after PARSE_POOL.idleMs, giving its heap back.
    await new Promise((r) => setTimeout(r, PARSE_POOL.idleMs + 1000));
    const afterIdleMb = rssMb(pid);
    checking = false;
    await checks;

    return {
      bomb_bytes: bomb.length,
      bomb_preview_ms: Math.round(median(bombs.result.previews)),
      bomb_upload_ms: Math.round(median(bombs.result.uploads)),
      lying_preview_ms: Math.round(lying.result[0] ?? 0),
      lying_upload_ms: Math.round(lying.result[1] ?? 0),
      real_workbook_preview_ms: Math.round(real.result),
      heavy_sheet_upload_ms: Math.round(heavy.result),
      health_checks: health.length,
      health_failures: healthFailures,
      health_slowest_ms: Math.round(Math.max(...health.map((h) => h.ms))),
      health_slowest_bombs_ms: Math.round(
        Math.max(...health.filter((h) => h.sent >= bombsFrom && h.sent <= bombsUntil).map((h) => h.ms)),
      ),
      rss_start_mb: startMb,
      rss_baseline_mb: baselineMb,
      rss_peak_bombs_mb: bombs.peakMb,
      rss_peak_lying_mb: lying.peakMb,
      rss_peak_real_mb: real.peakMb,
      rss_peak_heavy_mb: heavy.peakMb,
      peak_rss_growth_mb: Math.max(bombs.peakMb, lying.peakMb) - baselineMb,
      rss_after_mb: afterMb,
      rss_after_idle_mb: afterIdleMb,
    };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
