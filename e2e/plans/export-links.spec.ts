import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, signIn } from '../support/browser';
import { openPlanFromTree } from '../support/navigate';

describe('plan exports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers every format as a download link that the server answers', async () => {
    const { context, page, errors } = await newContext(browser);
    await signIn(page);
    await openPlanFromTree(page, '臺北市立圖書館', 108);
    for (const format of ['pptx', 'xlsx', 'pdf', 'png', 'svg', 'json']) {
      const link = page.getByTestId(`export-${format}`);
      expect(await link.getAttribute('download')).not.toBeNull();
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`/api/plans/\\d+/export\\.${format}$`));
      if (format === 'json' || format === 'svg' || format === 'xlsx') {
        const response = await page.request.get(href);
        expect(response.status()).toBe(200);
      }
    }
    // A click downloads the file instead of leaving the page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
