/**
 * The largest plans (issue 12), once on PGlite (a data directory, as the server keeps it) and
 * once on PostgreSQL: a plan at every limit of src/domain/plan-limits.ts at once, imported
 * through the import use case and read back; then that plan doubled (2×, 4×, … past the limits,
 * stored by the same batched inserts, the limit check left out) while a step stays within the
 * time budget, to show the margin the limits leave. Prints the largest plan stored and its time.
 * STRATMAP_BENCH_LARGE_PLAN_MAX_FACTOR (default 4) and …_BUDGET_MS (default 180000) bound the search.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../src/db/client';
import { insertPlanElements } from '../src/db/repositories/plan-document';
import { organizations, plans } from '../src/db/schema';
import { operator } from '../src/domain/authz';
import { type PlanDocument, PlanDocumentSchema } from '../src/domain/plan-document';
import { PLAN_LIMITS } from '../src/domain/plan-limits';
import { serviceContext } from '../src/services/context';
import { getPlanDocument } from '../src/services/plans/get-plan';
import { importPlanDocuments } from '../src/services/plans/import-plan-documents';
import { inTransaction } from '../src/services/shared/transaction';
import { type PlanSize, planOfSize } from '../test/support/plan-of-size';
import { createThrowawayDatabase } from '../test/support/throwaway-database';
import type { BenchModule, BenchResult } from './bench';

type Engine = 'pglite' | 'postgres';

const MAX_FACTOR = Number(process.env.STRATMAP_BENCH_LARGE_PLAN_MAX_FACTOR ?? 4);
const BUDGET_MS = Number(process.env.STRATMAP_BENCH_LARGE_PLAN_BUDGET_MS ?? 180_000);
const ORG = '大型計畫測試機關';

/** Every limit at once; 26 themes leave room for the objectives' codes of the larger steps. */
function sizeTimes(factor: number): PlanSize {
  return {
    themes: 26,
    objectives: PLAN_LIMITS.objectives * factor,
    ksfs: PLAN_LIMITS.ksfs * factor,
    kpis: PLAN_LIMITS.kpis * factor,
    actions: PLAN_LIMITS.actions * factor,
    links: PLAN_LIMITS.links * factor,
    themeMembers: PLAN_LIMITS.themeMembers,
    targets: PLAN_LIMITS.targets * factor,
    actuals: PLAN_LIMITS.actuals * factor,
  };
}

const elementsOf = (s: PlanSize) =>
  s.themes * (1 + s.themeMembers) +
  s.objectives +
  s.ksfs +
  s.kpis +
  s.actions +
  s.links +
  s.targets +
  s.actuals;

async function openFresh(engine: Engine): Promise<{ database: Database; cleanup(): Promise<void> }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'stratmap-large-plan-'));
    const database = await openDatabase({ dataDir: path.join(dir, 'data') });
    return {
      database,
      cleanup: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const throwaway = await createThrowawayDatabase(
    process.env.STRATMAP_TEST_DATABASE_URL as string,
    'stratmap_bench',
  );
  const database = await openDatabase({ databaseUrl: throwaway.url });
  return {
    database,
    cleanup: async () => {
      await database.close();
      await throwaway.drop();
    },
  };
}

/** Peak resident memory of this process while `work` runs (PGlite's memory is part of it). */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  try {
    const value = await work();
    return { value, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1e6) };
  } finally {
    clearInterval(timer);
  }
}

/** Stores a plan past the limits: the import's own inserts in one transaction, without its checks. */
async function storeBeyondLimits(database: Database, doc: PlanDocument): Promise<void> {
  const ctx = serviceContext(database.db, operator('bench'));
  await inTransaction(ctx, async (tx) => {
    const [org] = await tx.insert(organizations).values({ name: ORG, nameKey: ORG }).returning();
    const [plan] = await tx
      .insert(plans)
      .values({
        orgId: org?.id as number,
        year: doc.year,
        mission: doc.mission,
        vision: doc.vision,
        coreValues: [],
      })
      .returning();
    await insertPlanElements(tx, plan?.id as number, doc, () => 0, 'bench');
  });
}

async function measure(engine: Engine): Promise<BenchResult> {
  const result: BenchResult = {};
  const atLimit = PlanDocumentSchema.parse(planOfSize(sizeTimes(1), ORG));
  result.limit_elements = elementsOf(sizeTimes(1));
  result.limit_json_mb = Math.round(JSON.stringify(atLimit).length / 1e5) / 10;
  const fresh = await openFresh(engine);
  try {
    const ctx = serviceContext(fresh.database.db, operator('bench'));
    const started = performance.now();
    const { value: outcome, peakMb } = await withPeakRss(() => importPlanDocuments(ctx, [atLimit]));
    result.limit_import_ms = performance.now() - started;
    result.limit_peak_rss_mb = peakMb;
    const readStarted = performance.now();
    await getPlanDocument(ctx, outcome[0]?.planId as number);
    result.limit_read_ms = performance.now() - readStarted;
  } finally {
    await fresh.cleanup();
  }

  result.largest_factor = 1;
  result.largest_elements = result.limit_elements;
  result.largest_ms = result.limit_import_ms;
  let last = result.limit_import_ms;
  for (let factor = 2; factor <= MAX_FACTOR && last * 2.5 < BUDGET_MS; factor *= 2) {
    const doc = PlanDocumentSchema.parse(planOfSize(sizeTimes(factor), ORG));
    const step = await openFresh(engine);
    try {
      const started = performance.now();
      const { peakMb } = await withPeakRss(() => storeBeyondLimits(step.database, doc));
      last = performance.now() - started;
      Object.assign(result, {
        largest_factor: factor,
        largest_elements: elementsOf(sizeTimes(factor)),
        largest_ms: last,
        largest_peak_rss_mb: peakMb,
      });
    } catch (error) {
      console.error(`large-plan ${engine}: ${factor}× the limits failed: ${(error as Error).message}`);
      break;
    } finally {
      await step.cleanup();
    }
  }
  return result;
}

/** A plan at every limit must import within a minute on either engine. */
const targets = { limit_import_ms: 60_000, limit_read_ms: 10_000 };

export const largePlanPglite: BenchModule = {
  name: 'large-plan-pglite',
  run: () => measure('pglite'),
  targets,
};
export const largePlanPostgres: BenchModule = {
  name: 'large-plan-postgres',
  run: () => measure('postgres'),
  targets,
  available: () => Boolean(process.env.STRATMAP_TEST_DATABASE_URL),
};
