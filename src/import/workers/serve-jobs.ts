import { parentPort } from 'node:worker_threads';
import { encodeError, type TransferredError } from './transfer-errors';

/** What a worker module exports for `serveJobs`: job name → function of one cloneable input. */
export type JobTable = Record<string, (input: never) => unknown>;

export interface JobRequest {
  job: string;
  input: unknown;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: TransferredError };

export type JobReply = Outcome & {
  /** The worker's heap and off-heap buffers after the job, so the pool can retire a swollen worker. */
  heldBytes: number;
};

/** The worker side of `WorkerPool`: runs each job it is sent, one at a time, and replies. */
export function serveJobs(jobs: JobTable): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  port.on('message', async (request: JobRequest) => {
    let reply: Outcome;
    try {
      const run = jobs[request.job] as ((input: unknown) => unknown) | undefined;
      if (!run) throw new Error(`no job named ${request.job}`);
      reply = { ok: true, value: await run(request.input) };
    } catch (error) {
      reply = { ok: false, error: encodeError(error) };
    }
    const memory = process.memoryUsage();
    port.postMessage({ ...reply, heldBytes: memory.heapTotal + memory.external });
  });
}
