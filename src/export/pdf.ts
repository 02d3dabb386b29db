import type { PlanDocument } from '../domain/plan-document';
import { type PdfRenderer, pdfRenderer, type RenderOptions } from './pdf-renderer';
import { reportHtml } from './report-html';

export { CHROMIUM_ARGS, CHROMIUM_PATH, NO_CHROMIUM } from './pdf-renderer';

/**
 * The plan report printed to PDF by Chromium (Debian's, through playwright-core): the HTML is
 * set as the page's content, so nothing is fetched and no server needs to run. The process's
 * one browser and its queue do the printing (pdf-renderer.ts).
 */
export async function writePdf(
  plan: PlanDocument,
  options: { now?: Date } & RenderOptions = {},
  renderer: PdfRenderer = pdfRenderer,
): Promise<Uint8Array> {
  return renderer.render(reportHtml(plan, options), options);
}
