import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoutes } from './web';

async function appWith(root: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: 'not_found' }));
  await app.register(webRoutes, { root });
  return app;
}

describe('serving the web app', () => {
  let dir: string;
  let app: FastifyInstance;
  let outside: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stratmap-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    outside = `${basename(dir)}-outside.txt`;
    writeFileSync(join(tmpdir(), outside), 'secret');
    app = await appWith(dir);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(tmpdir(), outside), { force: true });
  });

  it('answers the app for / and for every route the browser owns, never cached', async () => {
    for (const url of ['/', '/orgs', '/plans/5/map?objective=AC1', '/%E4%B8%AD%E6%96%87']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>app</title>');
    }
  });

  it('caches hashed assets for a year and other files for an hour', async () => {
    const js = await app.inject({ url: '/assets/index-abc123.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('leaves the API and missing assets to the 404 handler', async () => {
    for (const url of ['/api/nothing', '/api', '/assets/gone.js']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toEqual({ error: 'not_found' });
    }
  });

  it('never serves a file outside its folder', async () => {
    const urls = [`/../${outside}`, `/%2e%2e/${outside}`, `/assets/%2e%2e/%2e%2e/${outside}`, '/%E0%A4%A'];
    for (const url of urls) {
      const res = await app.inject({ url });
      expect(res.body, url).not.toContain('secret');
    }
  });

  it('says how to build the app when it is not built', async () => {
    const bare = await appWith(join(dir, 'missing'));
    const res = await bare.inject({ url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:web');
    await bare.close();
  });
});
