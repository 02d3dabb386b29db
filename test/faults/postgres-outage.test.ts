import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { cityPlan } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

const pgBin = process.env.STRATMAP_TEST_PG_BIN;
const pgData = process.env.STRATMAP_TEST_PG_DATA;
const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];

function pgCtl(...args: string[]): void {
  const [command, ...rest] = [
    ...asPostgres,
    path.join(pgBin as string, 'pg_ctl'),
    '-D',
    pgData as string,
    ...args,
  ];
  execFileSync(command as string, rest, { stdio: 'pipe' });
}

/** Only with the throwaway cluster of scripts/with-postgres.sh, which this test stops and restarts. */
describe.skipIf(!pgBin || !pgData || !process.env.STRATMAP_TEST_DATABASE_URL)('PostgreSQL outage', () => {
  let t: TestApp;
  let url: string;
  let planId: number;
  let cookie: string;
  let server: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    t = await createTestApp();
    planId = (await t.request('POST', '/api/plans/import', cityPlan())).body.plans[0].planId;
    cookie = Object.entries(t.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    server = await buildApp({ db: t.database.db });
    await server.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const read = async () => {
    const started = performance.now();
    const res = await fetch(`${url}/api/plans/${planId}/document`, { headers: { cookie } });
    return {
      status: res.status,
      body: (await res.json()) as { message?: string },
      ms: performance.now() - started,
    };
  };

  it('answers 503 with a clear message while the database is down, and recovers by itself', async () => {
    expect((await read()).status).toBe(200);
    // Load before, during and after the outage.
    const stopping = (async () => {
      await new Promise((r) => setTimeout(r, 200));
      pgCtl('stop', '-m', 'fast', '-w');
    })();
    const during: { status: number; ms: number; message?: string }[] = [];
    const load = async () => {
      const end = Date.now() + 2_000;
      while (Date.now() < end) {
        const r = await read();
        during.push({ status: r.status, ms: r.ms, message: r.body.message });
      }
    };
    await Promise.all([stopping, load(), load(), load(), load()]);
    const down = await Promise.all(Array.from({ length: 10 }, () => read()));
    for (const r of down) {
      expect(r.status).toBe(503);
      expect(r.body.message).toMatch(/database is not reachable/);
      expect(r.ms).toBeLessThan(10_000);
    }
    expect(during.every((r) => r.status === 200 || r.status === 503)).toBe(true);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);

    pgCtl('start', '-w', '-t', '60', '-l', path.join(pgData as string, '..', 'server.log'));
    let recovered = false;
    for (let i = 0; i < 60 && !recovered; i++) {
      recovered = (await read()).status === 200;
      if (!recovered) await new Promise((r) => setTimeout(r, 500));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  });
});
