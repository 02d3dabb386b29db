import { afterEach, describe, expect, it } from 'vitest';
import { chromiumUnder } from '../../test/support/process-tree';
import { ExportBusyError, ExportUnavailableError } from './errors';
import { PdfRenderer } from './pdf-renderer';

/** Needs Chromium (scripts/install-export-tools.sh, run by npm test). */
const page = (n: number) => `<!doctype html><html><body><h1>報告 ${n}</h1></body></html>`;
const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-';

async function settle<T>(jobs: Promise<T>[]) {
  const results = await Promise.allSettled(jobs);
  return {
    done: results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<T>).value),
    refused: results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason),
  };
}

describe('PdfRenderer', () => {
  const renderers: PdfRenderer[] = [];
  const renderer = (options: ConstructorParameters<typeof PdfRenderer>[0] = {}) => {
    const r = new PdfRenderer(options);
    renderers.push(r);
    return r;
  };
  afterEach(async () => {
    for (const r of renderers.splice(0)) await r.close();
    expect(chromiumUnder(process.pid)).toEqual([]);
  });

  it('prints 8 reports at once with one browser, then closes it when nothing keeps it', async () => {
    const r = renderer({ concurrency: 2, maxWaiting: 8 });
    const jobs = Array.from({ length: 8 }, (_, i) => r.render(page(i)));
    expect(r.state).toMatchObject({ running: 2, waiting: 6 });
    const { done, refused } = await settle(jobs);
    expect(refused).toEqual([]);
    expect(done.every(isPdf)).toBe(true);
    expect(r.launches).toBe(1);
    await expect.poll(() => r.state.browserOpen).toBe(false);
    await expect.poll(() => chromiumUnder(process.pid).length).toBe(0);
  }, 180_000);

  it('refuses what does not fit in the line, saying when to come back; anonymous callers get half', async () => {
    const r = renderer({ concurrency: 2, maxWaiting: 4 });
    const { done, refused } = await settle(Array.from({ length: 20 }, (_, i) => r.render(page(i))));
    expect(done).toHaveLength(6);
    expect(refused).toHaveLength(14);
    for (const e of refused) {
      expect(e).toBeInstanceOf(ExportBusyError);
      expect(e.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(e.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    const low = await settle(Array.from({ length: 10 }, (_, i) => r.render(page(i), { lowPriority: true })));
    expect(low.done).toHaveLength(4);
    expect(r.launches).toBeLessThanOrEqual(2);
  }, 180_000);

  it('keeps a kept browser between renders and closes it on release', async () => {
    const r = renderer({ idleMs: 60_000 });
    const release = r.keepOpen();
    await r.render(page(1));
    await r.render(page(2));
    expect(r.launches).toBe(1);
    expect(r.state.browserOpen).toBe(true);
    const running = chromiumUnder(process.pid);
    expect(running.length).toBeGreaterThan(0);
    expect(running.length).toBeLessThan(12);
    await release();
    expect(r.state.browserOpen).toBe(false);
    expect(chromiumUnder(process.pid)).toEqual([]);
  });

  it('replaces a browser that died', async () => {
    const r = renderer();
    const release = r.keepOpen();
    await r.render(page(1));
    // The browser process itself; its helpers end with it.
    for (const p of chromiumUnder(process.pid).filter((x) => x.ppid === process.pid))
      process.kill(p.pid, 'SIGKILL');
    await expect.poll(() => chromiumUnder(process.pid).length).toBe(0);
    expect(isPdf(await r.render(page(2)))).toBe(true);
    expect(r.launches).toBe(2);
    await release();
  });

  it('says so when Chromium cannot be started, and tries again on the next render', async () => {
    const r = renderer({ executablePath: '/bin/false' });
    const refused = r.render(page(1));
    await expect(refused).rejects.toBeInstanceOf(ExportUnavailableError);
    await expect(refused).rejects.toThrow('Chromium at /bin/false could not be started');
    await expect(r.render(page(2))).rejects.toBeInstanceOf(ExportUnavailableError);
    expect(r.launches).toBe(2);
  });

  it('abandons a page that never finishes loading, and goes on', async () => {
    // Long enough for an ordinary page on a busy machine; the endless one never finishes.
    const r = renderer({ timeoutMs: 15_000 });
    await expect(r.render('<script>for (;;) {}</script>')).rejects.toBeInstanceOf(ExportUnavailableError);
    expect(isPdf(await r.render(page(3)))).toBe(true);
  });
});
