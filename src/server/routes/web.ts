import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build:web` puts the web app. */
export const WEB_DIST = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const NOT_BUILT = `<!doctype html><html lang="zh-Hant-TW"><meta charset="utf-8"><title>Stratmap</title>
<h1>網頁介面尚未建置 · The web app is not built</h1>
<p>請執行 <code>npm run build:web</code>（<code>npm start</code> 會自動建置）。
Run <code>npm run build:web</code> (<code>npm start</code> builds it for you).</p></html>`;

async function fileAt(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

function send(reply: FastifyReply, path: string, cache: string) {
  return reply
    .header('content-type', TYPES[extname(path)] ?? 'application/octet-stream')
    .header('cache-control', cache)
    .send(createReadStream(path));
}

/**
 * The built web app at `/`: files from dist/web, hashed assets cached for a year, and index.html
 * for every other path that is not the API (the app routes in the browser).
 */
export async function webRoutes(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  // STRATMAP_WEB_DIR serves another build (the e2e suite builds its own, so a rebuild of dist/web
  // by someone else in the same checkout cannot pull assets from under a running test).
  const root = resolve(options.root ?? (process.env.STRATMAP_WEB_DIR || WEB_DIST));
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const urlPath = request.url.split('?')[0] ?? '/';
    if (urlPath === '/api' || urlPath.startsWith('/api/')) return reply.callNotFound();
    const file = urlPath === '/' ? null : await fileAt(root, urlPath);
    if (file) {
      const hashed = urlPath.startsWith('/assets/');
      return send(reply, file, hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    }
    if (urlPath.startsWith('/assets/')) return reply.callNotFound();
    const index = await fileAt(root, '/index.html');
    if (!index) return reply.status(503).header('content-type', TYPES['.html']).send(NOT_BUILT);
    return send(reply, index, 'no-cache');
  });
}
