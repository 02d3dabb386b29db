import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSamplePlans } from '../../src/services/plans/import-sample-data';
import { type CliEnv, createCliEnv } from '../support/cli-env';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { engineName } from '../support/test-database';

const BIN = path.resolve(import.meta.dirname, '../../bin/stratmap.js');

/** `stratmap serve` as a real process, with no preset administrator password (the first start prints one). */
function startServer(env: Record<string, string>): Promise<ServerProcess> {
  return startServerProcess([BIN, 'serve', '--port', '0'], {
    ...env,
    DATABASE_URL: env.DATABASE_URL ?? '',
    STRATMAP_ADMIN_PASSWORD: '',
  });
}

describe(`stratmap serve on ${engineName()}`, () => {
  let cli: CliEnv;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    cli = await createCliEnv();
    server = await startServer(cli.env);
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill('SIGKILL');
    }
    await cli.cleanup();
  });

  it('creates an administrator with a password printed once, and serves the sample plans', async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${server.url}/api/plans`)).status).toBe(401);
    const password = /administrator "admin" with password (\S+)/.exec(server.output())?.[1];
    expect(password).toBeTruthy();
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(login.headers.getSetCookie().find((c) => c.startsWith('stratmap_session='))).toMatch(/HttpOnly/i);
    const plans = (await (await fetch(`${server.url}/api/plans`, { headers: { cookie } })).json()) as {
      plans: unknown[];
    };
    expect(plans.plans).toHaveLength(readSamplePlans().length);
    expect(server.output()).toMatch(/started in \d+ ms, using \d+ MB/);
  });

  it.skipIf(engineName() !== 'pglite')('keeps the CLI away from the data dir while it runs', async () => {
    const res = await cli.run(['plans', '--lang', 'en']);
    expect(res.code).toBe(6);
    expect(res.err).toContain(`in use by process ${server.child.pid}`);
  });

  it('shuts down cleanly on SIGTERM and releases the data dir', async () => {
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect((await cli.run(['plans'])).code).toBe(0);
  });
});
