import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import { PoolLimitError, type PoolOptions, WorkerPool } from './worker-pool';

const OPTIONS: PoolOptions = {
  module: new URL('./test-jobs.worker.ts', import.meta.url),
  size: 1,
  queueLimit: 2,
  timeoutMs: 30_000,
  maxOldGenerationSizeMb: 64,
  maxYoungGenerationSizeMb: 16,
  idleMs: 30_000,
  retireHeldBytes: 64 * 1024 * 1024,
};

async function limitOf(run: Promise<unknown>): Promise<PoolLimitError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PoolLimitError)) throw new Error(`expected a PoolLimitError, got ${error}`);
  return error;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  return check();
};

describe('WorkerPool', () => {
  let pool: WorkerPool;
  afterEach(async () => pool.close());

  it('runs TypeScript jobs in a worker and hands back their errors as the same classes', async () => {
    pool = new WorkerPool(OPTIONS);
    expect(await pool.run('echo', '策略地圖')).toBe('策略地圖');
    const refused = await pool.run('refuse', 'plan.txt').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportError);
    expect(refused).toMatchObject({
      code: 'empty',
      message: 'plan.txt: the file is empty',
      zh: 'plan.txt：檔案是空的',
    });
    // One warm worker served both.
    expect(pool.stats()).toMatchObject({ workers: 1, started: 1 });
  });

  it('terminates a job that runs past the time limit and starts a fresh worker for the next', async () => {
    pool = new WorkerPool({ ...OPTIONS, timeoutMs: 1500 });
    await pool.run('echo', 'warm');
    const error = await limitOf(pool.run('spin', 60_000));
    expect(error.reason).toBe('timeout');
    expect(pool.stats().workers).toBe(0);
    expect(await pool.run('echo', 'again')).toBe('again');
    expect(pool.stats().started).toBe(2);
  });

  it('ends a worker that exhausts its heap limit, as a memory refusal, not a crash of the process', async () => {
    pool = new WorkerPool(OPTIONS);
    const error = await limitOf(pool.run('exhaust', null));
    expect(error.reason).toBe('memory');
    expect(await pool.run('echo', 'still here')).toBe('still here');
  });

  it('queues jobs up to its limit and refuses one more as busy, saying when to retry', async () => {
    pool = new WorkerPool({ ...OPTIONS, queueLimit: 1 });
    const running = pool.run('spin', 1500);
    const queued = pool.run('echo', 'queued');
    const refused = await limitOf(pool.run('echo', 'one too many'));
    expect(refused.reason).toBe('busy');
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await running).toBe('spun');
    expect(await queued).toBe('queued');
  });

  it('gives memory back: ends a worker left holding more than the limit at once, an idle one later', async () => {
    pool = new WorkerPool({ ...OPTIONS, idleMs: 500 });
    await pool.run('hold', 100);
    expect(pool.stats().workers).toBe(0);
    await pool.run('hold', 1);
    expect(pool.stats().workers).toBe(1);
    expect(await until(() => pool.stats().workers === 0)).toBe(true);
  });

  it('fails waiting jobs when closed', async () => {
    pool = new WorkerPool(OPTIONS);
    const running = limitOf(pool.run('spin', 500));
    const waiting = limitOf(pool.run('echo', 'never'));
    await pool.close();
    expect((await waiting).reason).toBe('crashed');
    expect((await running).reason).toBe('crashed');
  });
});
