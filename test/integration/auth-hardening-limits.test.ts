import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type Database, openDatabase } from '../../src/db/client';
import { operator } from '../../src/domain/authz';
import { buildApp } from '../../src/server/app';
import { startServer } from '../../src/server/start';
import { ensureInitialAdmin } from '../../src/services/auth/ensure-initial-admin';
import { serviceContext } from '../../src/services/context';
import { createOrganization } from '../../src/services/organizations/create-organization';
import { ADMIN_PASSWORD } from '../support/test-app';
import { engineName } from '../support/test-database';
import { createThrowawayDatabase } from '../support/throwaway-database';

const LIMIT = 3;

/** One database opened as two server processes would: two pools on PostgreSQL, one PGlite shared. */
async function openTwice(): Promise<{
  first: Database;
  second: Database;
  url: string | undefined;
  close(): Promise<void>;
}> {
  const adminUrl = process.env.STRATMAP_TEST_DATABASE_URL;
  if (!adminUrl) {
    const only = await openDatabase({ dataDir: 'memory://' });
    return { first: only, second: only, url: undefined, close: () => only.close() };
  }
  const throwaway = await createThrowawayDatabase(adminUrl, 'stratmap_test');
  const first = await openDatabase({ databaseUrl: throwaway.url });
  const second = await openDatabase({ databaseUrl: throwaway.url, migrate: false });
  return {
    first,
    second,
    url: throwaway.url,
    async close() {
      await first.close();
      await second.close();
      await throwaway.drop();
    },
  };
}

/** A sign-in attempt; wrong ones use a login that does not exist, so no real account gets locked. */
const signIn = (app: FastifyInstance, headers: Record<string, string> = {}, password?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: password ? { login: 'admin', password } : { login: 'nobody', password: 'wrong-password' },
    headers,
  });

/** Issue 12 items 7 and 11a: the sign-in limit lives in the database; proxies are trusted only when named. */
describe(`sign-in rate limit and TRUST_PROXY on ${engineName()}`, () => {
  let databases: Awaited<ReturnType<typeof openTwice>>;
  const apps: FastifyInstance[] = [];
  const savedLimit = process.env.STRATMAP_LOGIN_RATE_LIMIT;
  const build = async (db: Database, trustProxy?: string[]) => {
    const app = await buildApp(trustProxy ? { db: db.db, trustProxy } : { db: db.db });
    apps.push(app);
    return app;
  };
  const resetWindows = () => databases.first.db.execute(sql`delete from rate_limit_counters`);

  beforeAll(async () => {
    process.env.STRATMAP_LOGIN_RATE_LIMIT = String(LIMIT);
    databases = await openTwice();
    await ensureInitialAdmin(serviceContext(databases.first.db, operator('system')), ADMIN_PASSWORD);
  });
  afterAll(async () => {
    if (savedLimit === undefined) delete process.env.STRATMAP_LOGIN_RATE_LIMIT;
    else process.env.STRATMAP_LOGIN_RATE_LIMIT = savedLimit;
    for (const app of apps) await app.close();
    await databases.close();
  });

  it('shares one limit between two servers on one database, and answers 429 rate_limited with Retry-After', async () => {
    await resetWindows();
    const first = await build(databases.first);
    const second = await build(databases.second);
    for (let i = 0; i < LIMIT; i++) expect((await signIn(first)).statusCode).toBe(401);
    const refused = await signIn(second);
    expect(refused.statusCode).toBe(429);
    const body = refused.json();
    expect(body.error).toBe('rate_limited');
    expect(body.message).toMatch(/too many sign-in attempts/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect((await signIn(first)).statusCode).toBe(429);
    // The window passes for both servers at once.
    await databases.first.db.execute(
      sql`update rate_limit_counters set window_ends_at = now() - interval '1 second'`,
    );
    expect((await signIn(second)).statusCode).toBe(401);
  });

  it('counts concurrent attempts exactly', async () => {
    await resetWindows();
    const first = await build(databases.first);
    const second = await build(databases.second);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(i % 2 ? first : second)));
    expect(answers.filter((a) => a.statusCode === 401)).toHaveLength(LIMIT);
    expect(answers.filter((a) => a.statusCode === 429)).toHaveLength(12 - LIMIT);
  });

  it('with TRUST_PROXY, tells clients apart by X-Forwarded-For and marks cookies Secure behind https', async () => {
    await resetWindows();
    const app = await build(databases.first, ['127.0.0.1']);
    for (let i = 0; i < LIMIT; i++)
      expect((await signIn(app, { 'x-forwarded-for': '203.0.113.7' })).statusCode).toBe(401);
    expect((await signIn(app, { 'x-forwarded-for': '203.0.113.7' })).statusCode).toBe(429);
    expect((await signIn(app, { 'x-forwarded-for': '203.0.113.8' })).statusCode).toBe(401);
    const ok = await signIn(
      app,
      { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' },
      ADMIN_PASSWORD,
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.cookies.length).toBeGreaterThanOrEqual(3);
    for (const cookie of ok.cookies) expect(cookie.secure, cookie.name).toBe(true);
  });

  it('without TRUST_PROXY, ignores forwarded headers', async () => {
    await resetWindows();
    const app = await build(databases.first);
    for (let i = 0; i < LIMIT; i++)
      expect((await signIn(app, { 'x-forwarded-for': `203.0.113.${i + 20}` })).statusCode).toBe(401);
    expect((await signIn(app, { 'x-forwarded-for': '203.0.113.99' })).statusCode).toBe(429);
    await resetWindows();
    const ok = await signIn(app, { 'x-forwarded-proto': 'https' }, ADMIN_PASSWORD);
    expect(ok.statusCode).toBe(200);
    for (const cookie of ok.cookies) expect(cookie.secure, cookie.name).toBeFalsy();
  });

  it('takes TRUST_PROXY from the environment into the running server', async () => {
    await resetWindows();
    const dir = mkdtempSync(path.join(tmpdir(), 'stratmap-proxy-'));
    const config = loadConfig({
      PORT: '0',
      TRUST_PROXY: '127.0.0.1, ::1',
      STRATMAP_DATA_DIR: path.join(dir, 'data'),
      ...(databases.url ? { DATABASE_URL: databases.url } : {}),
    });
    // An organisation and the administrator already there: the first start skips the sample plans.
    const seeded = databases.url ? databases.first : await openDatabase({ dataDir: config.dataDir });
    const operatorCtx = serviceContext(seeded.db, operator('test'));
    await createOrganization(operatorCtx, { name: '代理測試機關' });
    await ensureInitialAdmin(operatorCtx, ADMIN_PASSWORD);
    if (!databases.url) await seeded.close();
    const server = await startServer(config, () => {});
    try {
      const password = ADMIN_PASSWORD;
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ login: 'admin', password }),
      });
      expect(res.status).toBe(200);
      const cookies = res.headers.getSetCookie();
      expect(cookies.length).toBeGreaterThanOrEqual(3);
      expect(cookies.filter((c) => !/;\s*Secure/i.test(c))).toEqual([]);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
