import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The processes a process started, directly or not, with their resident memory: the PDF tests
 * and the bench count the Chromium processes a server runs and what they cost.
 */

export interface ProcessInfo {
  pid: number;
  ppid: number;
  rssKb: number;
  command: string;
}

/** The running processes; zombies (ended, not yet reaped by their parent) are left out. */
export function processTable(): ProcessInfo[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,stat=,comm='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && !m[4]?.startsWith('Z'))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKb: Number(m[3]), command: m[5] ?? '' }));
}

/** Which of these processes still run, waiting up to `ms` for them to end (a browser's helpers end a moment after it). */
export async function stillRunning(pids: number[], ms = 10_000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const running = new Set(processTable().map((p) => p.pid));
    const left = pids.filter((pid) => running.has(pid));
    if (left.length === 0 || Date.now() >= deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Every process below `root` (not `root` itself). */
export function descendants(root: number, table = processTable()): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  const parents = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of table) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

export const isChromium = (p: ProcessInfo) => /chrom/i.test(p.command);

/** The Chromium processes below `root`. */
export function chromiumUnder(root: number): ProcessInfo[] {
  return descendants(root).filter(isChromium);
}

/**
 * Proportional memory of a process in kB: its private pages plus its share of shared ones, so a
 * sum over many Chromium processes does not count their shared libraries once per process.
 * 0 when the process is gone.
 */
export function pssKb(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
