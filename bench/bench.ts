/**
 * What every benchmark module exports, so `bench/run.ts` can run, print and record them alike.
 * Metric names ending in `_ms` are times; `targets` are upper bounds the run checks.
 */
export type BenchResult = Record<string, number>;

export interface BenchModule {
  name: string;
  run(): Promise<BenchResult>;
  targets?: Record<string, number>;
  /** Lower bounds (e.g. a throughput ratio that must stay above 0.5). */
  minimums?: Record<string, number>;
  /** False when the machine lacks what the benchmark needs (e.g. PostgreSQL); it is then skipped. */
  available?: () => boolean;
}
