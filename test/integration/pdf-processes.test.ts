import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { chromiumUnder, stillRunning } from '../support/process-tree';
import { signInHeaders, startServerProcess } from '../support/server-process';
import { engineName } from '../support/test-database';

/**
 * Issue 12, item 9: the Chromium a process starts for PDFs ends with it — the server's when it
 * shuts down, the CLI's when its export is written (the command must exit, not wait on an idle
 * browser). Needs Chromium.
 */
const BIN = path.resolve(import.meta.dirname, '../../bin/stratmap.js');
const SAMPLE = path.resolve(import.meta.dirname, '../../samples/臺北市政府人事處-110.json');
const PASSWORD = 'pdf-processes-password-1';

/** A browser's helpers end a moment after it does. */
const noneAlive = async (pids: number[]) => expect(await stillRunning(pids)).toEqual([]);

/** Records the Chromium processes below `pid` every 50 ms until stopped. */
function watchChromium(pid: number) {
  const seen = new Set<number>();
  const timer = setInterval(() => {
    for (const p of chromiumUnder(pid)) seen.add(p.pid);
  }, 50);
  return {
    seen,
    stop: () => clearInterval(timer),
  };
}

describe(`the PDF browser's processes on ${engineName()}`, () => {
  let cli: CliEnv;
  beforeAll(async () => {
    cli = await createCliEnv();
  });
  afterAll(async () => cli.cleanup());

  it('the server keeps one browser between exports and leaves no Chromium after SIGTERM', async () => {
    const server = await startServerProcess([BIN, 'serve', '--port', '0'], {
      ...cli.env,
      DATABASE_URL: cli.env.DATABASE_URL ?? '',
      STRATMAP_ADMIN_PASSWORD: PASSWORD,
    });
    const pid = server.child.pid as number;
    try {
      const { cookie } = await signInHeaders(server.url, 'admin', PASSWORD);
      const { plans } = (await (await fetch(`${server.url}/api/plans`, { headers: { cookie } })).json()) as {
        plans: { id: number }[];
      };
      const answers = await Promise.all(
        plans.map((p) => fetch(`${server.url}/api/plans/${p.id}/export.pdf`, { headers: { cookie } })),
      );
      expect(answers.map((a) => a.status)).toEqual(plans.map(() => 200));
      const browser = chromiumUnder(pid);
      const main = browser.filter((p) => p.ppid === pid).map((p) => p.pid);
      expect(main).toHaveLength(1);
      const again = await fetch(`${server.url}/api/plans/${plans[0]?.id}/export.pdf`, {
        headers: { cookie },
      });
      expect(again.status).toBe(200);
      expect(
        chromiumUnder(pid)
          .filter((p) => p.ppid === pid)
          .map((p) => p.pid),
      ).toEqual(main);

      const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await noneAlive(browser.map((p) => p.pid));
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 180_000);

  it('stratmap export --format pdf exits once the file is written, its browser gone', async () => {
    const out = path.join(cli.dir, 'plan.pdf');
    const child = spawn(
      process.execPath,
      [BIN, 'export', '--input', SAMPLE, '--format', 'pdf', '--out', out],
      {
        env: { ...process.env, ...cli.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const watch = watchChromium(child.pid as number);
    let output = '';
    let wroteAt = 0;
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
      if (!wroteAt && output.includes('wrote')) wroteAt = Date.now();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    watch.stop();
    expect(code, output).toBe(0);
    // A browser kept open while idle would hold the process a minute (idleMs) after the file is written.
    expect(wroteAt).toBeGreaterThan(0);
    expect(Date.now() - wroteAt).toBeLessThan(30_000);
    expect(watch.seen.size).toBeGreaterThan(0);
    await noneAlive([...watch.seen]);
  }, 120_000);
});
