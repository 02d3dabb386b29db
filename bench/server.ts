/**
 * Server benchmarks, once on PGlite and once on PostgreSQL (issue 8): importing the sample plans,
 * reading a whole plan under 50 concurrent connections against the same bytes served from memory,
 * the city roll-up of a year, and the server's memory after the load.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/client';
import { operator } from '../src/domain/authz';
import { currentRocYear } from '../src/domain/demo-city-year';
import { writePptx } from '../src/export/pptx';
import { serviceContext } from '../src/services/context';
import { createDemoCity } from '../src/services/demo/create-demo-city';
import { getPlanDocument } from '../src/services/plans/get-plan';
import { importPlanDocuments } from '../src/services/plans/import-plan-documents';
import { readSamplePlans } from '../src/services/plans/import-sample-data';
import { type ServerProcess, startServerProcess } from '../test/support/server-process';
import { createThrowawayDatabase } from '../test/support/throwaway-database';
import type { BenchModule, BenchResult } from './bench';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PASSWORD = 'bench-password-1';

async function databaseFor(
  engine: 'pglite' | 'postgres',
): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'stratmap-bench-'));
    return {
      env: { STRATMAP_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const throwaway = await createThrowawayDatabase(
    process.env.STRATMAP_TEST_DATABASE_URL as string,
    'stratmap_bench',
  );
  return { env: { DATABASE_URL: throwaway.url }, cleanup: throwaway.drop };
}

function startBenchServer(env: Record<string, string>): Promise<ServerProcess> {
  const script = path.resolve(import.meta.dirname, 'support/bench-server.ts');
  return startServerProcess(['--import', 'tsx', script], { ...env, STRATMAP_ADMIN_PASSWORD: PASSWORD });
}

function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function measure(engine: 'pglite' | 'postgres'): Promise<BenchResult> {
  const db = await databaseFor(engine);
  try {
    // Import of every sample plan into an empty database, as one batch.
    const database = await openDatabase({
      databaseUrl: db.env.DATABASE_URL || undefined,
      dataDir: db.env.STRATMAP_DATA_DIR,
    });
    const plans = readSamplePlans();
    const started = performance.now();
    const outcomes = await importPlanDocuments(serviceContext(database.db, operator('bench')), plans);
    const importAllSamplesMs = performance.now() - started;
    const largest = outcomes
      .map((o, i) => ({
        id: o.planId as number,
        size: (plans[i]?.objectives.length ?? 0) + (plans[i]?.kpis.length ?? 0),
      }))
      .sort((a, b) => b.size - a.size)[0];
    // A city at scale for the roll-up: the synthetic city (BENCH_ORGS organisations, BENCH_YEARS years).
    const lastYear = currentRocYear();
    const demo = {
      orgs: Number(process.env.BENCH_ORGS ?? 300),
      years: Number(process.env.BENCH_YEARS ?? 2),
      seed: 1,
      lastYear,
    };
    const demoStarted = performance.now();
    await createDemoCity(serviceContext(database.db, operator('bench')), demo);
    const demoCityMs = performance.now() - demoStarted;

    // The deck of the largest plan, from the document the API serves (warm, median of 5).
    const largestDoc = await getPlanDocument(
      serviceContext(database.db, operator('bench')),
      largest?.id as number,
    );
    await writePptx(largestDoc);
    const decks: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await writePptx(largestDoc);
      decks.push(performance.now() - t0);
    }
    await database.close();

    const server = await startBenchServer({ ...db.env, BENCH_PLAN_ID: String(largest?.id) });
    try {
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'admin', password: PASSWORD }),
      });
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const load = (url: string) =>
        autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { cookie } });
      await load(`${server.url}/api/plans/${largest?.id}/document`); // warm-up
      const real = await load(`${server.url}/api/plans/${largest?.id}/document`);
      const memory = await load(`${server.url}/bench/memory`);
      const rollups: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}/api/city/scores?year=${lastYear}`, { headers: { cookie } });
        await res.arrayBuffer();
        rollups.push(performance.now() - t0);
      }
      return {
        importAllSamplesMs: Math.round(importAllSamplesMs),
        planReadP50Ms: real.latency.p50,
        planReadP99Ms: real.latency.p99,
        planReadRps: Math.round(real.requests.average),
        memoryLimitRps: Math.round(memory.requests.average),
        planReadVsMemoryRatio: Math.round((real.requests.average / memory.requests.average) * 100) / 100,
        planRead5xx: Object.entries(real.statusCodeStats ?? {})
          .filter(([code]) => Number(code) >= 500)
          .reduce((n, [, v]) => n + (v as { count: number }).count, 0),
        // The first roll-up after a change computes; the others are served until the next change.
        cityRollupColdMs: Math.round(rollups[0] ?? 0),
        cityRollupMs: Math.round(median(rollups)),
        cityOrgs: demo.orgs,
        demoCityStoreMs: Math.round(demoCityMs),
        pptxExportMs: Math.round(median(decks)),
        rssMb: rssMbOf(server.child.pid as number),
      };
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
    }
  } finally {
    await db.cleanup();
  }
}

const targets = { planReadP99Ms: 50, rssMb: 300, cityRollupMs: 200, pptxExportMs: 1000 };
const minimums = { planReadVsMemoryRatio: 0.5 };

export const pgliteBench: BenchModule = {
  name: 'server-pglite',
  run: () => measure('pglite'),
  targets,
  minimums,
};
export const postgresBench: BenchModule = {
  name: 'server-postgres',
  run: () => measure('postgres'),
  targets,
  minimums,
  available: () => Boolean(process.env.STRATMAP_TEST_DATABASE_URL),
};
