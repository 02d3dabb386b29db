import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

/** Routes that anonymous callers may use: signing in, and reading what is public. */
const PUBLIC_WRITES = new Set(['POST /api/auth/login', 'POST /api/auth/logout']);

/**
 * Walks every route the server registers: no write may succeed without authentication, and the
 * list of routes must match the one documented in docs/SECURITY.md.
 */
describe('route protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('refuses every anonymous write with 401', async () => {
    const writes = t.app.stratmap.routes.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      const key = `${route.method} ${route.url}`;
      if (PUBLIC_WRITES.has(key)) continue;
      const url = route.url.replace(/:[a-zA-Z]+/g, '1');
      const res = await t.anonymous.request(route.method as 'POST', url, {});
      expect(res.status, key).toBe(401);
    }
  });

  it('documents every route in docs/SECURITY.md', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/SECURITY.md', import.meta.url), 'utf8');
    const missing = t.app.stratmap.routes
      .filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !doc.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });
});
