import { existsSync } from 'node:fs';
import type { PlanDocument } from '../domain/plan-document';
import { ExportUnavailableError } from './errors';
import { reportHtml } from './report-html';

/**
 * The plan report printed to PDF by Chromium (Debian's, through playwright-core): the HTML is
 * set as the page's content, so nothing is fetched and no server needs to run.
 */

export const CHROMIUM_PATH = process.env.STRATMAP_CHROMIUM ?? '/usr/bin/chromium';
export const NO_CHROMIUM = `Chromium is not installed at ${CHROMIUM_PATH}; install it with apt-get install chromium`;

/**
 * How Stratmap starts Debian's Chromium headless, for the PDF here and the browser tests: the
 * machines have no outside network, so background networking would only fail, repeatedly.
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
];

export async function writePdf(plan: PlanDocument, options: { now?: Date } = {}): Promise<Uint8Array> {
  if (!existsSync(CHROMIUM_PATH)) throw new ExportUnavailableError(NO_CHROMIUM);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // Refuse every request: the report is self-contained and must stay so.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(reportHtml(plan, options), { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
