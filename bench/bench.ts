/**
 * What every benchmark module exports, so `bench/run.ts` can run, print and record them alike.
 * Metric names ending in `_ms` are times; `targets` are upper bounds the run checks.
 */
export type BenchResult = Record<string, number>;

export interface BenchModule {
  name: string;
  run(): Promise<BenchResult>;
  targets?: Record<string, number>;
}
