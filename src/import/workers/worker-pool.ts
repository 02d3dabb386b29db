import { Worker } from 'node:worker_threads';
import type { JobReply } from './serve-jobs';
import { decodeError } from './transfer-errors';

/**
 * A few worker threads that run jobs off the main thread, each with a memory limit (V8's
 * `resourceLimits`) and a wall-clock limit after which the worker is terminated, so a file that
 * is slow or huge to parse costs its own thread and never the server's event loop. Terminating
 * a worker frees its whole heap: a worker is ended after a job that left it holding more than
 * `retireHeldBytes`, after `idleMs` without work, and always after a timeout or an out-of-memory.
 */

export interface PoolOptions {
  /** The worker module (TypeScript), which calls `serveJobs`. */
  module: URL;
  /** Workers running at once. */
  size: number;
  /** Jobs that may wait for a worker; one more is refused as busy. */
  queueLimit: number;
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  idleMs: number;
  retireHeldBytes: number;
}

export type LimitReason = 'timeout' | 'memory' | 'busy' | 'crashed';

/** A job that did not finish for a reason of the pool's, not of the job's own making. */
export class PoolLimitError extends Error {
  override readonly name = 'PoolLimitError';
  constructor(
    readonly reason: LimitReason,
    message: string,
    /** For `busy`: when a retry is likely to find a free worker. */
    readonly retryAfterSeconds = 0,
  ) {
    super(message);
  }
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

interface Task {
  job: string;
  input: unknown;
  started: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  deadline?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  /** Running average of a job's duration, for the Retry-After of a busy refusal. */
  private averageMs = 1000;
  private workersStarted = 0;

  constructor(readonly options: PoolOptions) {}

  run<T>(job: string, input: unknown): Promise<T> {
    return new Promise<unknown>((resolve, reject) => {
      const task: Task = { job, input, started: 0, resolve, reject };
      const slot = this.freeSlot();
      if (slot) this.assign(slot, task);
      else if (this.queue.length < this.options.queueLimit) this.queue.push(task);
      else {
        const waiting = this.queue.length + this.slots.size;
        const seconds = Math.max(1, Math.ceil((this.averageMs * waiting) / this.options.size / 1000));
        reject(
          new PoolLimitError(
            'busy',
            `all ${this.options.size} workers are busy and ${this.queue.length} jobs wait`,
            seconds,
          ),
        );
      }
    }) as Promise<T>;
  }

  /** Workers alive, jobs running and waiting, and workers started so far (for tests and benches). */
  stats(): { workers: number; running: number; queued: number; started: number } {
    const running = [...this.slots].filter((s) => s.task).length;
    return { workers: this.slots.size, running, queued: this.queue.length, started: this.workersStarted };
  }

  async close(): Promise<void> {
    const failure = new PoolLimitError('crashed', 'the worker pool was closed');
    for (const task of this.queue.splice(0)) task.reject(failure);
    await Promise.all([...this.slots].map((slot) => this.end(slot, failure)));
  }

  private freeSlot(): Slot | null {
    for (const slot of this.slots) if (!slot.task) return slot;
    return this.slots.size < this.options.size ? this.spawn() : null;
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, {
      workerData: { module: this.options.module.href },
      // The parent's flags (vitest's, or `--import tsx` itself) are not the worker's business.
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.options.maxYoungGenerationSizeMb,
      },
    });
    this.workersStarted++;
    const slot: Slot = { worker, task: null };
    this.slots.add(slot);
    worker.on('message', (reply: JobReply) => this.finish(slot, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const reason = memory ? 'memory' : 'crashed';
      void this.end(slot, new PoolLimitError(reason, `the worker stopped: ${error.message}`));
    });
    worker.on('exit', () => void this.end(slot, new PoolLimitError('crashed', 'the worker exited')));
    return slot;
  }

  private assign(slot: Slot, task: Task): void {
    clearTimeout(slot.idle);
    slot.task = task;
    task.started = performance.now();
    // A running job keeps the process alive (the CLI waits for it); an idle worker does not.
    slot.worker.ref();
    slot.deadline = setTimeout(() => {
      const seconds = this.options.timeoutMs / 1000;
      void this.end(slot, new PoolLimitError('timeout', `the job ran for more than ${seconds} s`));
    }, this.options.timeoutMs);
    slot.worker.postMessage({ job: task.job, input: task.input });
  }

  private finish(slot: Slot, reply: JobReply): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.deadline);
    slot.task = null;
    this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - task.started);
    if (reply.ok) task.resolve(reply.value);
    else task.reject(decodeError(reply.error));
    if (reply.heldBytes > this.options.retireHeldBytes) {
      void this.end(slot, null);
    } else {
      slot.worker.unref();
      slot.idle = setTimeout(() => void this.end(slot, null), this.options.idleMs);
      slot.idle.unref();
    }
    this.next();
  }

  /** Terminates the worker; its job, if any, fails with `failure`. */
  private async end(slot: Slot, failure: PoolLimitError | null): Promise<void> {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.deadline);
    clearTimeout(slot.idle);
    const task = slot.task;
    slot.task = null;
    if (task) task.reject(failure ?? new PoolLimitError('crashed', 'the worker ended during a job'));
    this.next();
    await slot.worker.terminate();
  }

  private next(): void {
    while (this.queue.length > 0) {
      const slot = this.freeSlot();
      if (!slot) return;
      this.assign(slot, this.queue.shift() as Task);
    }
  }
}
