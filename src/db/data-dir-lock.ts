import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fail } from '../domain/app-error';

/**
 * PGlite runs inside one process and has no lock of its own: a second process opening the same
 * data directory can corrupt it. Every process that opens it takes this lock first.
 */

interface LockInfo {
  pid: number;
  purpose: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dataDir: string, purpose: string): DataDirLock {
  const file = path.join(dataDir, 'stratmap.lock');
  const info: LockInfo = { pid: process.pid, purpose, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC') {
        throw fail('db.data_dir_unwritable', { dataDir, reason: code, diskFull: code === 'ENOSPC' });
      }
      if (code !== 'EEXIST') throw error;
      let holder: LockInfo | null = null;
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
      } catch {
        holder = null;
      }
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw fail('db.data_dir_in_use', {
          dataDir,
          pid: holder.pid,
          purpose: holder.purpose,
          since: holder.since,
        });
      }
      // The holder is gone (crashed or killed): its lock is stale.
      rmSync(file, { force: true });
    }
  }
  throw fail('db.data_dir_lock_failed', { dataDir });
}
