import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityPlan } from '../support/fixtures';

const BIN = path.resolve(import.meta.dirname, '../../bin/stratmap.js');
const isRoot = process.getuid?.() === 0;
// Root ignores file permissions, so as root the CLI runs as the unprivileged user "nobody".
const runAs = isRoot ? ['runuser', '-u', 'nobody', '--'] : [];

function cli(dataDir: string, ...args: string[]) {
  const [command, ...rest] = [...runAs, process.execPath, BIN, ...args];
  const res = spawnSync(command as string, rest, {
    env: { ...process.env, STRATMAP_DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

function chmodTree(dir: string, dirMode: number, fileMode: number): void {
  chmodSync(dir, dirMode);
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) chmodTree(p, dirMode, fileMode);
    else chmodSync(p, fileMode);
  }
}

describe.skipIf(process.env.STRATMAP_TEST_DATABASE_URL || (isRoot && !existsSync('/usr/sbin/runuser')))(
  'a read-only PGlite data directory',
  () => {
    const root = path.join(tmpdir(), `stratmap-ro-${process.pid}`);
    const dataDir = path.join(root, 'data');

    beforeAll(() => {
      mkdirSync(root, { recursive: true });
      chmodSync(root, 0o777);
      writeFileSync(path.join(root, 'plan.json'), JSON.stringify(cityPlan()));
      chmodSync(path.join(root, 'plan.json'), 0o644);
      // Created writable (by the same user the CLI runs as), then made read-only.
      if (isRoot) spawnSync('chown', ['-R', 'nobody', root]);
      const imported = cli(dataDir, 'import', path.join(root, 'plan.json'));
      expect(imported.code, imported.err).toBe(0);
    });
    afterAll(() => {
      chmodTree(root, 0o755, 0o644);
      rmSync(root, { recursive: true, force: true });
    });

    it('refuses with a clear message and no stack trace, and the data survive', () => {
      chmodTree(dataDir, 0o555, 0o444);
      const res = cli(dataDir, 'import', path.join(root, 'plan.json'), '--lang', 'en');
      expect(res.code).not.toBe(0);
      expect(res.err).toMatch(/cannot be written|cannot open the embedded database/);
      expect(res.err).not.toMatch(/\n\s+at /);
      chmodTree(dataDir, 0o755, 0o644);
      if (isRoot) spawnSync('chown', ['-R', 'nobody', dataDir]);
      const after = cli(dataDir, 'plans');
      expect(after.code, after.err).toBe(0);
      expect(after.out).toContain('臺北市政府\t110\tdraft');
    });
  },
);
