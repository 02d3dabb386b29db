import { existsSync } from 'node:fs';
import PQueue from 'p-queue';
import type { Browser } from 'playwright-core';
import { ExportBusyError, ExportUnavailableError } from './errors';

/**
 * One Chromium for every PDF of the process, rendering through a short queue. Starting a
 * browser per export made 8 exports at once 76 processes and about 1 GB; here a browser is
 * launched on the first render, relaunched if it crashed, and closed once the queue is empty:
 * at once in a process nothing keeps it open for (the CLI, which must exit), after `idleMs`
 * in one that does (the server, until it closes). A render past the queue's bound is refused
 * with `ExportBusyError`, which says when to try again.
 */

export const CHROMIUM_PATH = process.env.STRATMAP_CHROMIUM ?? '/usr/bin/chromium';
export const NO_CHROMIUM = `Chromium is not installed at ${CHROMIUM_PATH}; install it with apt-get install chromium`;

/**
 * How Stratmap starts Debian's Chromium headless, for the PDF here and the browser tests: the
 * machines have no outside network, so background networking would only fail, repeatedly; and
 * crash reports go nowhere, so no crash handler is started (two processes per browser that
 * would live outside the server's process tree).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-crashpad-for-testing',
];

export interface PdfRendererOptions {
  /** The Chromium to start (tests); CHROMIUM_PATH by default. */
  executablePath?: string;
  /** Pages rendered at once (each costs a renderer process and a core while it prints). */
  concurrency?: number;
  /** Renders that may wait for a page; one more is refused. */
  maxWaiting?: number;
  /** How long a kept browser stays open without work. */
  idleMs?: number;
  /** A render taking longer is abandoned (its page closed) and fails. */
  timeoutMs?: number;
}

export interface RenderOptions {
  /**
   * Runs after every other waiting render and is admitted only while the line is less than
   * half full (anonymous callers), so it can never crowd out the rest.
   */
  lowPriority?: boolean;
}

const PDF = { format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true } as const;

export class PdfRenderer {
  private readonly queue: PQueue;
  private readonly maxWaiting: number;
  private readonly idleMs: number;
  private readonly timeoutMs: number;
  private readonly executablePath: string;
  private browser: Promise<Browser> | null = null;
  /** A browser being closed, so that `close()` returns only when its processes are gone. */
  private closing: Promise<void> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private keepers = 0;
  /** Seconds a render has taken lately, to say when a refused caller may come back. */
  private averageSeconds = 2;
  /** Browsers started so far: tests and the bench check that it stays at one. */
  launches = 0;
  /** Pages printed so far (a cached file is not printed again). */
  renders = 0;

  constructor(options: PdfRendererOptions = {}) {
    this.queue = new PQueue({ concurrency: options.concurrency ?? 2 });
    this.maxWaiting = options.maxWaiting ?? 8;
    this.idleMs = options.idleMs ?? 60_000;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.executablePath = options.executablePath ?? CHROMIUM_PATH;
    this.queue.on('idle', () => this.whenIdle());
  }

  /** Renders a self-contained HTML page (nothing is fetched) as an A4 landscape PDF. */
  async render(html: string, options: RenderOptions = {}): Promise<Uint8Array> {
    if (!existsSync(this.executablePath)) throw new ExportUnavailableError(NO_CHROMIUM);
    const limit = options.lowPriority ? Math.floor(this.maxWaiting / 2) : this.maxWaiting;
    if (this.queue.size >= limit) {
      const ahead = this.queue.size + this.queue.pending;
      const seconds = Math.ceil((ahead * this.averageSeconds) / this.queue.concurrency);
      throw new ExportBusyError(Math.min(60, Math.max(1, seconds)));
    }
    this.cancelIdle();
    return this.queue.add(() => this.renderOnce(html, true), { priority: options.lowPriority ? 0 : 1 });
  }

  /** Keeps the browser open between renders until the returned release is called. */
  keepOpen(): () => Promise<void> {
    this.keepers++;
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      this.keepers--;
      if (this.keepers === 0) await this.close();
    };
  }

  /** Lets queued renders finish, then closes the browser; a later render starts a new one. */
  async close(): Promise<void> {
    await this.queue.onIdle();
    this.cancelIdle();
    await this.closeBrowser();
  }

  get state() {
    return {
      running: this.queue.pending,
      waiting: this.queue.size,
      browserOpen: this.browser !== null,
      launches: this.launches,
      renders: this.renders,
    };
  }

  private async renderOnce(html: string, mayRetry: boolean): Promise<Uint8Array> {
    const started = performance.now();
    this.renders++;
    const opening = this.openBrowser();
    let page: Awaited<ReturnType<Browser['newPage']>> | null = null;
    let timedOut = false;
    // A page that never finishes is closed, and a browser that never gives a page is replaced.
    const timer = setTimeout(() => {
      timedOut = true;
      if (page) void page.close().catch(() => {});
      else if (this.browser === opening) void this.closeBrowser();
    }, this.timeoutMs);
    let browser: Browser | null = null;
    try {
      browser = await opening;
      page = await browser.newPage();
      page.setDefaultTimeout(this.timeoutMs);
      // Refuse every request: the report is self-contained and must stay so.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = new Uint8Array(await page.pdf(PDF));
      this.averageSeconds = 0.7 * this.averageSeconds + 0.3 * ((performance.now() - started) / 1000);
      return pdf;
    } catch (error) {
      if (timedOut) {
        throw new ExportUnavailableError(
          `the report did not print within ${Math.round(this.timeoutMs / 1000)} s; try again later`,
        );
      }
      // A browser that died under the render (crash, killed) is replaced and the render tried once more.
      if (mayRetry && browser && !browser.isConnected()) return this.renderOnce(html, false);
      throw error;
    } finally {
      clearTimeout(timer);
      await page?.close().catch(() => {});
    }
  }

  private openBrowser(): Promise<Browser> {
    if (this.browser) return this.browser;
    this.launches++;
    const launching = import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({
          executablePath: this.executablePath,
          args: CHROMIUM_ARGS,
          // The server closes the browser on its own shutdown; Playwright must not take the signals.
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
        }),
      )
      .catch((error: Error) => {
        const reason = error.message.split('\n')[0];
        throw new ExportUnavailableError(
          `Chromium at ${this.executablePath} could not be started (${reason})`,
        );
      });
    this.browser = launching;
    launching.then(
      (b) =>
        b.on('disconnected', () => {
          if (this.browser === launching) this.browser = null;
        }),
      () => {
        if (this.browser === launching) this.browser = null;
      },
    );
    return launching;
  }

  private whenIdle(): void {
    this.cancelIdle();
    if (this.keepers === 0) {
      void this.closeBrowser();
      return;
    }
    this.idleTimer = setTimeout(() => void this.closeBrowser(), this.idleMs);
    this.idleTimer.unref();
  }

  private cancelIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private closeBrowser(): Promise<void> {
    const current = this.browser;
    this.browser = null;
    if (current) {
      const closed = current.then(
        (b) => b.close(),
        // It never started: nothing to close.
        () => {},
      );
      // Already gone (crashed): nothing left to close either.
      this.closing = Promise.all([this.closing, closed.catch(() => {})]).then(() => {});
    }
    return this.closing;
  }
}

/** The process's renderer: the server keeps it open while it runs, the CLI lets it close. */
export const pdfRenderer = new PdfRenderer();
