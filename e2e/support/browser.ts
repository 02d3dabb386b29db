import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const BASE_URL = process.env.STRATMAP_E2E_URL ?? 'http://localhost:3000';
export const ADMIN_LOGIN = process.env.STRATMAP_E2E_LOGIN ?? 'admin';
export const ADMIN_PASSWORD = process.env.STRATMAP_E2E_PASSWORD ?? 'admin-password-1';
const SCREENSHOTS = 'test-results/screenshots';

/**
 * How long one wait for a state of the page (an element, a text, a response) may take. Generous on
 * purpose: with other work on a two-core machine a page that answers in half a second idle can take
 * ten. A wait that needs longer is waiting for something that will not come.
 */
export const WAIT_MS = 30_000;
/** A full page load under the same conditions: the app's code, then its first data. */
const NAVIGATION_MS = 60_000;

export const VIEWPORTS = {
  laptop: { width: 1280, height: 800 },
  projector: { width: 1920, height: 1080 },
} as const;

/**
 * A browser as a user has one, not the PDF renderer's: that one only prints HTML it is handed, and
 * its flags are free to break what a user does (with --disable-crashpad-for-testing, Debian's
 * Chromium aborts every navigation: net::ERR_ABORTED).
 */
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: BROWSER_ARGS,
  });
}

/** A fresh browser profile in zh-TW at the given viewport; fails the test on any page error. */
export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = VIEWPORTS.laptop,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport,
    locale: 'zh-TW',
    timezoneId: 'Asia/Taipei',
  });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 40[19]/.test(m.text())) errors.push(m.text());
  });
  return { context, page, errors };
}

export async function signIn(page: Page, login = ADMIN_LOGIN, password = ADMIN_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('帳號').fill(login);
  await page.getByLabel('密碼').fill(password);
  await page.getByRole('button', { name: /登\s*入/ }).click();
  await page.getByTestId('user-name').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}
