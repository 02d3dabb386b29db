import { ImportError } from '../errors';
import { serveJobs } from './serve-jobs';

/** Jobs that misbehave on purpose, for the pool's tests (worker-pool.test.ts). */

const kept: Uint8Array[] = [];

serveJobs({
  echo: (input: string) => input,
  spin: (ms: number) => {
    const end = Date.now() + ms;
    while (Date.now() < end);
    return 'spun';
  },
  exhaust: () => {
    const grown: number[][] = [];
    for (;;) grown.push(Array.from({ length: 100_000 }, (_, i) => i * Math.random()));
  },
  hold: (mb: number) => {
    kept.push(new Uint8Array(mb * 1024 * 1024).fill(1));
    return 'held';
  },
  refuse: (fileName: string) => {
    throw new ImportError('empty', fileName, { en: 'the file is empty', zh: '檔案是空的' });
  },
});
